using System.Globalization;
using Sightline.Core.Statistics;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Studies;

/// <summary>Reads a published table in the <c>group,metric,value</c> form (<c>sightline audit --published</c>, the studies pages).</summary>
public static class PublishedTables
{
    private static readonly string[] RequiredColumns = ["group", "metric", "value"];

    /// <summary>The published values, or the problems by file, line and field. A value of "–", "-", "n/a" or empty is "not published".</summary>
    public static (IReadOnlyList<PublishedValue> Values, IReadOnlyList<ImportProblem> Problems) Read(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var values = new List<PublishedValue>();
        var problems = new List<ImportProblem>();
        foreach (string column in RequiredColumns.Where(c => !table.HasColumn(c)))
        {
            problems.Add(new ImportProblem(table.File, 1, column, $"column '{column}' is missing (expected group, metric, value)"));
        }

        if (problems.Count > 0)
        {
            return (values, problems);
        }

        var metrics = TableAudit.CountMetrics.Concat(TableAudit.PercentMetrics).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (TableRow row in table.Rows)
        {
            string group = (row.Get("group") ?? string.Empty).ToLowerInvariant();
            string metric = (row.Get("metric") ?? string.Empty).ToLowerInvariant();
            string text = (row.Get("value") ?? string.Empty).TrimEnd('%').Trim();
            if (group.Length == 0)
            {
                problems.Add(new ImportProblem(table.File, row.Line, "group", "group is empty"));
                continue;
            }

            if (!metrics.Contains(metric))
            {
                problems.Add(new ImportProblem(table.File, row.Line, "metric", $"unknown metric '{row.Get("metric")}' (accepted: {string.Join(", ", metrics)})"));
                continue;
            }

            if (text is "" or "-" or "–" or "—" or "n/a")
            {
                continue; // not published
            }

            if (!double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                problems.Add(new ImportProblem(table.File, row.Line, "value", $"'{row.Get("value")}' is not a number"));
                continue;
            }

            int decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            values.Add(new PublishedValue(group, metric, value, decimals, row.Line));
        }

        return (values, problems);
    }
}

/// <summary>A study whose published tables Sightline ships, so its figures can be read — and audited — next to Sightline's own.</summary>
/// <param name="StatedDenominator">The denominator the study says its percentages use.</param>
public sealed record PublishedStudy(string Name, string Title, string Summary, string Source, Denominator StatedDenominator, IReadOnlyList<PublishedValue> Values)
{
    /// <summary>The checks of <see cref="TableAudit"/>: impossible percentages, another denominator, rounding slips, rows that do not add up.</summary>
    public IReadOnlyList<AuditFinding> Audit() => TableAudit.Audit(Values, StatedDenominator, null);
}

/// <summary>The studies bundled with Sightline (data/examples, embedded).</summary>
public static class PublishedStudies
{
    private static readonly Lazy<IReadOnlyList<PublishedStudy>> Loaded = new(Load);

    public static IReadOnlyList<PublishedStudy> All => Loaded.Value;

    public static PublishedStudy? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    private static List<PublishedStudy> Load()
    {
        using Stream stream = typeof(PublishedStudies).Assembly.GetManifestResourceStream("studies/2022-published-tables.csv")
            ?? throw new InvalidOperationException("The bundled study table is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        TableReadResult read = TableReader.Read(buffer.ToArray(), TableFormat.Csv, "2022-published-tables.csv");
        var (values, problems) = PublishedTables.Read(read.Table ?? throw new InvalidOperationException(read.Problem?.ToString()));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bundled study table is malformed: " + string.Join("; ", problems));
        }

        return
        [
            new PublishedStudy(
                "2022",
                "The 2021–22 Freedom of Information investigation into Hikvision and Dahua in UK public bodies",
                "Requests to thousands of schools, councils, NHS trusts, universities, colleges, police forces and government departments " +
                "asked whether they used Hikvision or Dahua equipment. The investigation published, for each sector, the requests sent, the " +
                "responses, the refusals, and the number and share of bodies using each maker, dividing — its method said — by the bodies " +
                "that answered.",
                "The investigation's published per-sector table, as summarised in Sightline's domain brief (data/examples/README.md); " +
                "government departments' Dahua figures were published as “–” and are left out.",
                Denominator.Answered,
                values),
        ];
    }
}
