namespace Sightline.Core.Campaigns;

/// <summary>One question to many bodies: the request text as a template, who sends it, where replies go, and how its
/// answers will be coded.</summary>
/// <param name="Prefix">Upper-case letters and digits; each request's reference is <c>PREFIX-0001</c>, <c>PREFIX-0002</c>, …</param>
/// <param name="ReplyDomain">Replies come back to <c>ReplyLocalPart+REFERENCE@ReplyDomain</c> (plus-addressing), so each files itself.</param>
/// <param name="Codebook">The codebook its answers are coded against (<c>cctv-makers</c> by default).</param>
public sealed record Campaign(
    string Name,
    string Prefix,
    CampaignTemplate Template,
    string Codebook,
    MailIdentity Sender,
    string ReplyLocalPart,
    string ReplyDomain,
    string RequesterName,
    string RequesterAddress,
    DateTimeOffset CreatedUtc,
    bool Stopped = false)
{
    public const string DefaultCodebook = "cctv-makers";
    public const int MaxNameLength = 100;
    public const int MaxPrefixLength = 20;

    /// <summary>The reply address of one request: <c>foi+CCTV24-0001@replies.example.org</c>.</summary>
    public string ReplyAddressFor(string reference) => $"{ReplyLocalPart}+{reference.ToLowerInvariant()}@{ReplyDomain}";

    /// <summary>Where the sender's own copy of every message goes (the same mailbox as replies); restart reconciliation looks there.</summary>
    public string CopyAddress => $"{ReplyLocalPart}+sent@{ReplyDomain}";

    public static bool IsValidPrefix(string? prefix) =>
        !string.IsNullOrEmpty(prefix) && prefix.Length <= MaxPrefixLength && prefix.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
        && char.IsAsciiLetterUpper(prefix[0]);

    public static string ReferenceFor(string prefix, int number) => $"{prefix}-{number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>A display name and an address, e.g. <c>Jo Bloggs &lt;jo@example.org&gt;</c>.</summary>
public sealed record MailIdentity(string Name, string Address)
{
    public override string ToString() => Name.Length == 0 ? Address : $"{Name} <{Address}>";

    /// <summary>Parses <c>Name &lt;addr&gt;</c> or a bare address.</summary>
    public static bool TryParse(string? text, out MailIdentity? identity, out string? error)
    {
        identity = null;
        string value = (text ?? string.Empty).Trim();
        string name = string.Empty, address = value;
        int open = value.LastIndexOf('<');
        if (open >= 0)
        {
            int close = value.IndexOf('>', open);
            if (close < 0)
            {
                error = $"'{text}' has '<' without '>'";
                return false;
            }

            name = value[..open].Trim().Trim('"').Trim();
            address = value[(open + 1)..close].Trim();
        }

        if (!EmailAddress.IsValid(address))
        {
            error = $"'{address}' is not an e-mail address";
            return false;
        }

        identity = new MailIdentity(name, address);
        error = null;
        return true;
    }
}

/// <summary>Checks e-mail addresses the way campaigns need: one local part, one dotted domain, no spaces or angle brackets.</summary>
public static class EmailAddress
{
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 254)
        {
            return false;
        }

        int at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.IndexOf('@', StringComparison.Ordinal) != at)
        {
            return false;
        }

        string local = address[..at], domain = address[(at + 1)..];
        return local.Length <= 64 && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
            && local.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c, StringComparison.Ordinal))
            && domain.Contains('.', StringComparison.Ordinal) && domain.Split('.').All(label => label.Length is > 0 and <= 63
                && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && !label.StartsWith('-') && !label.EndsWith('-'));
    }

    /// <summary>The lower-cased domain of a valid address.</summary>
    public static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
}
