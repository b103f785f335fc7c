namespace Sightline.Hosting;

/// <summary>The day in Europe/London, the calendar FOI deadlines are counted in.</summary>
public static class LondonDay
{
    private static readonly TimeZoneInfo London = Find();

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>The instant of a wall-clock time in London (as a form's <c>datetime-local</c> gives it); a time skipped by the
    /// spring clock change is read as the hour after.</summary>
    public static DateTimeOffset Instant(DateTime londonTime)
    {
        DateTime unspecified = DateTime.SpecifyKind(londonTime, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, London.GetUtcOffset(unspecified));
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // no tz database: UTC differs from London by at most an hour in summer
        }
    }
}
