using System.Globalization;

namespace Sightline.Core.Statistics;

/// <summary>One published figure: a group (<c>overall</c>, <c>council</c>, <c>school/london</c>), a metric and its value.</summary>
/// <param name="Decimals">Decimal places as published (rounding tolerance follows from it).</param>
public sealed record PublishedValue(string Group, string Metric, double Value, int Decimals, int Line);

/// <summary>Something a published table gets wrong, or a note on how it was computed.</summary>
/// <param name="Severity"><c>error</c> (cannot be right), <c>warning</c> (inconsistent with the stated method or the records), <c>info</c>.</param>
/// <param name="Computed">The value(s) Sightline computes, by how (e.g. "of responses", "of answered", "records").</param>
public sealed record AuditFinding(string Group, string Metric, double Published, IReadOnlyDictionary<string, double> Computed, double? Difference, string Explanation, string Severity, int Line);

/// <summary>Checks a published table against itself and, optionally, against the records behind it.</summary>
public static class TableAudit
{
    public static IReadOnlyList<string> CountMetrics { get; } = ["requests", "responses", "refused", "answered", "hikvision", "dahua", "either", "any_chinese"];

    public static IReadOnlyList<string> PercentMetrics { get; } = ["hikvision_pct", "dahua_pct", "either_pct", "any_chinese_pct"];

