namespace Sightline.Core.Answers;

/// <summary>What a stretch of extracted text is: the reply's own words, quoted history, a table row, or a header.</summary>
public enum RegionKind
{
    /// <summary>The new text of a message or document.</summary>
    Body,

    /// <summary>Earlier messages quoted below or inside a reply (often the request itself): never evidence of an answer.</summary>
    Quoted,

    /// <summary>One cell of a spreadsheet or document table; its row is one line of the document's text.</summary>
    Cell,
}

/// <summary>Where a stretch of a document's text came from, so that evidence can point back to the original.</summary>
/// <param name="Start">Index of the first character in <see cref="ReplyDocument.Text"/>.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="Page">1-based page of a PDF or scan.</param>
/// <param name="Sheet">Worksheet name of a spreadsheet, or "table N" of a document.</param>
/// <param name="Cell">Cell reference such as <c>B4</c>.</param>
public sealed record TextRegion(int Start, int End, RegionKind Kind, int? Page = null, string? Sheet = null, string? Cell = null);

/// <summary>The text of one document of a reply (a message body, an attachment, a page scan), with its regions.</summary>
/// <param name="Name">The document's name as a reviewer would find it: <c>reply.eml</c>, <c>reply.eml › letter.pdf</c>.</param>
/// <param name="MediaType">What the document was read as (<c>application/pdf</c>, <c>text/plain</c>, ...).</param>
/// <param name="Regions">Regions in order; text outside every region is <see cref="RegionKind.Body"/>.</param>
public sealed record ReplyDocument(string Name, string MediaType, string Text, IReadOnlyList<TextRegion> Regions)
{
    public static ReplyDocument Plain(string name, string text) => new(name, "text/plain", text, []);

    /// <summary>The region that holds character <paramref name="index"/>, if any.</summary>
    public TextRegion? RegionAt(int index) => FirstRegionIn(index, index + 1);

    /// <summary>The first region (in text order) that overlaps <c>[start, end)</c>, if any.</summary>
    public TextRegion? FirstRegionIn(int start, int end)
    {
        // Regions are ordered and do not overlap (a spreadsheet has one per cell): binary search, then keep going left
        // while earlier regions still overlap.
        int lo = 0, hi = Regions.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextRegion region = Regions[mid];
            if (region.End <= start)
            {
                lo = mid + 1;
            }
            else if (region.Start >= end)
            {
                hi = mid - 1;
            }
            else
            {
                found = mid;
                hi = mid - 1;
            }
        }

        return found < 0 ? null : Regions[found];
    }
}

/// <summary>One reply to a request: every document that came with it, and the message headers that tell automatic mail
/// (bounces, out-of-office) from answers.</summary>
/// <param name="Headers">Message headers by name (case-insensitive), first value only; empty for a reply read from a file.</param>
/// <param name="Problems">Documents that could not be read, with the reason (a reply can still be coded from the rest).</param>
public sealed record Reply(string Name, IReadOnlyList<ReplyDocument> Documents, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> Problems)
{
    public static Reply FromText(string name, string text) =>
        new(name, [ReplyDocument.Plain(name, text)], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}

/// <summary>Helpers over a reply's documents.</summary>
public static class ReplyText
{
    /// <summary>The reply's own words: every document's text with quoted history left out, documents separated by blank lines.</summary>
    public static string OwnWords(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new System.Text.StringBuilder();
        foreach (ReplyDocument document in reply.Documents)
        {
            int position = 0;
            foreach (TextRegion quoted in document.Regions.Where(r => r.Kind == RegionKind.Quoted))
            {
                text.Append(document.Text, position, Math.Max(0, quoted.Start - position));
                position = Math.Max(position, quoted.End);
            }

            if (position < document.Text.Length)
            {
                text.Append(document.Text, position, document.Text.Length - position);
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }
}
