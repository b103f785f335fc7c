using System.Text.RegularExpressions;

namespace Sightline.Core.Correspondence;

/// <summary>Finds the request a received message belongs to, in order of certainty: the plus-address it was sent to, a reference in
/// the subject, In-Reply-To/References against sent Message-IDs, then the sender's domain when exactly one open request went there.</summary>
public sealed partial class ReplyMatcher(IInboxStore store)
{
    public async Task<(string? Reference, string? MatchedBy)> MatchAsync(ReceivedMessage message, IReadOnlyList<string> prefixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(prefixes);
        foreach (string recipient in message.Recipients)
        {
            if (PlusReference(recipient) is { } plus && await store.ReferenceExistsAsync(plus, cancellationToken).ConfigureAwait(false))
            {
                return (plus, "reply_address");
            }
        }

        foreach (string candidate in SubjectReferences(message.Subject, prefixes))
        {
            if (await store.ReferenceExistsAsync(candidate, cancellationToken).ConfigureAwait(false))
            {
                return (candidate, "subject_reference");
            }
        }

        if (message.InReplyTo.Count > 0 && await store.FindReferenceBySentMessageIdAsync(message.InReplyTo, cancellationToken).ConfigureAwait(false) is { } threaded)
        {
            return (threaded, "in_reply_to");
        }

        if (Campaigns.EmailAddress.IsValid(message.From))
        {
            var byDomain = await store.FindReferencesByRecipientDomainAsync(Campaigns.EmailAddress.DomainOf(message.From), cancellationToken).ConfigureAwait(false);
            if (byDomain.Count == 1)
            {
                return (byDomain[0], "body_domain");
            }
        }

        return (null, null);
    }

    /// <summary><c>foi+cctv24-0001@x</c> → <c>CCTV24-0001</c>.</summary>
    public static string? PlusReference(string address)
    {
        int at = address.LastIndexOf('@');
        int plus = at < 0 ? -1 : address.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0 || plus > at)
        {
            return null;
        }

        string detail = address[(plus + 1)..at];
        return Requests.RequestReference.TryParse(detail, out var reference) ? reference.Value.Value : null;
    }

    public static IEnumerable<string> SubjectReferences(string subject, IReadOnlyList<string> prefixes)
    {
        foreach (Match match in ReferencePattern().Matches(subject ?? string.Empty))
        {
            string prefix = match.Groups[1].Value.ToUpperInvariant();
            if (prefixes.Contains(prefix, StringComparer.Ordinal))
            {
                yield return $"{prefix}-{match.Groups[2].Value}";
            }
        }
    }

    [GeneratedRegex(@"\b([A-Za-z][A-Za-z0-9]{0,19})-(\d{1,9})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferencePattern();
}
