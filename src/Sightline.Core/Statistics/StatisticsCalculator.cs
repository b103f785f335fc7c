using Sightline.Core.Bodies;
using Sightline.Core.Devices;

namespace Sightline.Core.Statistics;

/// <summary>Computes a campaign's tables from coded results. Every figure is a count of records; percentages state their
/// denominator.</summary>
/// <remarks>Pure and thread-safe. Counters are checked (Core compiles with overflow checking).</remarks>
public static class StatisticsCalculator
{
    /// <summary>The overall group first, then one group per combination of <paramref name="by"/> present in the data, ordered.</summary>
    public static IReadOnlyList<GroupStatistics> Compute(IEnumerable<CodedResult> results, IReadOnlyList<GroupDimension> by, Denominator denominator)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(by);
        var list = results as IReadOnlyList<CodedResult> ?? [.. results];
        var groups = new List<GroupStatistics> { Summarise(list, null, null, null, denominator) };
        if (by.Count == 0)
        {
            return groups;
        }

        bool bySector = by.Contains(GroupDimension.Sector), byNation = by.Contains(GroupDimension.Nation), byRegion = by.Contains(GroupDimension.Region);
        var keyed = list.GroupBy(r => (Sector: bySector ? r.Sector : (Sector?)null, Nation: byNation || byRegion ? r.Nation : null, Region: byRegion ? r.Region : null))
            .OrderBy(g => g.Key.Sector is null ? -1 : (int)g.Key.Sector!.Value)
            .ThenBy(g => g.Key.Nation is null ? -1 : (int)g.Key.Nation!.Value)
            .ThenBy(g => g.Key.Region is null ? -1 : (int)g.Key.Region!.Value);
        foreach (var group in keyed)
        {
            groups.Add(Summarise([.. group], group.Key.Sector, byNation || byRegion ? group.Key.Nation : null, group.Key.Region, denominator));
        }

        return groups;
    }

    public static GroupStatistics Summarise(IReadOnlyList<CodedResult> results, Sector? sector, Nation? nation, Region? region, Denominator denominator)
    {
        ArgumentNullException.ThrowIfNull(results);
        int requests = results.Count, responses = 0, refused = 0, hikvision = 0, dahua = 0, either = 0, anyChinese = 0;
        int hikvisionAnswered = 0, dahuaAnswered = 0, eitherAnswered = 0, anyChineseAnswered = 0;
        var has = Capabilities.All.ToDictionary(c => c, _ => 0);
        var uses = Capabilities.All.ToDictionary(c => c, _ => 0);
        foreach (CodedResult r in results)
        {
            if (!r.IsResponse)
            {
                continue;
            }

            responses++;
            if (r.IsRefusal)
            {
                refused++;
            }

            bool hik = r.Hikvision == Finding.Yes, dah = r.Dahua == Finding.Yes, any = hik || dah || r.OtherChinese == Finding.Yes;
            hikvision += hik ? 1 : 0;
            dahua += dah ? 1 : 0;
            either += hik || dah ? 1 : 0;
            anyChinese += any ? 1 : 0;
            if (!r.IsRefusal)
            {
                hikvisionAnswered += hik ? 1 : 0;
                dahuaAnswered += dah ? 1 : 0;
                eitherAnswered += hik || dah ? 1 : 0;
                anyChineseAnswered += any ? 1 : 0;
            }
            foreach (Capability c in r.Capabilities)
            {
                has[c]++;
            }

            foreach (Capability c in r.CapabilitiesInUse)
            {
                uses[c]++;
            }
        }

        return new GroupStatistics(sector, nation, region, requests, responses, refused, responses - refused, hikvision, dahua, either, anyChinese, has, uses, denominator)
        {
            AmongAnswered = (hikvisionAnswered, dahuaAnswered, eitherAnswered, anyChineseAnswered),
        };
    }

    /// <summary>Extrapolates the bodies of a group that use either maker, to <paramref name="totalBodies"/> bodies.</summary>
    /// <param name="reductionAmongNonRespondents">0 for "the same rate among bodies that did not answer"; 0.1 for a rate 10% lower.</param>
    public static Extrapolation Extrapolate(GroupStatistics group, int totalBodies, double reductionAmongNonRespondents)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalBodies, group.DenominatorCount);
        ArgumentOutOfRangeException.ThrowIfNegative(reductionAmongNonRespondents);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reductionAmongNonRespondents, 1.0);
        Proportion share = group.EitherShare;
        int unknown = totalBodies - group.DenominatorCount;
        double factor = 1 - reductionAmongNonRespondents;
        int knownUsers = share.Count;
        double Estimate(double percent) => knownUsers + (percent / 100.0 * factor * unknown);
        var interval = share.Interval95 ?? (0, 100);
        return new Extrapolation(totalBodies, group.DenominatorCount, knownUsers, share.Percent ?? 0, reductionAmongNonRespondents,
            Estimate(share.Percent ?? 0), Estimate(interval.Low), Estimate(interval.High));
    }
}

/// <summary>An extrapolated count with its interval and the assumptions behind it.</summary>
/// <param name="Known">Bodies whose answer is in the denominator.</param>
/// <param name="KnownUsers">Of those, the bodies using either maker.</param>
/// <param name="Rate">The observed rate among known bodies, in percent.</param>
public sealed record Extrapolation(int TotalBodies, int Known, int KnownUsers, double Rate, double Reduction, double Estimate, double Low, double High);
