using Sightline.Core.Bodies;

namespace Sightline.Core.Deadlines;

/// <summary>A computed deadline with the trail that explains it.</summary>
/// <param name="ClockStart">Day 0 of the count: the receipt date, or the date a requested clarification arrived.</param>
/// <param name="Due">The statutory deadline; null while the clock is stopped (clarification or fee outstanding).</param>
/// <param name="LongOverdue">20 working days after <paramref name="Due"/> (the 40th working day for most bodies).</param>
/// <param name="ExtendedDue">The deadline as extended by a public-interest extension, when one is claimed.</param>
/// <param name="Rule">The rule applied, in words.</param>
/// <param name="Flags">Things a reader must know: a rule that could not be applied, a clock that is stopped.</param>
public sealed record DeadlineResult(
    DateOnly Received,
    FoiLaw Law,
    DateOnly ClockStart,
    DateOnly? Due,
    DateOnly? LongOverdue,
    DateOnly? ExtendedDue,
    string Rule,
    IReadOnlyList<TrailEntry> Trail,
    IReadOnlyList<string> Flags);
