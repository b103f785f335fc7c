namespace Sightline.Core.Exposure;

/// <summary>What an exposure summary groups device observations by.</summary>
public enum SummaryDimension
{
    Country,
    City,
    Org,
    Asn,
    Maker,
    Model,
    Firmware,

    /// <summary>By CVE: each device counts once in the group of every vulnerability that may apply to it.</summary>
    Vuln,
}

/// <summary>Narrows the observations a summary counts.</summary>
/// <param name="Maker">Only devices of this maker code.</param>
/// <param name="CountryCode">Only hosts located in this country (ISO 3166 alpha-2, upper case).</param>
public sealed record SummaryFilter(string? Maker = null, string? CountryCode = null);

/// <summary>How many observations of one group key fall in one maker group (what a store's GROUP BY returns).</summary>
public sealed record GroupCount(string? Key, MakerGroup Group, long Count);

/// <summary>One row of a summary.</summary>
/// <param name="Key">The group's value (a city, a CVE …); null for observations whose records did not say.</param>
/// <param name="Total">Every device observation in the group, identified or not, of any maker.</param>
public sealed record SummaryRow(string? Key, long Hikvision, long Dahua, long OtherChinese, long Total);

public static class ExposureSummary
{
    public static string ToCode(this SummaryDimension dimension) => dimension.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out SummaryDimension dimension)
    {
        foreach (SummaryDimension candidate in Enum.GetValues<SummaryDimension>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                dimension = candidate;
                return true;
            }
        }

        dimension = default;
        return false;
    }

    /// <summary>Folds per-group counts into rows, ordered by total descending, then by key (ordinal; the unknown key last).</summary>
    /// <param name="top">At most this many rows; 0 or less: all.</param>
    public static IReadOnlyList<SummaryRow> Build(IEnumerable<GroupCount> counts, int top)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = new Dictionary<string, (long Hikvision, long Dahua, long OtherChinese, long Total)>(StringComparer.Ordinal);
        (long Hikvision, long Dahua, long OtherChinese, long Total)? unknown = null;
        foreach (GroupCount count in counts)
        {
            (long Hikvision, long Dahua, long OtherChinese, long Total) row = count.Key is null ? unknown ?? default : rows.GetValueOrDefault(count.Key);
            row.Total += count.Count;
            switch (count.Group)
            {
                case MakerGroup.Hikvision:
                    row.Hikvision += count.Count;
                    break;
                case MakerGroup.Dahua:
                    row.Dahua += count.Count;
                    break;
                case MakerGroup.OtherChinese:
                    row.OtherChinese += count.Count;
                    break;
                default:
                    break;
            }

            if (count.Key is null)
            {
                unknown = row;
            }
            else
            {
                rows[count.Key] = row;
            }
        }

        IEnumerable<SummaryRow> ordered = rows.Select(r => new SummaryRow(r.Key, r.Value.Hikvision, r.Value.Dahua, r.Value.OtherChinese, r.Value.Total))
            .Concat(unknown is { } u ? [new SummaryRow(null, u.Hikvision, u.Dahua, u.OtherChinese, u.Total)] : [])
            .OrderByDescending(r => r.Total)
            .ThenBy(r => r.Key is null ? 1 : 0)
            .ThenBy(r => r.Key, StringComparer.Ordinal);
        return top > 0 ? [.. ordered.Take(top)] : [.. ordered];
    }
}
