using System.Globalization;

namespace Sightline.Reports;

/// <summary>CSV cells for spreadsheets people open: RFC 4180 quoting, and formulas defused.</summary>
public static class CsvCell
{
    /// <summary>Quotes when needed and prefixes a cell that starts with =, +, - or @ (and is not a number) with an apostrophe,
    /// so a spreadsheet shows it as text instead of running it (CSV injection).</summary>
    public static string Escape(string? cell)
    {
        string text = cell ?? string.Empty;
        string safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
