namespace Sightline.Imports.Tabular;

/// <summary>A file read as a header and rows.</summary>
public sealed record Table(string File, IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows)
{
    public bool HasColumn(string header) => Headers.Contains(header, StringComparer.OrdinalIgnoreCase);
}
