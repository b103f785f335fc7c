using System.IO.Compression;
using Sightline.Core.Answers;

namespace Sightline.Documents;

/// <summary>Reads a reply — an e-mail with its attachments, a PDF letter, a Word document, a spreadsheet, a scan — into
/// text documents that remember where each line came from (file, page, sheet and cell).</summary>
/// <remarks>Every file is untrusted. Formats are judged from content, not names; sizes, nesting, decompression, pages,
/// cells and external tools' run time are capped (<see cref="ExtractionLimits"/>). A document that cannot be read becomes
/// a problem naming it and the reason, and the rest of the reply is still read. Thread-safe: each call has its own state.</remarks>
public sealed partial class DocumentReader(ExtractionLimits? limits = null)
{
    /// <summary>Separator between a container and what it holds in document names: <c>reply.eml › letter.pdf</c>.</summary>
    public const string NameSeparator = " › ";

    private readonly ExtractionLimits _limits = limits ?? ExtractionLimits.Default;

    public ExtractionLimits Limits => _limits;

    /// <summary>Reads one file from disk. Never throws for bad content: the returned reply carries the problems.</summary>
    public async Task<Reply> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return Failed(name, "file not found");
        }

        if (file.Length > _limits.MaxFileBytes)
        {
            return Failed(name, $"file is {Megabytes(file.Length)}, over the {Megabytes(_limits.MaxFileBytes)} limit");
        }

        byte[] content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(content, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a document held in memory; <paramref name="name"/> names it in problems and evidence.</summary>
    public async Task<Reply> ReadAsync(byte[] content, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        var context = new ReadContext(_limits, cancellationToken);
        try
        {
            await ReadAnyAsync(content, name, depth: 0, context).ConfigureAwait(false);
        }
        finally
        {
            context.Dispose();
        }

        return new Reply(name, context.Documents, context.Headers, context.Problems);
    }

    private async Task ReadAnyAsync(byte[] content, string name, int depth, ReadContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (depth > _limits.MaxDepth)
            {
                throw new ExtractionException($"nested more than {_limits.MaxDepth} levels deep; not read");
            }

            if (content.LongLength > _limits.MaxFileBytes)
            {
                throw new ExtractionException($"{Megabytes(content.LongLength)}, over the {Megabytes(_limits.MaxFileBytes)} limit");
            }

            DocumentKind format = FormatSniffer.Sniff(content, name);
            string extension = Path.GetExtension(name).ToLowerInvariant();
            if (format is DocumentKind.Text or DocumentKind.Html or DocumentKind.Email && extension is ".pdf" or ".docx" or ".xlsx" or ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff" or ".zip")
            {
                // Read it all the same, but say so: a reviewer should know the file is not what its name claims.
                context.Problems.Add($"{name}: named {extension} but is {Describe(format)}; read as such");
            }

            switch (format)
            {
                case DocumentKind.Unknown:
                    throw new ExtractionException("the file is empty");
                case DocumentKind.Binary:
                    throw new ExtractionException("not a document Sightline can read (binary content of an unknown kind)");
                case DocumentKind.LegacyOffice:
                    throw new ExtractionException("an encrypted (password-protected) Office file or a legacy .doc/.xls file; save it as .docx/.xlsx or PDF");
                case DocumentKind.Email:
                    await ReadEmailAsync(content, name, depth, context, quotedWhole: false).ConfigureAwait(false);
                    break;
                case DocumentKind.Pdf:
                    await ReadPdfAsync(content, name, context).ConfigureAwait(false);
                    break;
                case DocumentKind.Image:
                    await ReadImageAsync(content, name, context).ConfigureAwait(false);
                    break;
                case DocumentKind.Html:
                    AddHtml(TextDecoder.Decode(content), name, context);
                    break;
                case DocumentKind.Csv:
                    ReadCsv(content, name, context);
                    break;
                case DocumentKind.Zip:
                    await ReadZipAsync(content, name, depth, context).ConfigureAwait(false);
                    break;
                default:
                    AddPlain(TextDecoder.Decode(content), name, "text/plain", context);
                    break;
            }
        }
        catch (ExtractionException e)
        {
            context.Problems.Add($"{name}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or InvalidOperationException
            or ArgumentException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or NotSupportedException or OverflowException
            or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            // Parsers of hostile input throw many kinds of exceptions; each is a broken document, not a broken program.
            context.Problems.Add($"{name}: unreadable ({Describe(e)})");
        }
    }

    private static void AddPlain(string text, string name, string mediaType, ReadContext context)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        context.Add(new ReplyDocument(name, mediaType, text, QuoteSplitter.QuotedRegions(text)));
    }

    private static void AddHtml(string html, string name, ReadContext context)
    {
        (string text, IReadOnlyList<TextRegion> regions) = HtmlText.Convert(html);
        context.Add(new ReplyDocument(name, "text/html", text, regions));
    }

    private async Task ReadZipAsync(byte[] content, string name, int depth, ReadContext context)
    {
        using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        switch (FormatSniffer.SniffZip(archive))
        {
            case DocumentKind.Docx:
                CheckPackage(archive, context);
                ReadDocx(content, name, context);
                return;
            case DocumentKind.Xlsx:
                CheckPackage(archive, context);
                ReadXlsx(content, name, context);
                return;
        }

        int entries = 0;
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            string entryName = name + NameSeparator + entry.FullName;
            if (++entries > _limits.MaxArchiveEntries)
            {
                context.Problems.Add($"{name}: more than {_limits.MaxArchiveEntries} entries; the rest were not read");
                break;
            }

            byte[] bytes;
            try
            {
                bytes = ReadEntry(entry, context);
            }
            catch (ExtractionException e)
            {
                context.Problems.Add($"{entryName}: {e.Message}");
                continue;
            }
            catch (InvalidDataException e)
            {
                context.Problems.Add($"{entryName}: unreadable ({e.Message})");
                continue;
            }

            await ReadAnyAsync(bytes, entryName, depth + 1, context).ConfigureAwait(false);
        }
    }

    private byte[] ReadEntry(ZipArchiveEntry entry, ReadContext context)
    {
        long allowed = Math.Min(_limits.MaxFileBytes, context.RemainingDecompressed);
        if (entry.Length > allowed)
        {
            throw new ExtractionException($"expands to {Megabytes(entry.Length)}, over the {Megabytes(allowed)} decompression limit");
        }

        using Stream stream = entry.Open();
        byte[] bytes = ReadCapped(stream, allowed, "decompression");
        context.Decompressed(bytes.LongLength);
        return bytes;
    }

    // OOXML packages are zip files: their declared part sizes are checked before any XML is parsed.
    private static void CheckPackage(ZipArchive archive, ReadContext context)
    {
        long total = 0;
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            total += entry.Length;
            if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 1000 && entry.Length > 10_000_000)
            {
                throw new ExtractionException($"part {entry.FullName} expands {entry.Length / entry.CompressedLength}-fold (a decompression bomb?); not read");
            }
        }

        if (total > context.RemainingDecompressed)
        {
            throw new ExtractionException($"expands to {Megabytes(total)}, over the {Megabytes(context.RemainingDecompressed)} decompression limit");
        }

        context.Decompressed(total);
    }

    internal static byte[] ReadCapped(Stream stream, long limit, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new ExtractionException($"more than {Megabytes(limit)} after {what}; not read");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Reply Failed(string name, string reason) =>
        new(name, [], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), [$"{name}: {reason}"]);

    internal static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} bytes");

    private static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Html => "HTML",
        DocumentKind.Email => "an e-mail message",
        _ => "plain text",
    };

    private static string Describe(Exception e)
    {
        string message = e.Message.ReplaceLineEndings(" ");
        return message.Length > 200 ? message[..200] : message;
    }
}
