using System.Text.RegularExpressions;
using Sightline.Core.Answers;

namespace Sightline.Documents;

/// <summary>Separates the new text of a message from the history quoted below it ("-----Original Message-----",
/// "On 3 May 2022, J Smith wrote:", an Outlook "From: … Sent: …" block) and from "&gt;"-quoted lines.</summary>
internal static partial class QuoteSplitter
{
    public static IReadOnlyList<TextRegion> QuotedRegions(string text)
    {
        var regions = new List<TextRegion>();
        int historyStart = HistoryStart(text);
        int limit = historyStart < 0 ? text.Length : historyStart;

        // "> " lines above the history (inline replies keep the officer's own lines as body).
        int lineStart = 0;
        int? quoteStart = null;
        while (lineStart < limit)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > limit ? limit : newline + 1;
            bool quoted = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(' ').StartsWith(">", StringComparison.Ordinal);
            if (quoted && quoteStart is null)
            {
                quoteStart = lineStart;
            }
            else if (!quoted && quoteStart is int start)
            {
                regions.Add(new TextRegion(start, lineStart, RegionKind.Quoted));
                quoteStart = null;
            }

            lineStart = lineEnd;
        }

        if (quoteStart is int open)
        {
            regions.Add(new TextRegion(open, limit, RegionKind.Quoted));
        }

        if (historyStart >= 0)
        {
            regions.Add(new TextRegion(historyStart, text.Length, RegionKind.Quoted));
        }

        return regions;
    }

    /// <summary>Where the quoted history begins, or -1. A message saved with its own "From: … Sent: …" block at the very top
    /// (a printed or saved Outlook e-mail) is the message, not history: the history is what a later marker starts.</summary>
    public static int HistoryStart(string text)
    {
        int best = FirstMarker(text, 0, out int length);
        if (best >= 0 && text.AsSpan(0, best).IsWhiteSpace() && OutlookHeader().Match(text, best) is { Success: true } header && header.Index == best)
        {
            best = FirstMarker(text, best + length, out _);
        }

        return best;
    }

    private static int FirstMarker(string text, int from, out int length)
    {
        int best = -1;
        length = 0;
        foreach (Regex marker in (Regex[])[OriginalMessage(), Wrote(), OutlookHeader()])
        {
            Match match = marker.Match(text, from);
            if (match.Success && (best < 0 || match.Index < best))
            {
                best = match.Index;
                length = match.Length;
            }
        }

        return best;
    }

    [GeneratedRegex(@"^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message|Original)[ \t]*-{2,}|_{10,}[ \t]*\r?$(?=\s*(?:From|De|Von):))",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^[ \t]*On\b[^\n]{4,250}?\bwrote:[ \t]*\r?$|^[ \t]*On\b[^\n]{4,200}\r?\n[^\n]{0,120}\bwrote:[ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^[ \t]*\*?From:\*?[ \t]+[^\n]+\r?\n(?:[^\n]*\r?\n){0,2}[ \t]*\*?(?:Sent|Date):\*?[ \t]+",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OutlookHeader();
}
