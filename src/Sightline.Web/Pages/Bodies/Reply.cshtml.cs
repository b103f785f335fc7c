using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Web.Api;

namespace Sightline.Web.Pages.Bodies;

/// <summary>A body's reviewed reply as published: the whole text with personal data removed, the evidence marked.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(WebServiceCollectionExtensions.PublicPolicy)]
public sealed class ReplyModel(IBodyStore bodies, BodyFindings findings) : PageModel
{
    public Body Body { get; private set; } = null!;

    public PublishedReply Reply { get; private set; } = null!;

    public IReadOnlyList<TextSegment> Segments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, long reply, CancellationToken cancellationToken)
    {
        if (id.Length > 250 || await BodyEndpoints.FindAsync(bodies, id, cancellationToken) is not { } body
            || await findings.ReplyAsync(body.Id.Value, reply, cancellationToken) is not { } published)
        {
            return NotFound();
        }

        Body = body;
        Reply = published;
        Segments = Highlighter.Segments(published.Text, published.Evidence);
        return Page();
    }
}
