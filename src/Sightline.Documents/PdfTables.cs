using System.Text;
using Sightline.Core.Answers;
using UglyToad.PdfPig.Content;

namespace Sightline.Documents;

/// <summary>Finds tables on a PDF page from where its words sit (columns are runs of words separated by wide gaps, lined up
/// under the first row's columns) and writes the page again with each table row as labelled cells, like a Word table. A page
/// with no table is left to the ordinary text extractor.</summary>
internal static class PdfTables
{
    private sealed record Segment(double Left, double Right, string Text);

    private sealed record Line(double Bottom, double Height, List<Segment> Segments)
    {
        public string Text => string.Join(' ', Segments.Select(s => s.Text));
    }

    /// <summary>The page's text with its tables as cell rows, or null when the page has no table.</summary>
    public static (string Text, List<TextRegion> Cells)? Read(Page page, int pageNumber)
    {
        if (!MayHaveTable(page))
        {
            return null;
        }

        List<Word> words = [.. page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text))];
        if (words.Count < 6 || words.Count > 20_000)
        {
            return null;
        }

        List<Line> lines = Lines(words);
        var text = new StringBuilder();
        var cells = new List<TextRegion>();
        var builder = new TableTextBuilder(text, cells);
        bool found = false;
        for (int i = 0; i < lines.Count;)
        {
            int end = TableEnd(lines, i, out List<List<string>> rows);
            if (end > i)
            {
                found = true;
                var header = new List<string>();
                for (int r = 0; r < rows.Count; r++)
                {
                    builder.Row($"page {pageNumber} table", r + 1, rows[r], header);
                }

                i = end;
                continue;
            }

            text.Append(lines[i].Text).Append('\n');
            i++;
        }

        return found ? (text.ToString(), cells) : null;
    }

    /// <summary>A cheap look before finding words: letters drawn one after another on the same baseline but far apart (the
    /// next cell of a row) happen a few times on a page with a table, hardly ever in a letter.</summary>
    private static bool MayHaveTable(Page page)
    {
        int jumps = 0;
        Letter? previous = null;
        foreach (Letter letter in page.Letters)
        {
            if (previous is not null && Math.Abs(letter.StartBaseLine.Y - previous.EndBaseLine.Y) < 1.0
                && letter.StartBaseLine.X - previous.EndBaseLine.X > Math.Max(6.0, previous.PointSize * 1.1) && ++jumps >= 3)
            {
                return true;
            }

            previous = letter;
        }

        return false;
    }

    private static List<Line> Lines(List<Word> words)
    {
        var lines = new List<Line>();
        foreach (Word word in words.OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 1)).ThenBy(w => w.BoundingBox.Left))
        {
            double height = Math.Max(1, word.BoundingBox.Height);
            Line? line = lines.Count > 0 && Math.Abs(lines[^1].Bottom - word.BoundingBox.Bottom) < height * 0.4 ? lines[^1] : null;
            if (line is null)
            {
                line = new Line(word.BoundingBox.Bottom, height, []);
                lines.Add(line);
            }

            var segment = new Segment(word.BoundingBox.Left, word.BoundingBox.Right, word.Text);
            line.Segments.Add(segment);
        }

        // Words of a line in reading order, then joined into segments where the gap is narrow (a space between words).
        var joined = new List<Line>(lines.Count);
        foreach (Line line in lines)
        {
            var ordered = line.Segments.OrderBy(s => s.Left).ToList();
            var segments = new List<Segment> { ordered[0] };
            foreach (Segment next in ordered.Skip(1))
            {
                Segment last = segments[^1];
                if (next.Left - last.Right > Math.Max(6.0, line.Height * 1.1))
                {
                    segments.Add(next);
                }
                else
                {
                    segments[^1] = new Segment(last.Left, Math.Max(last.Right, next.Right), last.Text + " " + next.Text);
                }
            }

            joined.Add(line with { Segments = segments });
        }

        return joined;
    }

    /// <summary>A table starts at a line of two or more segments followed by at least one more such line whose segments
    /// start under the first line's columns; lines of one cell's wrapped text join the row above.</summary>
    private static int TableEnd(List<Line> lines, int start, out List<List<string>> rows)
    {
        rows = [];
        Line first = lines[start];
        if (first.Segments.Count < 2)
        {
            return start;
        }

        double[] columns = [.. first.Segments.Select(s => s.Left)];
        double tolerance = Math.Max(4.0, first.Height);
        rows.Add([.. first.Segments.Select(s => s.Text)]);
        int wide = 1;
        int i = start + 1;
        Line previous = first;
        double? rowGap = null;
        for (; i < lines.Count; i++)
        {
            Line line = lines[i];
            int[]? at = Columns(line, columns, tolerance);
            if (at is null || previous.Bottom - line.Bottom > previous.Height * 4)
            {
                break;
            }

            // Rows are further apart than the wrapped lines of one cell (cell padding): the first gap, heading to first row, is a
            // row gap.
            double gap = previous.Bottom - line.Bottom;
            rowGap ??= gap;
            bool continuation = at[0] != 0 || (line.Segments.Count == 1 && gap < rowGap.Value * 0.85);
            if (!continuation && line.Segments.Count == 1)
            {
                break; // one cell under the first column, a row apart: a heading or a paragraph after the table
            }

            if (continuation && rows.Count > 1)
            {
                List<string> row = rows[^1];
                for (int s = 0; s < at.Length; s++)
                {
                    row[at[s]] = (row[at[s]] + " " + line.Segments[s].Text).Trim();
                }
            }
            else if (continuation)
            {
                break;
            }
            else
            {
                var row = Enumerable.Repeat("", columns.Length).ToList();
                for (int s = 0; s < at.Length; s++)
                {
                    row[at[s]] = (row[at[s]] + " " + line.Segments[s].Text).Trim();
                }

                rows.Add(row);
                wide += line.Segments.Count >= 2 ? 1 : 0;
            }

            previous = line;
        }

        return wide >= 2 && columns.Length >= 2 ? i : start;
    }

    /// <summary>The column each segment starts under, or null when a segment lies across a column boundary (prose).</summary>
    private static int[]? Columns(Line line, double[] columns, double tolerance)
    {
        var at = new int[line.Segments.Count];
        int last = -1;
        for (int s = 0; s < line.Segments.Count; s++)
        {
            Segment segment = line.Segments[s];
            int column = -1;
            for (int c = columns.Length - 1; c >= 0; c--)
            {
                if (segment.Left >= columns[c] - tolerance)
                {
                    column = c;
                    break;
                }
            }

            if (column < 0 || column <= last || (column + 1 < columns.Length && segment.Right > columns[column + 1] - 2))
            {
                return null;
            }

            at[s] = column;
            last = column;
        }

        return at;
    }
}
