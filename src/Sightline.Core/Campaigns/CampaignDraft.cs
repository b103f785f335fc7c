namespace Sightline.Core.Campaigns;

/// <summary>What a person fills in to create a campaign (from the CLI's options or the workspace form), checked field by field
/// before anything is written.</summary>
public sealed record CampaignDraft
{
    public string Name { get; init; } = string.Empty;

    public string Prefix { get; init; } = string.Empty;

    /// <summary>The request text: optional <c>Subject:</c> line, blank line, body, with merge fields.</summary>
    public string Template { get; init; } = string.Empty;

    /// <summary>Where the template came from (a file name), for error messages that name the line.</summary>
    public string TemplateSource { get; init; } = "template";

    /// <summary>The sender, <c>Jo Bloggs &lt;jo@example.org&gt;</c>.</summary>
    public string From { get; init; } = string.Empty;

    public string ReplyDomain { get; init; } = string.Empty;

    public string ReplyLocalPart { get; init; } = "foi";

    public string? RequesterName { get; init; }

    public string? RequesterAddress { get; init; }

    public string Codebook { get; init; } = Campaign.DefaultCodebook;

    public bool Stopped { get; init; }

    /// <summary>The campaign, or null with every problem keyed by field (<c>name</c>, <c>prefix</c>, <c>from</c>,
    /// <c>reply_domain</c>, <c>template</c>).</summary>
    public Campaign? Build(DateTimeOffset createdUtc, out IReadOnlyList<KeyValuePair<string, string>> errors)
    {
        var problems = new List<KeyValuePair<string, string>>();
        void Problem(string field, string message) => problems.Add(new(field, message));

        string name = (Name ?? string.Empty).Trim();
        if (name.Length is 0 or > Campaign.MaxNameLength)
        {
            Problem("name", $"must be 1 to {Campaign.MaxNameLength} characters");
        }

        string prefix = (Prefix ?? string.Empty).Trim();
        if (!Campaign.IsValidPrefix(prefix))
        {
            Problem("prefix", $"'{prefix}' must be 1 to {Campaign.MaxPrefixLength} upper-case letters and digits, starting with a letter (e.g. CCTV24)");
        }

        if (!MailIdentity.TryParse(From, out MailIdentity? sender, out string? fromError))
        {
            Problem("from", fromError ?? "not an e-mail address");
        }

        string domain = (ReplyDomain ?? string.Empty).Trim().ToLowerInvariant();
        string local = (ReplyLocalPart ?? string.Empty).Trim();
        if (!EmailAddress.IsValid($"{local}+{(Campaign.IsValidPrefix(prefix) ? prefix : "A")}-0001@{domain}"))
        {
            Problem("reply_domain", $"'{domain}' with local part '{local}' does not make valid reply addresses");
        }

        if (!CampaignTemplate.TryParse(Template ?? string.Empty, TemplateSource, out CampaignTemplate? template, out var templateErrors))
        {
            problems.AddRange(templateErrors.Select(e => new KeyValuePair<string, string>("template", e)));
        }

        errors = problems;
        if (problems.Count > 0)
        {
            return null;
        }

        string requesterName = string.IsNullOrWhiteSpace(RequesterName) ? (sender!.Name.Length > 0 ? sender.Name : sender.Address) : RequesterName.Trim();
        string requesterAddress = string.IsNullOrWhiteSpace(RequesterAddress) ? sender!.Address : RequesterAddress.Trim();
        return new Campaign(name, prefix, template!, string.IsNullOrWhiteSpace(Codebook) ? Campaign.DefaultCodebook : Codebook.Trim(), sender!, local, domain,
            requesterName, requesterAddress, createdUtc, Stopped);
    }
}

/// <summary>FOI addresses supplied for a campaign: CSV lines of <c>body id or identifier, e-mail</c> (a header line and blank
/// lines are skipped).</summary>
public static class CampaignContacts
{
    /// <summary>The addresses by body key; false with <c>SOURCE:LINE: …</c> for the first bad line.</summary>
    public static bool TryParse(IReadOnlyList<string> lines, string source, out Dictionary<string, string> contacts, out string? error)
    {
        ArgumentNullException.ThrowIfNull(lines);
        contacts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            string[] cells = [.. lines[i].Split(',').Select(c => c.Trim().Trim('"').Trim())];
            if (cells.All(c => c.Length == 0) || (i == 0 && !cells.Any(c => c.Contains('@', StringComparison.Ordinal))))
            {
                continue; // blank line or header
            }

            if (cells.Length < 2 || cells[0].Length == 0)
            {
                error = $"{source}:{i + 1}: expected 'body id or identifier, e-mail'";
                return false;
            }

            if (!EmailAddress.IsValid(cells[1]))
            {
                error = $"{source}:{i + 1}: field 'email': '{cells[1]}' is not an e-mail address";
                return false;
            }

            contacts[cells[0]] = cells[1];
        }

        error = null;
        return true;
    }

    /// <summary>Body keys from a list: one per line or the first CSV column; comments, blanks and a header are skipped.</summary>
    public static IReadOnlyList<string> ParseBodyList(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Split(',')[0].Trim().Trim('"'))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Equals("body", StringComparison.OrdinalIgnoreCase) && !l.Equals("id", StringComparison.OrdinalIgnoreCase))];
}
