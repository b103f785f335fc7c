using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Exposure;

namespace Sightline.Web.Pages.Exposure;

public sealed class ShowModel(IExposureStore store) : PageModel
{
    public static IReadOnlyList<SummaryDimension> Dimensions { get; } = [SummaryDimension.Maker, SummaryDimension.Country, SummaryDimension.City, SummaryDimension.Model, SummaryDimension.Vuln];

    public ExposureDataset Dataset { get; private set; } = null!;

    public SummaryDimension By { get; private set; }

    public IReadOnlyList<SummaryRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, string? by, CancellationToken cancellationToken)
    {
        SummaryDimension dimension = SummaryDimension.Maker;
        if (by is not null && !ExposureSummary.TryParse(by, out dimension))
        {
            return BadRequest();
        }

        if (name.Length > 200 || await store.FindAsync(name, cancellationToken) is not { State: not DatasetState.Importing } dataset)
        {
            return NotFound();
        }

        Dataset = dataset;
        By = dimension;
        Rows = ExposureSummary.Build(await store.CountAsync(dataset.Id, dimension, new SummaryFilter(), cancellationToken), 50);
        return Page();
    }
}