    /// <param name="statedMethod">The denominator the publication says it used, when known.</param>
    /// <param name="records">The campaign's computed groups keyed by audit group name, when checking against records.</param>
    public static IReadOnlyList<AuditFinding> Audit(IReadOnlyList<PublishedValue> table, Denominator? statedMethod, IReadOnlyDictionary<string, GroupStatistics>? records)
    {
        ArgumentNullException.ThrowIfNull(table);
        var findings = new List<AuditFinding>();
        var byGroup = table.GroupBy(v => v.Group, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToDictionary(v => v.Metric, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

        foreach (PublishedValue v in table.Where(v => v.Metric.EndsWith("_pct", StringComparison.Ordinal) && v.Value is < 0 or > 100))
        {
            findings.Add(new AuditFinding(v.Group, v.Metric, v.Value, new Dictionary<string, double>(), null, "a percentage outside 0–100 cannot be right", "error", v.Line));
        }

        foreach (var (group, metrics) in byGroup)
        {
            CheckPercentages(group, metrics, statedMethod, findings);
            CheckAnswered(group, metrics, findings);
        }

        CheckSums(byGroup, findings);
        if (records is not null)
        {
            CompareWithRecords(table, records, findings);
        }

        return [.. findings.OrderBy(f => f.Line).ThenBy(f => f.Metric, StringComparer.Ordinal)];
    }

    private static double Tolerance(PublishedValue v) => (0.5 * Math.Pow(10, -v.Decimals)) + 1e-9;

    private static void CheckPercentages(string group, Dictionary<string, PublishedValue> metrics, Denominator? stated, List<AuditFinding> findings)
    {
        metrics.TryGetValue("responses", out PublishedValue? responses);
        metrics.TryGetValue("refused", out PublishedValue? refused);
        foreach (string pctMetric in PercentMetrics)
        {
            if (!metrics.TryGetValue(pctMetric, out PublishedValue? pct) || pct.Value is < 0 or > 100)
            {
                continue;
            }

            string countMetric = pctMetric[..^4];
            if (!metrics.TryGetValue(countMetric, out PublishedValue? count) || responses is null)
            {
                continue;
            }

            var computed = new Dictionary<string, double>();
            if (responses.Value > 0)
            {
                computed["of_responses"] = Math.Round(100 * count.Value / responses.Value, 2);
            }

            if (refused is not null && responses.Value - refused.Value > 0)
            {
                computed["of_answered"] = Math.Round(100 * count.Value / (responses.Value - refused.Value), 2);
            }

            double tolerance = Tolerance(pct);
            var matching = computed.Where(c => Math.Abs(c.Value - pct.Value) <= tolerance).Select(c => c.Key).ToList();
            string counts = string.Create(CultureInfo.InvariantCulture, $"{count.Value:0} {countMetric} of {responses.Value:0} responses{(refused is null ? string.Empty : $" ({refused.Value:0} refused)")}");
            if (matching.Count == 0 && computed.Count > 0)
            {
                var nearest = computed.MinBy(c => Math.Abs(c.Value - pct.Value));
                double difference = Math.Round(pct.Value - nearest.Value, 2);
                string how = nearest.Key == "of_responses" ? "all responses" : "answered bodies";
                bool slip = Math.Abs(difference) <= 0.5;
                findings.Add(new AuditFinding(group, pctMetric, pct.Value, computed, difference,
                    slip
                        ? $"rounding or arithmetic slip: {counts} gives {nearest.Value.ToString("0.00", CultureInfo.InvariantCulture)}% of {how}, which does not round to {pct.Value.ToString(CultureInfo.InvariantCulture)}%"
                        : $"arithmetically impossible: {counts} cannot give {pct.Value.ToString(CultureInfo.InvariantCulture)}% under either denominator",
                    slip ? "warning" : "error", pct.Line));
            }
            else if (stated is { } method && !matching.Contains(method == Denominator.Answered ? "of_answered" : "of_responses")
                && computed.ContainsKey(method == Denominator.Answered ? "of_answered" : "of_responses"))
            {
                string used = matching[0] == "of_responses" ? "all responses (refusals included)" : "answered bodies (refusals excluded)";
                string said = method == Denominator.Answered ? "answered bodies" : "all responses";
                double other = computed[method == Denominator.Answered ? "of_answered" : "of_responses"];
                findings.Add(new AuditFinding(group, pctMetric, pct.Value, computed, Math.Round(pct.Value - other, 2),
                    $"other denominator: computed over {used}, while the stated method divides by {said} ({other.ToString("0.0", CultureInfo.InvariantCulture)}%)", "warning", pct.Line));
            }
        }

        if (metrics.TryGetValue("either_pct", out PublishedValue? either) && metrics.TryGetValue("hikvision_pct", out PublishedValue? h) && metrics.TryGetValue("dahua_pct", out PublishedValue? d)
            && h.Value is >= 0 and <= 100 && d.Value is >= 0 and <= 100)
        {
            double tolerance = Tolerance(either) + Tolerance(h) + Tolerance(d);
            if (either.Value + tolerance < Math.Max(h.Value, d.Value) || either.Value > h.Value + d.Value + tolerance)
            {
                findings.Add(new AuditFinding(group, "either_pct", either.Value, new Dictionary<string, double> { ["at_least"] = Math.Max(h.Value, d.Value), ["at_most"] = h.Value + d.Value },
                    null, "impossible: 'either' must lie between the larger of the two makers' shares and their sum", "error", either.Line));
            }
        }
    }

    private static void CheckAnswered(string group, Dictionary<string, PublishedValue> metrics, List<AuditFinding> findings)
    {
        if (metrics.TryGetValue("answered", out PublishedValue? answered) && metrics.TryGetValue("responses", out PublishedValue? responses) && metrics.TryGetValue("refused", out PublishedValue? refused)
            && Math.Abs(responses.Value - refused.Value - answered.Value) > 0.5)
        {
            findings.Add(new AuditFinding(group, "answered", answered.Value, new Dictionary<string, double> { ["responses_minus_refused"] = responses.Value - refused.Value },
                answered.Value - (responses.Value - refused.Value), "arithmetic: answered should be responses minus refused", "error", answered.Line));
        }

        foreach (string metric in new[] { "hikvision", "dahua", "either", "refused" })
        {
            if (metrics.TryGetValue(metric, out PublishedValue? part) && metrics.TryGetValue("responses", out PublishedValue? whole) && part.Value > whole.Value + 0.5)
            {
                findings.Add(new AuditFinding(group, metric, part.Value, new Dictionary<string, double> { ["responses"] = whole.Value }, part.Value - whole.Value,
                    $"impossible: more {metric} than responses", "error", part.Line));
            }
        }
    }

    private static void CheckSums(Dictionary<string, Dictionary<string, PublishedValue>> byGroup, List<AuditFinding> findings)
    {
        // A parent's counts must equal the sum of its children's: "school" and "school/london"…; "overall" and the top-level groups.
        foreach (var (parent, metrics) in byGroup)
        {
            bool overall = parent.Equals("overall", StringComparison.OrdinalIgnoreCase);
            var children = byGroup.Where(g => overall ? !g.Key.Contains('/', StringComparison.Ordinal) && !g.Key.Equals("overall", StringComparison.OrdinalIgnoreCase)
                : g.Key.StartsWith(parent + "/", StringComparison.OrdinalIgnoreCase)).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            foreach (string metric in CountMetrics)
            {
                if (!metrics.TryGetValue(metric, out PublishedValue? total))
                {
                    continue;
                }

                var parts = children.Select(c => c.Value.GetValueOrDefault(metric)).ToList();
                if (parts.Any(p => p is null))
                {
                    continue; // not every row gives this metric: a sum would say nothing
                }

                double sum = parts.Sum(p => p!.Value);
                if (Math.Abs(sum - total.Value) > 0.5)
                {
                    findings.Add(new AuditFinding(parent, metric, total.Value, new Dictionary<string, double> { ["sum_of_rows"] = sum }, total.Value - sum,
                        $"rows do not add up: the {children.Count} rows below '{parent}' sum to {sum.ToString(CultureInfo.InvariantCulture)}", "warning", total.Line));
                }
            }
        }
    }

    private static void CompareWithRecords(IReadOnlyList<PublishedValue> table, IReadOnlyDictionary<string, GroupStatistics> records, List<AuditFinding> findings)
    {
        foreach (PublishedValue v in table)
        {
            if (!records.TryGetValue(v.Group, out GroupStatistics? group))
            {
                findings.Add(new AuditFinding(v.Group, v.Metric, v.Value, new Dictionary<string, double>(), null, "no records for this group in the campaign", "info", v.Line));
                continue;
            }

            double? computed = v.Metric switch
            {
                "requests" => group.Requests,
                "responses" => group.Responses,
                "refused" => group.Refused,
                "answered" => group.Answered,
                "hikvision" => group.Hikvision,
                "dahua" => group.Dahua,
                "either" => group.Either,
                "any_chinese" => group.AnyChinese,
                "hikvision_pct" => group.HikvisionShare.Percent,
                "dahua_pct" => group.DahuaShare.Percent,
                "either_pct" => group.EitherShare.Percent,
                "any_chinese_pct" => group.AnyChineseShare.Percent,
                _ => null,
            };
            if (computed is { } c && Math.Abs(c - v.Value) > Tolerance(v))
            {
                findings.Add(new AuditFinding(v.Group, v.Metric, v.Value, new Dictionary<string, double> { ["records"] = Math.Round(c, 2) }, Math.Round(v.Value - c, 2),
                    v.Metric.EndsWith("_pct", StringComparison.Ordinal) ? $"differs from the records (denominator: {group.Denominator.ToString().ToLowerInvariant()})" : "differs from the records",
                    "warning", v.Line));
            }
        }
    }
}
