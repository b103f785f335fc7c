using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;
using Sightline.Imports.Studies;

namespace Sightline.Web.Pages.Studies;

/// <summary>A published study's table as published, each figure flagged where the audit finds a problem, and the findings explained.</summary>
public sealed class ShowModel : PageModel
{
    public static IReadOnlyList<(string Metric, string Label)> Columns { get; } =
    [
        ("requests", "Requests"), ("responses", "Responses"), ("refused", "Refused"), ("hikvision", "Hikvision"), ("hikvision_pct", "Hikvision %"),
        ("dahua", "Dahua"), ("dahua_pct", "Dahua %"), ("either", "Either"), ("either_pct", "Either %"),
    ];

    public PublishedStudy Study { get; private set; } = null!;

    public IReadOnlyList<AuditFinding> Findings { get; private set; } = [];

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public IActionResult OnGet(string name)
    {
        if (PublishedStudies.Find(name) is not { } study)
        {
            return NotFound();
        }

        Study = study;
        Findings = [.. study.Audit().Where(f => f.Severity != "info").OrderBy(f => f.Line)];
        Groups = [.. study.Values.Select(v => v.Group).Distinct(StringComparer.Ordinal).OrderBy(g => g == "overall" ? 0 : 1).ThenBy(Label, StringComparer.Ordinal)];
        return Page();
    }

    public PublishedValue? Value(string group, string metric) => Study.Values.FirstOrDefault(v => v.Group == group && v.Metric == metric);

    /// <summary>The numbers (1-based, as listed) of the findings about one figure.</summary>
    public IEnumerable<int> FindingNumbers(string group, string metric) =>
        Findings.Select((f, i) => (f, i)).Where(x => x.f.Group == group && x.f.Metric == metric).Select(x => x.i + 1);

    public static string Label(string group) => group == "overall" ? "All bodies" : Sectors.TryParse(group, out Sector? sector) ? sector.Value.ToLabel() : group;

    public static string Format(PublishedValue value) =>
        value.Metric.EndsWith("_pct", StringComparison.Ordinal)
            ? value.Value.ToString("F" + value.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) + "%"
            : value.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
