using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Answers;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;
using Sightline.Documents;
using Sightline.Hosting.Mail;

namespace Sightline.Web.Pages.Workspace.Inbox;

/// <summary>One received message read as text (never as HTML), its attachments as downloads, and — when it is in the holding pen —
/// the form that files it under a request.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class ShowModel(IInboxStore inbox, DocumentReader reader, MailIngestor ingestor) : PageModel
{
    public StoredMessage Message { get; private set; } = null!;

    public Reply? Reading { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>The raw message as received, as a download (never displayed by the browser).</summary>
    public async Task<IActionResult> OnGetRawAsync(long id, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(id, cancellationToken) is not { } message || await inbox.ReadBlobAsync(message.Sha256, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        return File(content, "application/octet-stream", $"message-{id}.eml");
    }

    /// <summary>An attachment as a download, whatever type it claims (so no attachment is ever rendered in the site's origin).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(long id, int index, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(id, cancellationToken) is not { } message || index < 0 || index >= message.Attachments.Count
            || await inbox.ReadBlobAsync(message.Attachments[index].Sha256, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        string name = SafeName(message.Attachments[index].Name, $"attachment-{index + 1}");
        return File(content, "application/octet-stream", name);
    }

    public async Task<IActionResult> OnPostAssignAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!RequestReference.TryParse(Reference, out RequestReference? reference))
        {
            return Invalid($"'{Reference}' is not a request reference (e.g. CCTV26-0042).", StatusCodes.Status400BadRequest);
        }

        AssignOutcome outcome = await ingestor.AssignAsync(id, reference.Value.Value, cancellationToken);
        switch (outcome.Refusal)
        {
            case AssignRefusal.NoSuchMessage:
                return NotFound();
            case AssignRefusal.AlreadyFiled:
                return Invalid($"This message is already filed under {outcome.Message?.Reference}.", StatusCodes.Status409Conflict);
            case AssignRefusal.NoSuchRequest:
                return Invalid($"There is no request {reference.Value}.", StatusCodes.Status400BadRequest);
            case AssignRefusal.FiledMeanwhile:
                return Invalid("The message could not be filed: another person may have filed it a moment ago. Reload the page.", StatusCodes.Status409Conflict);
        }

        IngestResult result = outcome.Filed!;
        TempData["Message"] = $"Filed “{Message.Subject}” under {reference.Value} as {result.Triage?.Replace('_', ' ') ?? "a reply"}" +
            (result.Triage is "answer" or "refusal_notice" or "review_outcome" or "clarification_request" or "fees_notice" ? "; its proposed codes are in the review queue." : ".");
        return RedirectToPage("/Workspace/Inbox/Index");
    }

    private static string SafeName(string name, string fallback)
    {
        string safe = new([.. Path.GetFileName(name ?? string.Empty).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/'))]);
        return safe.Trim().Length == 0 ? fallback : safe.Trim();
    }

    private PageResult Invalid(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(id, cancellationToken) is not { } message)
        {
            return false;
        }

        Message = message;
        if (await inbox.ReadBlobAsync(message.Sha256, cancellationToken) is { } content)
        {
            Reading = await reader.ReadAsync(content, $"message-{id}.eml", cancellationToken);
        }

        return true;
    }
}
