using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Exposure;
using Sightline.Web.Api;

namespace Sightline.Web.Pages.Exposure;

public sealed class IndexModel(IExposureStore store) : PageModel
{
    public IReadOnlyList<ExposureDataset> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Datasets = await ExposureEndpoints.PublishedAsync(store, cancellationToken);
}
