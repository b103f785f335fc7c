using Sightline.Core.Bodies;

namespace Sightline.Core.Deadlines;

/// <summary>Everything the statutory deadline of one request depends on.</summary>
public sealed record DeadlineRequest
{
    /// <summary>The date the body received the request (Europe/London). Day 0, whatever day of the week it is.</summary>
    public required DateOnly Received { get; init; }

    public FoiLaw Law { get; init; } = FoiLaw.Foia;

    public DeadlineBodyType BodyType { get; init; } = DeadlineBodyType.Standard;

    /// <summary>For <see cref="DeadlineBodyType.School"/>: the school's term calendar, or null when none is known.</summary>
    public SchoolCalendar? SchoolCalendar { get; init; }

    public DateOnly? ClarificationRequested { get; init; }

    public DateOnly? ClarificationReceived { get; init; }

    public DateOnly? FeesNotice { get; init; }

    public DateOnly? FeesPaid { get; init; }

    /// <summary>Working days of a public-interest extension claimed by the body (0 to 20).</summary>
    public int ExtensionDays { get; init; }
}

/// <summary>Which time-for-compliance rule applies to the body.</summary>
public enum DeadlineBodyType
{
    /// <summary>The 20th working day.</summary>
    Standard,

    /// <summary>A maintained school or academy in England: the earlier of the 20th working day that is also a school day and
    /// the 60th working day (the Freedom of Information (Time for Compliance with Request) Regulations 2004).</summary>
    School,
}
