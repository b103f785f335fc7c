using System.Text;
using System.Text.RegularExpressions;

namespace Sightline.Core.Correspondence;

/// <summary>Removes personal data from correspondence before anything is published: direct e-mail addresses, telephone
/// numbers, and the names of officers in signature blocks ("Yours sincerely" followed by a name).</summary>
/// <remarks>Pure and thread-safe. It errs on the side of removing: a published quote loses a phone number that was really a
/// reference number sooner than it shows an officer's direct line. Generic role addresses of the body itself
/// (<c>foi@</c>, <c>info@</c> ...) are kept, because they are published by the body and identify no one.</remarks>
public static partial class PersonalDataRedactor
{
    public const string EmailMark = "[email removed]";
    public const string PhoneMark = "[phone removed]";
    public const string NameMark = "[name removed]";

    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "foi", "foia", "foirequests", "foi.requests", "foi-requests", "freedomofinformation", "freedom.of.information", "information", "info",
        "enquiries", "enquiry", "contact", "dataprotection", "data.protection", "dpo", "informationgovernance", "information.governance",
        "records", "complaints", "customerservices", "noreply", "no-reply", "postmaster", "mailer-daemon", "ico", "casework",
        "eir", "foi.team", "foiteam", "ig", "disclosure", "disclosures", "accessibility",
    };

    /// <summary>The text with personal data replaced by marks. Returns the same string when there is nothing to remove.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        string result = EmailPattern().Replace(text, m => IsRoleMailbox(m.Value) ? m.Value : EmailMark);
        result = PhonePattern().Replace(result, m => CountDigits(m.Value) >= 9 ? PhoneMark : m.Value);
        return RedactSignatures(result);
    }

    /// <summary>True when <paramref name="text"/> still contains something <see cref="Redact"/> would remove.</summary>
    public static bool ContainsPersonalData(string text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    private static bool IsRoleMailbox(string address)
    {
        int at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && RoleMailboxes.Contains(address[..at]);
    }

    private static int CountDigits(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Replaces the name lines that follow a closing ("Yours sincerely", "Kind regards" ...): up to two lines that
    /// look like a personal name (two to four capitalised words, initials allowed, or one capitalised word on its own).</summary>
    private static string RedactSignatures(string text)
    {
        if (!ClosingPattern().IsMatch(text))
        {
            return text;
        }

        string[] lines = text.Split('\n');
        var output = new StringBuilder(text.Length);
        int redactNext = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim().TrimEnd('\r');
            if (redactNext > 0 && trimmed.Length > 0)
            {
                if (NameLinePattern().IsMatch(trimmed) && !NotANamePattern().IsMatch(trimmed))
                {
                    int start = line.IndexOf(trimmed, StringComparison.Ordinal);
                    line = string.Concat(line.AsSpan(0, start), NameMark, line.AsSpan(start + trimmed.Length));
                    redactNext--;
                }
                else
                {
                    redactNext = 0;
                }
            }

            Match closing = ClosingPattern().Match(line);
            if (closing.Success)
            {
                // "Kind regards, Jane Smith" on one line.
                string rest = line[(closing.Index + closing.Length)..].Trim().TrimStart(',').Trim().TrimEnd('\r');
                if (rest.Length > 0 && NameLinePattern().IsMatch(rest) && !NotANamePattern().IsMatch(rest))
                {
                    int start = line.LastIndexOf(rest, StringComparison.Ordinal);
                    line = string.Concat(line.AsSpan(0, start), NameMark, line.AsSpan(start + rest.Length));
                }
                else
                {
                    redactNext = 2;
                }
            }

            output.Append(line);
            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }

        return output.ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailPattern();

    /// <summary>UK numbers: +44 or 0 followed by digits in groups separated by spaces, dots, dashes or brackets.</summary>
    [GeneratedRegex(@"(?<![\w/])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,5}\)?(?:[\s.\-]?\d{2,4}){1,2}(?:,?\s?(?:ext\.?|extension|x)\s?\d{1,5})?(?![\w/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[ \t>]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm|many)\s+(?:regards|thanks|wishes)|with\s+(?:kind\s+|best\s+)?regards|regards|sincerely)\b[,.!]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClosingPattern();

    /// <summary>One to four capitalised words (hyphens and apostrophes allowed) or initials, and nothing else.</summary>
    [GeneratedRegex(@"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?(?:[A-Z][\p{L}'’\-]+|[A-Z]\.?)(?:\s+(?:[A-Z][\p{L}'’\-]+|[A-Z]\.?)){0,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameLinePattern();

    /// <summary>Lines that look like names but are the body's own words: teams, offices, titles.</summary>
    [GeneratedRegex(@"\b(?:Team|Office|Officer|Unit|Department|Council|Police|Trust|University|College|School|Service|Services|Constabulary|Authority|Governance|Information|Freedom|Disclosure|Manager|Coordinator|Co-ordinator|Lead|Head|Director|Section|Board|Directorate|Compliance|Rights|Request|Requests|Centre|Hospital|Foundation|Academy|Limited|Ltd|NHS)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotANamePattern();
}
