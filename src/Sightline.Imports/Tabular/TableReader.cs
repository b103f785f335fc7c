using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Sightline.Imports.Tabular;

/// <summary>Reads CSV, TSV and XLSX files into a <see cref="Table"/>, with limits against hostile files.</summary>
/// <remarks>CSV text is read as UTF-8 when it is valid UTF-8 (with or without a byte-order mark) and as Windows-1252
/// otherwise, which is how the DfE's GIAS extracts and many spreadsheet exports are encoded.</remarks>
public static class TableReader
{
    public const long MaxFileBytes = 512L * 1024 * 1024;
    public const int MaxRows = 2_000_000;
    public const int MaxColumns = 1_000;
    public const int MaxCellLength = 32_767;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TableFormat? FormatFromExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" or ".TXT" => TableFormat.Csv,
        ".TSV" or ".TAB" => TableFormat.Tsv,
        ".XLSX" or ".XLSM" => TableFormat.Xlsx,
        _ => null,
    };

    /// <summary>Reads a file from disk. Never throws for a bad file: the result carries the problem.</summary>
    public static async Task<TableReadResult> ReadFileAsync(string path, TableFormat format, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(path);
        FileInfo info = new(path);
        if (!info.Exists)
        {
            return Fail(path, "file not found");
        }

        if (info.Length > MaxFileBytes)
        {
            return Fail(name, $"file is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}");
        }

        try
        {
            byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return Read(bytes, format, name);
        }
        catch (IOException ex)
        {
            return Fail(name, $"cannot read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(name, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Reads file content already in memory (e.g. an embedded resource). <paramref name="name"/> is used in problems.</summary>
    public static TableReadResult Read(byte[] bytes, TableFormat format, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return Fail(name, "file is empty");
        }

        return format == TableFormat.Xlsx ? ReadXlsx(bytes, name) : ReadDelimited(Decode(bytes), format == TableFormat.Tsv ? "\t" : ",", name);
    }

    private static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(span);
        }
    }

    private static TableReadResult ReadDelimited(string text, string delimiter, string name)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Fail(name, "file contains NUL bytes: it is binary, not CSV text (wrong extension or --format?)");
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            Mode = delimiter == "\t" ? CsvMode.NoEscape : CsvMode.RFC4180,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                return Fail(name, "file has no header row");
            }

            if (header.Length > MaxColumns)
            {
                return Fail(name, $"header has {header.Length} columns; the limit is {MaxColumns}");
            }

            string[] headers = [.. header.Select(h => h.Trim())];
            if (FindDuplicate(headers) is { } duplicate)
            {
                return new TableReadResult(null, new ImportProblem(name, 1, duplicate, "column appears twice in the header"));
            }

            var rows = new List<TableRow>();
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                string[] record = csv.Parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (record.Length > headers.Length && record.Skip(headers.Length).Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    return new TableReadResult(null, new ImportProblem(name, line, null,
                        $"row has {record.Length} fields but the header has {headers.Length} (an unquoted comma?)"));
                }

                if (rows.Count >= MaxRows)
                {
                    return Fail(name, $"more than {MaxRows:N0} rows");
                }

                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < headers.Length; i++)
                {
                    string value = i < record.Length ? record[i] : string.Empty;
                    if (value.Length > MaxCellLength)
                    {
                        return new TableReadResult(null, new ImportProblem(name, line, headers[i], $"cell is {value.Length:N0} characters; the limit is {MaxCellLength:N0}"));
                    }

                    cells[headers[i]] = value;
                }

                rows.Add(new TableRow(line, cells));
            }

            return new TableReadResult(new Table(name, headers, rows), null);
        }
        catch (CsvHelperException ex)
        {
            return new TableReadResult(null, new ImportProblem(name, ex.Context?.Parser?.RawRow, null, $"malformed CSV: {FirstLine(ex.Message)}"));
        }
    }

    private static TableReadResult ReadXlsx(byte[] bytes, string name)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            return Fail(name, "not an XLSX workbook (an XLSX file is a zip archive; is this CSV or an old .xls?)");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var rows = new List<TableRow>();
            string[]? headers = null;
            string[] columns = [];
            int line = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>())
            {
                line++;
                if (headers is null)
                {
                    columns = [.. row.Keys];
                    if (columns.Length > MaxColumns)
                    {
                        return Fail(name, $"header has {columns.Length} columns; the limit is {MaxColumns}");
                    }

                    headers = [.. columns.Select(c => CellText(row[c]).Trim())];
                    if (FindDuplicate([.. headers.Where(h => h.Length > 0)]) is { } duplicate)
                    {
                        return new TableReadResult(null, new ImportProblem(name, 1, duplicate, "column appears twice in the header"));
                    }

                    continue;
                }

                if (rows.Count >= MaxRows)
                {
                    return Fail(name, $"more than {MaxRows:N0} rows");
                }

                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < columns.Length; i++)
                {
                    if (headers[i].Length == 0)
                    {
                        continue;
                    }

                    string value = row.TryGetValue(columns[i], out object? cell) ? CellText(cell) : string.Empty;
                    if (value.Length > MaxCellLength)
                    {
                        return new TableReadResult(null, new ImportProblem(name, line, headers[i], $"cell is {value.Length:N0} characters; the limit is {MaxCellLength:N0}"));
                    }

                    cells[headers[i]] = value;
                }

                if (cells.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                rows.Add(new TableRow(line, cells));
            }

            return headers is null
                ? Fail(name, "workbook's first sheet is empty")
                : new TableReadResult(new Table(name, [.. headers.Where(h => h.Length > 0)], rows), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException
            or System.Xml.XmlException or NotSupportedException or ArgumentException or KeyNotFoundException)
        {
            return Fail(name, $"not a readable XLSX workbook: {FirstLine(ex.Message)}");
        }
    }

    private static string CellText(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static string? FindDuplicate(string[] headers) =>
        headers.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static TableReadResult Fail(string name, string message) => new(null, new ImportProblem(name, null, null, message));
}

/// <summary>Either a table or the problem that stopped the file being read.</summary>
public sealed record TableReadResult(Table? Table, ImportProblem? Problem);
