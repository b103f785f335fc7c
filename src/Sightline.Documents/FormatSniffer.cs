using System.IO.Compression;

namespace Sightline.Documents;

/// <summary>Decides what a file is from its first bytes, then from its name only where content cannot tell (CSV is text).</summary>
internal static class FormatSniffer
{
    private static readonly string[] EmailHeaders =
        ["from:", "to:", "subject:", "date:", "received:", "return-path:", "mime-version:", "message-id:", "delivered-to:", "x-", "content-type:", "reply-to:", "sender:", "cc:", "in-reply-to:", "references:", "auto-submitted:", "thread-", "dkim-signature:", "arc-", "authentication-results:"];

    public static DocumentKind Sniff(ReadOnlySpan<byte> content, string name)
    {
        if (content.IsEmpty)
        {
            return DocumentKind.Unknown;
        }

        ReadOnlySpan<byte> head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DocumentKind.Zip;
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return DocumentKind.LegacyOffice;
        }

        if (head.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }) || head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
            || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) || head.StartsWith("GIF8"u8) || head.StartsWith("BM"u8))
        {
            return DocumentKind.Image;
        }

        int zeros = 0;
        foreach (byte b in head)
        {
            zeros += b == 0 ? 1 : 0;
        }

        bool utf16 = head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF });
        if (zeros > 0 && !utf16)
        {
            return DocumentKind.Binary;
        }

        string start = TextDecoder.Decode(content[..Math.Min(content.Length, 4096)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (LooksLikeEmail(start))
        {
            return DocumentKind.Email;
        }

        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && start.Contains("<body", StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentKind.Html;
        }

        string extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".csv" => DocumentKind.Csv,
            ".html" or ".htm" when start.Contains('<', StringComparison.Ordinal) => DocumentKind.Html,
            _ => DocumentKind.Text,
        };
    }

    /// <summary>Tells a Word document, a workbook and a plain archive apart by their parts.</summary>
    public static DocumentKind SniffZip(ZipArchive archive)
    {
        bool contentTypes = false, word = false, excel = false;
        foreach (ZipArchiveEntry entry in archive.Entries.Take(10_000))
        {
            contentTypes |= entry.FullName.Equals("[Content_Types].xml", StringComparison.Ordinal);
            word |= entry.FullName.Equals("word/document.xml", StringComparison.Ordinal);
            excel |= entry.FullName.Equals("xl/workbook.xml", StringComparison.Ordinal);
        }

        return (contentTypes, word, excel) switch
        {
            (true, true, _) => DocumentKind.Docx,
            (true, _, true) => DocumentKind.Xlsx,
            _ => DocumentKind.Zip,
        };
    }

    private static bool LooksLikeEmail(string start)
    {
        // A message starts with header fields; the first line at least must be one, and one of the first few must be a
        // header a mail program writes (a letter that starts "To: the Information Officer" is not an e-mail).
        string[] lines = start.Split('\n', 12);
        int headers = 0;
        for (int i = 0; i < Math.Min(lines.Length - 1, 10); i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Any(c => c is ' ' or '\t'))
            {
                return false;
            }

            string field = line[..(colon + 1)].ToLowerInvariant();
            headers += EmailHeaders.Any(h => field.StartsWith(h, StringComparison.Ordinal)) ? 1 : 0;
        }

        return headers >= 2;
    }
}
