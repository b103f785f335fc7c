using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Hosting.Accounts;

namespace Sightline.Web.Pages.Workspace;

[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<Sightline.Hosting.Accounts.Account> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        Accounts = await accounts.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.AddAsync(Email ?? string.Empty, Role ?? string.Empty, Password ?? string.Empty);
        if (outcome is AddAccountOutcome.Rejected rejected)
        {
            Problem = rejected.Reason + " Nothing was changed.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Accounts = await accounts.ListAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Added {Email}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string email)
    {
        if (string.Equals(email, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            TempData["Message"] = "You cannot remove your own account here; another admin or the CLI can.";
            return RedirectToPage();
        }

        TempData["Message"] = await accounts.RemoveAsync(email) ? $"Removed {email}." : $"No account for {email}.";
        return RedirectToPage();
    }
}
