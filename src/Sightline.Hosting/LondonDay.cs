namespace Sightline.Hosting;

/// <summary>The day in Europe/London, the calendar FOI deadlines are counted in.</summary>
public static class LondonDay
{
    private static readonly TimeZoneInfo London = Find();

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

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
