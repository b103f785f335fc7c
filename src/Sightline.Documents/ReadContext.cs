using Sightline.Core.Answers;

namespace Sightline.Documents;

/// <summary>The state of reading one reply: what has been read, what failed, and how much of the budget is left.</summary>
internal sealed class ReadContext(ExtractionLimits limits, CancellationToken cancellationToken) : IDisposable
{
    private string? _tempDirectory;
    private long _decompressed;
    private int _chars;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<ReplyDocument> Documents { get; } = [];

    public List<string> Problems { get; } = [];

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int OcrPages { get; set; }

    public long RemainingDecompressed => Math.Max(0, limits.MaxDecompressedBytes - _decompressed);

    public void Decompressed(long bytes) => _decompressed += bytes;

    public void Add(ReplyDocument document)
    {
        if (_chars + document.Text.Length > limits.MaxTextChars)
        {
            int keep = Math.Max(0, limits.MaxTextChars - _chars);
            Problems.Add($"{document.Name}: text cut at {keep:N0} characters (the reply's {limits.MaxTextChars:N0}-character limit)");
            document = document with
            {
                Text = document.Text[..keep],
                Regions = [.. document.Regions.Where(r => r.Start < keep).Select(r => r with { End = Math.Min(r.End, keep) })],
            };
        }

        _chars += document.Text.Length;
        Documents.Add(document);
    }

    /// <summary>A private directory for files handed to external tools; removed when the reply is done.</summary>
    public string TempDirectory()
    {
        if (_tempDirectory is null)
        {
            _tempDirectory = Path.Combine(Path.GetTempPath(), "sightline-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_tempDirectory);
        }

        return _tempDirectory;
    }

    public void Dispose()
    {
        if (_tempDirectory is not null && Directory.Exists(_tempDirectory))
        {
            Directory.Delete(_tempDirectory, recursive: true);
        }
    }
}
