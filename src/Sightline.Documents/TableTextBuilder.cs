using System.Text;
using Sightline.Core.Answers;

namespace Sightline.Documents;

/// <summary>Writes tables as text a person and the coder can read — one line per row, each cell labelled with its column
/// heading ("Make: Hikvision | Quantity: 12") — and remembers each cell's position.</summary>
internal sealed class TableTextBuilder
{
    private readonly StringBuilder _text;
    private readonly List<TextRegion> _regions;

    public TableTextBuilder()
        : this(new StringBuilder(), [])
    {
    }

    /// <summary>Writes rows into text being built elsewhere (an HTML page's tables among its paragraphs).</summary>
    public TableTextBuilder(StringBuilder text, List<TextRegion> regions)
    {
        _text = text;
        _regions = regions;
    }

    // The widest row seen so far in each table that has no heading row yet: a later row becomes the heading row only when it
    // starts a wider table (a data row first means the table has no heading row, not that its second data row is one).
    private readonly Dictionary<List<string>, int> _widest = new(ReferenceEqualityComparer.Instance);

    public void Line(string line)
    {
        _text.Append(line.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
    }

    /// <param name="header">The table's column headings: filled from the first row with two or more cells.</param>
    public void Row(string? sheet, int row, IReadOnlyList<string> cells, List<string> header)
    {
        int filled = cells.Count(c => !string.IsNullOrWhiteSpace(c));
        if (filled == 0)
        {
            return;
        }

        // A heading row: two or more short labels, none a number or a sentence ("Site | Make | Quantity", not "Q1 … ? | Yes – …").
        // A short label may end in a full stop or a question mark ("No.", "Qty.", "In use?").
        bool isHeader = header.Count == 0 && filled >= 2 && filled > _widest.GetValueOrDefault(header) && cells.All(c => c.Trim() is var t && (t.Length == 0 || (t.Length <= 60
            && !double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            && (!t.EndsWith('.') || IsAbbreviation(t)) && (!t.EndsWith('?') || IsShortQuestionLabel(t)) && !IsAnswerMark(t))));
        if (header.Count == 0 && !isHeader && filled >= 2)
        {
            _widest[header] = Math.Max(filled, _widest.GetValueOrDefault(header));
        }

        bool first = true;
        for (int column = 0; column < cells.Count; column++)
        {
            string value = cells[column].Replace('\n', ' ').Replace('\r', ' ').Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                _text.Append(" | ");
            }

            first = false;
            string? heading = !isHeader && column < header.Count && header[column].Length > 0 ? header[column] : null;
            if (heading is not null)
            {
                _text.Append(heading).Append(": ");
            }

            int start = _text.Length;
            _text.Append(value);
            _regions.Add(new TextRegion(start, _text.Length, RegionKind.Cell, Sheet: sheet, Cell: CellReference(column, row)));
        }

        _text.Append('\n');
        if (isHeader)
        {
            header.AddRange(cells.Select(c => c.Replace('\n', ' ').Trim()));
        }
    }

    // "No.", "Qty.", "Face rec.": a short label whose last word is cut short.
    private static bool IsAbbreviation(string label) =>
        label.Length <= 20 && label[(label.LastIndexOf(' ') + 1)..] is { Length: <= 5 } last && last.Count(char.IsLetter) >= 2;

    // "In use?", "Available on Council cameras?" head a column; "1. Hikvision or Dahua?" and "Q2 How many?" are questions.
    private static bool IsShortQuestionLabel(string label) =>
        label.Length <= 40 && char.IsLetter(label[0]) && !(label.Length > 1 && label[0] is 'Q' or 'q' && char.IsAsciiDigit(label[1]))
        && !label.Contains("hikvision", StringComparison.OrdinalIgnoreCase) && !label.Contains("dahua", StringComparison.OrdinalIgnoreCase);

    // An answer, not a heading: "Yes", "N", "✓".
    private static bool IsAnswerMark(string cell) =>
        cell.ToLowerInvariant() is "yes" or "no" or "y" or "n" or "✓" or "✗" or "✔" or "✘" or "n/a" or "none";

    public (string Text, IReadOnlyList<TextRegion> Regions) Build() => (_text.ToString(), _regions);

    internal static string CellReference(int column, int row)
    {
        var letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return letters.Append(row.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }
}
