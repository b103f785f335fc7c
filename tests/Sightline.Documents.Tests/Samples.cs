using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MimeKit;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Sightline.Documents.Tests;

/// <summary>Real documents made in the test: PDFs by PdfPig's writer, Word and Excel files by the Open XML SDK, messages by
/// MimeKit, scans by poppler's pdftoppm.</summary>
internal static class Samples
{
    public static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (string[] lines in pages)
        {
            PdfPageBuilder page = builder.AddPage(PageSize.A4);
            double y = 780;
            foreach (string line in lines)
            {
                page.AddText(line, 12, new PdfPoint(40, y), font);
                y -= 18;
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose only page is a picture of text (no text layer), as a scanner makes.</summary>
    public static byte[] ScannedPdf(byte[] png)
    {
        var builder = new PdfDocumentBuilder();
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }

    /// <summary>Renders a text PDF to a 200 dpi PNG with pdftoppm.</summary>
    public static byte[] Png(params string[] lines)
    {
        string directory = Directory.CreateTempSubdirectory("sightline-sample").FullName;
        try
        {
            string pdf = Path.Combine(directory, "page.pdf");
            File.WriteAllBytes(pdf, Pdf(lines));
            using var process = System.Diagnostics.Process.Start("pdftoppm", ["-r", "200", "-png", "-singlefile", pdf, Path.Combine(directory, "page")])!;
            process.WaitForExit();
            return File.ReadAllBytes(Path.Combine(directory, "page.png"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static byte[] Docx(IEnumerable<string> paragraphs, string[][]? table = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            var body = new W.Body();
            foreach (string paragraph in paragraphs)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(paragraph))));
            }

            if (table is not null)
            {
                var t = new W.Table();
                foreach (string[] row in table)
                {
                    t.Append(new W.TableRow(row.Select(cell => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cell)))))));
                }

                body.Append(t);
            }

            main.Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(string sheetName, string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            WorksheetPart worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (int r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (int c = 0; c < rows[r].Length; c++)
                {
                    string reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(int.TryParse(rows[r][c], out _)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(rows[r][c]), DataType = CellValues.Number }
                        : new Cell { CellReference = reference, InlineString = new InlineString(new Text(rows[r][c])), DataType = CellValues.InlineString });
                }

                data.Append(row);
            }

            worksheet.Worksheet = new Worksheet(data);
            Sheets sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName });
        }

        return stream.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] content) in entries)
            {
                using Stream entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    public static MimeMessage Message(string subject, string text, string? html = null, params (string Name, string MediaType, byte[] Content)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Information Governance", "foi@council.example"));
        message.To.Add(new MailboxAddress("Requester", "foi+REF-1@sightline.example"));
        message.Subject = subject;
        message.MessageId = "reply-1@council.example";
        var builder = new BodyBuilder { TextBody = text, HtmlBody = html };
        foreach ((string name, string mediaType, byte[] content) in attachments)
        {
            builder.Attachments.Add(name, content, ContentType.Parse(mediaType));
        }

        message.Body = builder.ToMessageBody();
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
