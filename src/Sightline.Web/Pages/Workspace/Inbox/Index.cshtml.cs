using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Correspondence;

namespace Sightline.Web.Pages.Workspace.Inbox;

/// <summary>Received mail, newest first: the holding pen (messages that matched no request) or everything.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class IndexModel(IInboxStore inbox) : PageModel
{
    public const int Rows = 500;

    /// <summary><c>held</c> (default): the holding pen; <c>all</c>: every received message.</summary>
    [BindProperty(SupportsGet = true)]
    public string Show { get; set; } = "held";

    public IReadOnlyList<StoredMessage> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Show is not ("held" or "all"))
        {
            return BadRequest();
        }

        Messages = await inbox.ListAsync(null, Show == "held", Rows, cancellationToken);
        return Page();
    }
}
