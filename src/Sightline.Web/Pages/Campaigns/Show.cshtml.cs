using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Statistics;
using Sightline.Reports;

namespace Sightline.Web.Pages.Campaigns;

public sealed class ShowModel(IResultStore results) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public Denominator Denominator { get; private set; }

    public string DenominatorCode => Denominator == Denominator.Responses ? "responses" : "answered";

    public IReadOnlyList<GroupStatistics> Groups { get; private set; } = [];

    public int Total { get; private set; }

    public int Responses { get; private set; }

    /// <summary>SVG made by <see cref="UkMap"/> from numbers and escaped names only; safe to embed.</summary>
    public string MapSvg { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string name, string? denominator, CancellationToken cancellationToken)
    {
        if (name.Length > 200 || await results.LoadAsync(name, cancellationToken) is not { } coded)
        {
            return NotFound();
        }

        if (denominator is not (null or "answered" or "responses"))
        {
            return BadRequest();
        }

        Name = name;
        Denominator = denominator == "responses" ? Denominator.Responses : Denominator.Answered;
        Groups = StatisticsCalculator.Compute(coded, [GroupDimension.Sector], Denominator);
        Total = Groups[0].Requests;
        Responses = Groups[0].Responses;
        var byArea = UkMap.EitherShareByArea(coded, Denominator);
        MapSvg = UkMap.Svg(byArea, $"{name}: share of bodies using Hikvision or Dahua");
        return Page();
    }
}
