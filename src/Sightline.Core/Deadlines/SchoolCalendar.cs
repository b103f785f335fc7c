namespace Sightline.Core.Deadlines;

/// <summary>The school days of one school or local authority: term dates, less closure days (e.g. INSET days) within terms.</summary>
/// <param name="Scope">What the calendar belongs to, for the trail: "body sch-100049", "local authority Camden", "default".</param>
public sealed record SchoolCalendar(string Scope, IReadOnlyList<DateRange> Terms, IReadOnlyList<DateRange> Closures)
{
    /// <summary>True when <paramref name="date"/> is in a term and not a closure day. Weekends and bank holidays are the
    /// working-day calendar's business, not this one's.</summary>
    public bool IsSchoolDay(DateOnly date) =>
        Terms.Any(t => t.Contains(date)) && !Closures.Any(c => c.Contains(date));

    /// <summary>True when the terms reach <paramref name="date"/>: beyond the last term the calendar says nothing.</summary>
    public bool Covers(DateOnly date) => Terms.Count > 0 && Terms.Min(t => t.Start) <= date && date <= Terms.Max(t => t.End);
}

/// <summary>An inclusive range of dates.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => Start <= date && date <= End;
}
