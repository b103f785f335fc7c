namespace Sightline.Documents;

/// <summary>Caps that keep a hostile or broken file from exhausting the machine. Every document of a reply, including
/// attachments, attached messages and archive entries, counts against the same budget.</summary>
public sealed record ExtractionLimits
{
    /// <summary>Largest file (or attachment) read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Bytes that may be produced by decoding and decompressing (MIME parts, zip entries, OOXML parts) for one reply.</summary>
    public long MaxDecompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>How deep attachments may nest: a message with a zip holding a message is depth 2.</summary>
    public int MaxDepth { get; init; } = 5;

    /// <summary>Entries read from one archive.</summary>
    public int MaxArchiveEntries { get; init; } = 500;

    /// <summary>Pages read from one PDF.</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>Pages or images sent to OCR for one reply (OCR takes seconds a page).</summary>
    public int MaxOcrPages { get; init; } = 40;

    /// <summary>Spreadsheet or CSV cells read from one file.</summary>
    public int MaxCells { get; init; } = 500_000;

    /// <summary>Characters of text kept for one reply.</summary>
    public int MaxTextChars { get; init; } = 10_000_000;

    /// <summary>Longest run of one external tool (pdftotext, pdftoppm, tesseract) before it is killed.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether scans are read with OCR; without it, image-only pages are reported as unread.</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>Resolution at which PDF pages are rasterised for OCR.</summary>
    public int OcrDpi { get; init; } = 300;

    public static ExtractionLimits Default { get; } = new();
}
