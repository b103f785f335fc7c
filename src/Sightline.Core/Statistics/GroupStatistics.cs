using Sightline.Core.Bodies;
using Sightline.Core.Devices;

namespace Sightline.Core.Statistics;

/// <summary>Which records' share a percentage is of.</summary>
public enum Denominator
{
    /// <summary>All responses, refusals included (what the 2022 tables divided by).</summary>
    Responses,

    /// <summary>Responses that were not refusals (what the 2022 method said it divided by).</summary>
    Answered,
}

/// <summary>The grouping dimensions.</summary>
public enum GroupDimension
{
    Sector,
    Nation,
    Region,
}

/// <summary>Counts and percentages of one group. Null keys mean "not grouped by this dimension"; a region key is null for
/// bodies outside England even when grouping by region (they form their own group, labelled by nation in reports).</summary>
public sealed record GroupStatistics(
    Sector? Sector,
    Nation? Nation,
    Region? Region,
    int Requests,
    int Responses,
    int Refused,
    int Answered,
    int Hikvision,
    int Dahua,
    int Either,
    int AnyChinese,
    IReadOnlyDictionary<Capability, int> CapabilityHas,
    IReadOnlyDictionary<Capability, int> CapabilityInUse,
    Denominator Denominator)
{
    /// <summary>Among answered bodies only (the numerators when the denominator is <see cref="Denominator.Answered"/>: a refusal
    /// that was nevertheless coded "yes" is counted in <see cref="Hikvision"/> but cannot be a share of answered bodies).</summary>
    public (int Hikvision, int Dahua, int Either, int AnyChinese) AmongAnswered { get; init; } = (Hikvision, Dahua, Either, AnyChinese);

    public int DenominatorCount => Denominator == Denominator.Responses ? Responses : Answered;

    public Proportion HikvisionShare => new(Denominator == Denominator.Responses ? Hikvision : AmongAnswered.Hikvision, DenominatorCount);

    public Proportion DahuaShare => new(Denominator == Denominator.Responses ? Dahua : AmongAnswered.Dahua, DenominatorCount);

    public Proportion EitherShare => new(Denominator == Denominator.Responses ? Either : AmongAnswered.Either, DenominatorCount);

    public Proportion AnyChineseShare => new(Denominator == Denominator.Responses ? AnyChinese : AmongAnswered.AnyChinese, DenominatorCount);
}
