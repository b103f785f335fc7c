namespace Sightline.Imports.Tabular;

/// <summary>One data row, with the 1-based line (CSV) or row (XLSX) it came from. Cells are keyed by header, case-insensitively.</summary>
public sealed class TableRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    public IReadOnlyDictionary<string, string> Cells { get; } = cells;

    /// <summary>The trimmed cell of <paramref name="header"/>, or null when the column is missing or the cell is blank.</summary>
    public string? Get(string header) =>
        Cells.TryGetValue(header, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
