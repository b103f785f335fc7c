using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Hosting.Bodies;
using Sightline.Web.Api;

namespace Sightline.Web.Pages.Bodies;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(WebServiceCollectionExtensions.PublicPolicy)]
public sealed class SearchModel(BodySearch bodies) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Nation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Offset { get; set; }

    public BodyQuery Query { get; private set; } = new();

    public BodyPage Results { get; private set; } = new([], 0);

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    /// <summary>True when htmx asked for the results only; they then also update the page's live status line out of band.</summary>
    public bool IsFragment { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // htmx asks for the results only (as-you-type search); a browser without script gets the whole page.
        bool fragment = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        Response.Headers.Vary = "HX-Request";
        IsFragment = fragment;
        if (!BodyEndpoints.TryBuildQuery(Q, Sector, Nation, Region, 50, Offset, out BodyQuery query, out var errors))
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return fragment ? Partial("_Results", this) : Page();
        }

        Query = query;
        Results = await bodies.SearchAsync(query, cancellationToken);
        return fragment ? Partial("_Results", this) : Page();
    }

    public string PageLink(int offset) =>
        QueryString.Create(new Dictionary<string, string?> { ["q"] = Q, ["sector"] = Sector, ["nation"] = Nation, ["region"] = Region, ["offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent() is var qs ? "/bodies" + qs : "/bodies";
}
