namespace Sightline.Core.Deadlines;

/// <summary>One line of a deadline's explanation.</summary>
/// <param name="Kind">received, counted, skipped, paused, restarted, not_counted, due, flag.</param>
/// <param name="Day">For counted days: the day's number (1 to 20).</param>
public sealed record TrailEntry(DateOnly Date, string Kind, int? Day, string Note)
{
    public override string ToString() => Day is { } day ? $"{Date:yyyy-MM-dd} {Kind} {day}: {Note}" : $"{Date:yyyy-MM-dd} {Kind}: {Note}";
}
