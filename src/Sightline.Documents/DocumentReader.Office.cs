using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sightline.Core.Answers;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Sightline.Documents;

public sealed partial class DocumentReader
{
    private static readonly OpenSettings PackageSettings = new() { MaxCharactersInPart = 50_000_000, AutoSave = false };

    private static void ReadDocx(byte[] content, string name, ReadContext context)
    {
        using var stream = new MemoryStream(content, writable: false);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false, PackageSettings);
        Word.Body body = document.MainDocumentPart?.Document?.Body ?? throw new ExtractionException("a Word file with no document body");
        var builder = new TableTextBuilder();
        int tables = 0;
        WriteBlocks(body.ChildElements, builder, ref tables, depth: 0);
        (string text, IReadOnlyList<TextRegion> regions) = builder.Build();
        context.Add(new ReplyDocument(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", text, regions));
    }

    private static void WriteBlocks(OpenXmlElementList elements, TableTextBuilder builder, ref int tables, int depth)
    {
        if (depth > 20)
        {
            return;
        }

        foreach (OpenXmlElement element in elements)
        {
            switch (element)
            {
                case Word.Paragraph paragraph:
                    builder.Line(ParagraphText(paragraph));
                    break;
                case Word.Table table:
                    tables++;
                    string sheet = $"table {tables}";
                    int row = 0;
                    var header = new List<string>();
                    foreach (Word.TableRow tableRow in table.Elements<Word.TableRow>())
                    {
                        row++;
                        List<string> cells = [.. tableRow.Elements<Word.TableCell>().Select(c => string.Join(' ', c.Elements<Word.Paragraph>().Select(ParagraphText)).Trim())];
                        builder.Row(sheet, row, cells, header);
                    }

                    builder.Line("");
                    break;
                case Word.SdtBlock sdt when sdt.SdtContentBlock is { } block:
                    WriteBlocks(block.ChildElements, builder, ref tables, depth + 1);
                    break;
            }
        }
    }

    private static string ParagraphText(Word.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (OpenXmlElement element in paragraph.Descendants())
        {
            switch (element)
            {
                case Word.Text t:
                    text.Append(t.Text);
                    break;
                case Word.TabChar:
                    text.Append('\t');
                    break;
                case Word.Break or Word.CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private void ReadXlsx(byte[] content, string name, ReadContext context)
    {
        using var stream = new MemoryStream(content, writable: false);
        using SpreadsheetDocument workbook = SpreadsheetDocument.Open(stream, isEditable: false, PackageSettings);
        WorkbookPart part = workbook.WorkbookPart ?? throw new ExtractionException("a workbook with no sheets");
        string[] shared = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var builder = new TableTextBuilder();
        int cells = 0;
        foreach (Sheet sheet in part.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet)
            {
                continue;
            }

            string sheetName = sheet.Name?.Value ?? id;
            builder.Line($"Sheet: {sheetName}");
            var header = new List<string>();
            using OpenXmlReader reader = OpenXmlReader.Create(worksheet);
            int rowNumber = 0;
            var row = new List<string>();
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    if (row.Count > 0)
                    {
                        builder.Row(sheetName, rowNumber, row, header);
                    }

                    var attributes = reader.Attributes.FirstOrDefault(a => a.LocalName == "r");
                    rowNumber = int.TryParse(attributes.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int r) ? r : rowNumber + 1;
                    row = [];
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    if (++cells > _limits.MaxCells)
                    {
                        context.Problems.Add($"{name}: more than {_limits.MaxCells:N0} cells; the rest of the workbook was not read");
                        goto done;
                    }

                    int column = ColumnIndex(cell.CellReference?.Value) ?? row.Count;
                    while (row.Count < column)
                    {
                        row.Add("");
                    }

                    string value = CellText(cell, shared);
                    if (column < row.Count)
                    {
                        row[column] = value;
                    }
                    else if (row.Count < 16_384)
                    {
                        row.Add(value);
                    }
                }
            }

            if (row.Count > 0)
            {
                builder.Row(sheetName, rowNumber, row, header);
            }

            builder.Line("");
        }

    done:
        (string text, IReadOnlyList<TextRegion> regions) = builder.Build();
        context.Add(new ReplyDocument(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text, regions));
    }

    private void ReadCsv(byte[] content, string name, ReadContext context)
    {
        string text = TextDecoder.Decode(content);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
            MissingFieldFound = null,
            HasHeaderRecord = false,
            MaxFieldSize = 1_000_000,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, configuration);
        var builder = new TableTextBuilder();
        var header = new List<string>();
        int cells = 0;
        while (csv.Read())
        {
            string[] record = csv.Record ?? [];
            cells += record.Length;
            if (cells > _limits.MaxCells)
            {
                context.Problems.Add($"{name}: more than {_limits.MaxCells:N0} cells; the rest of the file was not read");
                break;
            }

            builder.Row(null, csv.Row, record, header);
        }

        (string result, IReadOnlyList<TextRegion> regions) = builder.Build();
        context.Add(new ReplyDocument(name, "text/csv", result, regions));
    }

    private static string CellText(Cell cell, string[] shared)
    {
        string raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < shared.Length ? shared[index] : "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
    }

    /// <summary>Zero-based column of a reference such as <c>AB12</c>.</summary>
    internal static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        int column = 0, i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? null : column - 1;
    }
}
