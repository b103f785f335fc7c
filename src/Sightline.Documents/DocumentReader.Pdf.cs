using System.Globalization;
using System.Text;
using Sightline.Core.Answers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Sightline.Documents;

public sealed partial class DocumentReader
{
    // A page with fewer letters than this is treated as a scan and sent to OCR.
    private const int ScannedPageLetters = 25;

    private async Task ReadPdfAsync(byte[] content, string name, ReadContext context)
    {
        var pages = new List<(int Page, string Text)>();
        var tablePages = new Dictionary<int, List<TextRegion>>();
        string? pdfFile = null;
        try
        {
            using PdfDocument pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            int count = pdf.NumberOfPages;
            if (count > _limits.MaxPages)
            {
                context.Problems.Add($"{name}: {count} pages; only the first {_limits.MaxPages} were read");
            }

            for (int number = 1; number <= Math.Min(count, _limits.MaxPages); number++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Page page = pdf.GetPage(number);
                string text = ContentOrderTextExtractor.GetText(page);
                if (CountLetters(text) >= ScannedPageLetters && !Garbled(text) && PdfTables.Read(page, number) is var (tableText, cells))
                {
                    // A page with a table: rows keep their columns ("Capability: ANPR | Capable: Yes | Enabled: No").
                    pages.Add((number, tableText));
                    tablePages[number] = cells;
                    continue;
                }

                if (CountLetters(text) < ScannedPageLetters)
                {
                    pdfFile ??= await WriteTempAsync(content, "document.pdf", context).ConfigureAwait(false);
                    text = await OcrPdfPageAsync(pdfFile, number, name, context).ConfigureAwait(false) ?? text;
                }
                else if (Garbled(text))
                {
                    // Fonts without a usable Unicode map come out as symbols in PdfPig; poppler often does better.
                    pdfFile ??= await WriteTempAsync(content, "document.pdf", context).ConfigureAwait(false);
                    string poppler = await ExternalTool.RunAsync("pdftotext", ["-f", Number(number), "-l", Number(number), "-enc", "UTF-8", pdfFile, "-"], _limits.ToolTimeout, context.CancellationToken).ConfigureAwait(false);
                    text = Garbled(poppler) ? text : poppler;
                }

                pages.Add((number, text));
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ExtractionException("the PDF is password-protected (encrypted); ask the body for an unprotected copy");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or InvalidCastException or KeyNotFoundException or OverflowException)
        {
            // PdfPig could not make sense of it: poppler is more forgiving of truncated and damaged files.
            pdfFile ??= await WriteTempAsync(content, "document.pdf", context).ConfigureAwait(false);
            string all;
            try
            {
                all = await ExternalTool.RunAsync("pdftotext", ["-enc", "UTF-8", pdfFile, "-"], _limits.ToolTimeout, context.CancellationToken).ConfigureAwait(false);
            }
            catch (ExtractionException poppler)
            {
                throw new ExtractionException($"damaged PDF ({Describe(e)}; {poppler.Message})", e);
            }

            pages.Clear();
            tablePages.Clear();
            string[] split = all.Split('\f');
            for (int i = 0; i < split.Length && i < _limits.MaxPages; i++)
            {
                if (i < split.Length - 1 || split[i].Trim().Length > 0)
                {
                    pages.Add((i + 1, split[i]));
                }
            }

            if (pages.All(p => CountLetters(p.Text) == 0))
            {
                throw new ExtractionException($"damaged PDF with no readable text ({Describe(e)})", e);
            }
        }

        AddPages(pages, name, "application/pdf", context, tablePages);
    }

    private async Task ReadImageAsync(byte[] content, string name, ReadContext context)
    {
        if (!_limits.Ocr)
        {
            throw new ExtractionException("an image; OCR is turned off");
        }

        if (++context.OcrPages > _limits.MaxOcrPages)
        {
            throw new ExtractionException($"not read: the reply's limit of {_limits.MaxOcrPages} OCR pages was reached");
        }

        string file = await WriteTempAsync(content, "image" + Guid.NewGuid().ToString("N")[..8], context).ConfigureAwait(false);
        string text = await ExternalTool.RunAsync("tesseract", [file, "stdout", "-l", "eng"], _limits.ToolTimeout, context.CancellationToken).ConfigureAwait(false);
        AddPages([(1, text)], name, "image/ocr", context);
    }

    private async Task<string?> OcrPdfPageAsync(string pdfFile, int page, string name, ReadContext context)
    {
        if (!_limits.Ocr)
        {
            context.Problems.Add($"{name}: page {page} has no text layer and OCR is turned off");
            return null;
        }

        if (++context.OcrPages > _limits.MaxOcrPages)
        {
            if (context.OcrPages == _limits.MaxOcrPages + 1)
            {
                context.Problems.Add($"{name}: page {page} and later scanned pages not read (the reply's limit of {_limits.MaxOcrPages} OCR pages)");
            }

            return null;
        }

        string prefix = Path.Combine(Path.GetDirectoryName(pdfFile)!, "page" + Number(page));
        await ExternalTool.RunAsync("pdftoppm", ["-f", Number(page), "-l", Number(page), "-r", Number(_limits.OcrDpi), "-gray", "-png", "-singlefile", pdfFile, prefix], _limits.ToolTimeout, context.CancellationToken).ConfigureAwait(false);
        string image = prefix + ".png";
        try
        {
            return await ExternalTool.RunAsync("tesseract", [image, "stdout", "-l", "eng"], _limits.ToolTimeout, context.CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(image);
        }
    }

    private static void AddPages(List<(int Page, string Text)> pages, string name, string mediaType, ReadContext context, Dictionary<int, List<TextRegion>>? tablePages = null)
    {
        var text = new StringBuilder();
        var regions = new List<TextRegion>();
        foreach ((int page, string pageText) in pages)
        {
            int start = text.Length;
            if (tablePages is not null && tablePages.TryGetValue(page, out List<TextRegion>? cells))
            {
                // Table cells are regions of their own; the text around them is the page's body, in pieces (regions do not overlap).
                // Whole lines between rows are body; a row's labels and separators stay outside any region, as in a workbook.
                text.Append(pageText.TrimEnd()).Append("\n\n");
                int at = start;
                foreach (TextRegion cell in cells)
                {
                    AddBodyLines(regions, text, at, cell.Start + start, page);
                    regions.Add(cell with { Start = cell.Start + start, End = cell.End + start, Page = page });
                    at = cell.End + start;
                }

                AddBodyLines(regions, text, at, text.Length, page);

                continue;
            }

            text.Append(pageText.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()).Append("\n\n");
            regions.Add(new TextRegion(start, text.Length, RegionKind.Body, Page: page));
        }

        context.Add(new ReplyDocument(name, mediaType, text.ToString(), regions));
    }

    private static void AddBodyLines(List<TextRegion> regions, StringBuilder text, int from, int to, int page)
    {
        int first = from;
        if (from > 0 && text[from - 1] != '\n')
        {
            while (first < to && text[first] != '\n')
            {
                first++;
            }

            first++;
        }

        int last = to;
        if (to < text.Length)
        {
            while (last > first && text[last - 1] != '\n')
            {
                last--;
            }
        }

        if (last > first)
        {
            regions.Add(new TextRegion(first, last, RegionKind.Body, Page: page));
        }
    }

    private static async Task<string> WriteTempAsync(byte[] content, string fileName, ReadContext context)
    {
        string path = Path.Combine(context.TempDirectory(), fileName);
        await File.WriteAllBytesAsync(path, content, context.CancellationToken).ConfigureAwait(false);
        return path;
    }

    private static int CountLetters(string text) => text.Count(char.IsLetter);

    private static bool Garbled(string text)
    {
        if (text.Length < 40)
        {
            return false;
        }

        int odd = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse);
        return odd * 10 > text.Length;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
