using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sightline.Core.Answers;

namespace Sightline.Documents;

/// <summary>Reduces HTML to readable text: blocks become lines, table rows become "cell | cell" lines, scripts and styles
/// vanish, and quoted history (blockquote, Gmail and Outlook reply containers) is marked quoted.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "noscript", "template", "svg", "object", "iframe", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section", "article", "header",
        "footer", "blockquote", "pre", "hr", "address", "dl", "dt", "dd", "center",
    };

    public static (string Text, IReadOnlyList<TextRegion> Regions) Convert(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using IDocument document = parser.ParseDocument(html);
        var text = new StringBuilder();
        var regions = new List<TextRegion>();
        if (document.Body is { } body)
        {
            Walk(body, text, regions, depth: 0);
        }

        string result = Tidy(text.ToString(), regions, out IReadOnlyList<TextRegion> tidied);
        var all = new List<TextRegion>(tidied);
        int history = QuoteSplitter.HistoryStart(result);
        if (history >= 0 && !all.Any(r => r.Start <= history && history < r.End))
        {
            all.Add(new TextRegion(history, result.Length, RegionKind.Quoted));
        }

        return (result, Merge(all));
    }

    private static void Walk(INode node, StringBuilder text, List<TextRegion> regions, int depth)
    {
        if (depth > 200)
        {
            return;
        }

        foreach (INode child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendInline(text, t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement { LocalName: "table" } e when DataTable(e) is { } rows:
                    NewLine(text);
                    var builder = new TableTextBuilder(text, regions);
                    var header = new List<string>();
                    for (int r = 0; r < rows.Count; r++)
                    {
                        builder.Row("table", r + 1, rows[r], header);
                    }

                    NewLine(text);
                    break;
                case IElement e:
                    bool quoted = e.LocalName == "blockquote" || e.ClassList.Contains("gmail_quote") || e.Id is "divRplyFwdMsg" or "appendonsend";
                    bool block = Blocks.Contains(e.LocalName);
                    if (block)
                    {
                        NewLine(text);
                    }

                    int start = text.Length;
                    if (e.LocalName is "td" or "th")
                    {
                        if (text.Length > 0 && text[^1] != '\n')
                        {
                            text.Append(" | ");
                        }
                    }

                    Walk(e, text, regions, depth + 1);
                    if (block)
                    {
                        NewLine(text);
                    }

                    if (quoted)
                    {
                        regions.Add(new TextRegion(start, text.Length, RegionKind.Quoted));
                    }

                    break;
            }
        }
    }

    /// <summary>A table of data (rows of short cells, at least two rows of two or more cells, no table inside it) as its rows'
    /// cell texts; null for a layout table (an e-mail's frame, a letter laid out in cells), which is read as text.</summary>
    private static List<List<string>>? DataTable(IElement table)
    {
        if (table.QuerySelector("table, blockquote") is not null)
        {
            return null;
        }

        var rows = new List<List<string>>();
        int wide = 0;
        foreach (IElement row in table.QuerySelectorAll("tr"))
        {
            List<string> cells = [.. row.Children.Where(c => c.LocalName is "td" or "th").Select(CellText)];
            if (cells.Any(c => c.Length > 400))
            {
                return null;
            }

            wide += cells.Count(c => c.Length > 0) >= 2 ? 1 : 0;
            rows.Add(cells);
        }

        return wide >= 2 ? rows : null;
    }

    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        foreach (INode node in cell.Descendants())
        {
            if (node is IText t && !(t.ParentElement is { } parent && Skipped.Contains(parent.LocalName)))
            {
                AppendInline(text, t.Data);
            }
            else if (node is IElement { LocalName: "br" or "p" or "div" or "li" } && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().Trim();
    }

    private static void AppendInline(StringBuilder text, string data)
    {
        foreach (char c in data)
        {
            char ch = c is '\u00A0' or '\t' or '\r' or '\n' ? ' ' : c;
            if (ch == ' ' && (text.Length == 0 || text[^1] is ' ' or '\n'))
            {
                continue;
            }

            text.Append(ch);
        }
    }

    private static void NewLine(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    // Collapses runs of blank lines and trims the ends; regions are remapped through the kept characters.
    private static string Tidy(string text, List<TextRegion> regions, out IReadOnlyList<TextRegion> mapped)
    {
        var map = new int[text.Length + 1];
        var result = new StringBuilder(text.Length);
        int newlines = 0;
        for (int i = 0; i < text.Length; i++)
        {
            map[i] = result.Length;
            char c = text[i];
            newlines = c == '\n' ? newlines + 1 : 0;
            if (newlines <= 2 && !(c == '\n' && result.Length == 0))
            {
                result.Append(c);
            }
        }

        map[text.Length] = result.Length;
        while (result.Length > 0 && result[^1] == '\n')
        {
            result.Length--;
        }

        int length = result.Length;
        mapped = [.. regions
            .Select(r => r with { Start = Math.Min(map[r.Start], length), End = Math.Min(map[r.End], length) })
            .Where(r => r.End > r.Start)];
        return result.ToString();
    }

    /// <summary>Sorts regions and folds nested or overlapping quoted ones into one.</summary>
    internal static IReadOnlyList<TextRegion> Merge(IEnumerable<TextRegion> regions)
    {
        var merged = new List<TextRegion>();
        foreach (TextRegion region in regions.OrderBy(r => r.Start).ThenByDescending(r => r.End))
        {
            if (merged.Count > 0 && merged[^1].Kind == region.Kind && region.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, region.End) };
            }
            else if (merged.Count == 0 || region.Start >= merged[^1].End)
            {
                merged.Add(region);
            }
        }

        return merged;
    }
}
