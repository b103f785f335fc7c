using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;
using Sightline.Reports;
using Sightline.Web.Api;

namespace Sightline.Web.Pages.Campaigns;

public sealed class ShowModel(IResultStore results) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public Denominator Denominator { get; private set; }

    public string DenominatorCode => Denominator.ToCode();

    public IReadOnlyList<GroupStatistics> Groups { get; private set; } = [];

    public IReadOnlyList<GroupStatistics> ByNation { get; private set; } = [];

    public IReadOnlyList<GroupStatistics> ByRegion { get; private set; } = [];

    public int Total { get; private set; }

    public int Responses { get; private set; }

    /// <summary>SVG made by <see cref="UkMap"/> from numbers and escaped names only; safe to embed.</summary>
    public string MapSvg { get; private set; } = string.Empty;

    /// <summary>SVG made by <see cref="SvgBars"/> from numbers and escaped labels only; safe to embed.</summary>
    public string ChartSvg { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string name, string? denominator, CancellationToken cancellationToken)
    {
        if (!CampaignEndpoints.TryParseDenominator(denominator, out Denominator d))
        {
            return BadRequest();
        }

        if (await CampaignEndpoints.LoadAsync(results, name, cancellationToken) is not { } coded)
        {
            return NotFound();
        }

        Name = name;
        Denominator = d;
        Groups = StatisticsCalculator.Compute(coded, [GroupDimension.Sector], Denominator);
        ByNation = StatisticsCalculator.Compute(coded, [GroupDimension.Nation], Denominator);
        ByRegion = StatisticsCalculator.Compute(coded, [GroupDimension.Region], Denominator);
        Total = Groups[0].Requests;
        Responses = Groups[0].Responses;
        var byArea = UkMap.EitherShareByArea(coded, Denominator);
        MapSvg = UkMap.Svg(byArea, $"{name}: share of bodies using Hikvision or Dahua");
        ChartSvg = SvgBars.Render([.. Groups.Skip(1).Where(g => g.EitherShare.Percent is not null).Select(g => new SvgBars.Bar(
            g.Sector!.Value.ToLabel(), g.EitherShare.Percent!.Value, g.EitherShare.Interval95?.Low, g.EitherShare.Interval95?.High, $"of {g.DenominatorCount}"))],
            "Bodies using Hikvision or Dahua, by sector, with 95% intervals");
        return Page();
    }

    public static string Label(GroupStatistics g) =>
        g.Sector is { } s ? s.ToLabel() : g.Region is { } r ? r.ToName() : g.Nation is { } n ? n.ToName() : "All bodies";
}
