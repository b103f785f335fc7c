using System.Text;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>Reads one scan file of any supported format, streaming: records are handed to a sink one by one, problems are
/// counted and located by line, and nothing is thrown for bad input.</summary>
public static class ScanFileReader
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Reads <paramref name="path"/> and hands each record to <paramref name="sink"/>.</summary>
    /// <param name="format">The format; null: tell it from the content (see <see cref="Sniff"/>).</param>
    /// <param name="fileIndex">Stored in each record's <see cref="ScanRecord.File"/>.</param>
    /// <returns>The file's report. <see cref="ScanReadReport.Fatal"/> is set when the file could not be read to its end.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ScanReadReport Read(string path, ScanFormat? format, int fileIndex, Action<ScanRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        ScanFormat? known = format;
        string? sniffProblem = null;
        if (known is null && !TrySniff(path, out known, out sniffProblem))
        {
            var unknown = new ScanReadReport(name, ScanFormat.Shodan);
            unknown.Stop(null, sniffProblem!);
            return unknown;
        }

        var report = new ScanReadReport(name, known!.Value);
        return ReadPart(() => ScanInput.Open(path), new ScanReadContext(fileIndex, sink, report, cancellationToken)) ? Conclude(report) : report;
    }

    /// <summary>Reads <paramref name="path"/> into <paramref name="grouper"/> using every core: a large uncompressed Shodan or
    /// Censys file (JSON lines) is cut at line breaks into one part per core, each part read on its own thread into its own
    /// writer of the grouper (<see cref="HostGrouper.Split"/>); any other file is read on this thread and grouped on another
    /// (<see cref="RecordFeeder"/>). Either way the grouper ends with the same records in the same order, and the report is
    /// the same as <see cref="Read"/>'s, line numbers included.</summary>
    /// <param name="progress">Called now and then with the number of records read so far from this file.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ScanReadReport ReadInto(string path, ScanFormat? format, int fileIndex, HostGrouper grouper, Action<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(grouper);
        ScanFormat? known = format ?? Sniff(path);
        int parts = known is { } f ? Parts(path, f) : 1;
        if (parts > 1)
        {
            return ReadSplit(path, known!.Value, fileIndex, grouper, parts, progress, cancellationToken);
        }

        using var feeder = new RecordFeeder(grouper);
        ScanReadReport report = Read(path, known, fileIndex, record =>
        {
            feeder.Add(record);
            if ((feeder.Count & 0xFFFF) == 0)
            {
                progress?.Invoke(feeder.Count);
            }
        }, cancellationToken);
        feeder.Complete();
        return report;
    }

    /// <summary>How many parts to read a file in at once: one per core (at most eight) for uncompressed JSON-lines files of at
    /// least <see cref="SplitBytes"/> per part; otherwise one.</summary>
    internal static int Parts(string path, ScanFormat format)
    {
        if (format is not (ScanFormat.Shodan or ScanFormat.Censys) || Environment.ProcessorCount < 2)
        {
            return 1;
        }

        try
        {
            long length = new FileInfo(path).Length;
            return length < 2 * SplitBytes || ScanInput.IsGzip(path) ? 1 : (int)Math.Min(Math.Min(Environment.ProcessorCount, 8), length / SplitBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 1; // the ordinary read reports why
        }
    }

    /// <summary>The smallest part worth a thread of its own (32 MiB, about 35,000 Shodan banners).</summary>
    internal const long SplitBytes = 32L << 20;

    internal static ScanReadReport ReadSplit(string path, ScanFormat format, int fileIndex, HostGrouper grouper, int parts, Action<long>? progress, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(path);
        long[] starts, linesBefore;
        try
        {
            (starts, linesBefore) = Cut(path, parts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var report = new ScanReadReport(name, format);
            report.Stop(null, "cannot be read: " + ex.Message);
            return report;
        }

        parts = starts.Length - 1; // fewer when the file has fewer long lines than parts
        IReadOnlyList<Action<ScanRecord>> writers = grouper.Split(parts);
        var reports = new ScanReadReport[parts];
        bool[] finished = new bool[parts];
        long read = 0;
        try
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken }, k => ReadOne(k));
        }
        catch (AggregateException ex)
        {
            // One part's failure, as the one-thread read would have thrown it (a cancellation, a bug).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        ScanReadReport whole = ScanReadReport.Concat(name, format, reports);
        return finished.All(f => f) ? Conclude(whole) : whole;

        void ReadOne(int k)
        {
            var report = new ScanReadReport(name, format);
            Action<ScanRecord> writer = writers[k];
            long mine = 0;
            var context = new ScanReadContext(fileIndex, record =>
            {
                writer(record);
                if ((++mine & 0xFFFF) == 0)
                {
                    progress?.Invoke(Interlocked.Add(ref read, 0x10000));
                }
            }, report, cancellationToken) { LinesBefore = linesBefore[k] };
            finished[k] = ReadPart(() => ScanInput.OpenRange(path, starts[k], starts[k + 1]), context);
            reports[k] = report;
        }
    }

    /// <summary>Cuts a file into at most <paramref name="parts"/> parts that start at line starts, and counts the lines before
    /// each part (both cores counting line breaks).</summary>
    private static (long[] Starts, long[] LinesBefore) Cut(string path, int parts)
    {
        using Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(path);
        long length = RandomAccess.GetLength(handle);
        var starts = new List<long> { 0 };
        byte[] buffer = new byte[1 << 16];
        for (int k = 1; k < parts; k++)
        {
            long at = Math.Max(length * k / parts, starts[^1]);
            long start = -1;
            while (start < 0 && at < length)
            {
                int n = RandomAccess.Read(handle, buffer, at);
                int newline = buffer.AsSpan(0, n).IndexOf((byte)'\n');
                start = newline >= 0 ? at + newline + 1 : -1;
                at += n;
            }

            if (start > starts[^1] && start < length)
            {
                starts.Add(start);
            }
        }

        starts.Add(length);
        long[] lines = new long[starts.Count - 1];
        Parallel.For(0, lines.Length - 1, k =>
        {
            byte[] block = new byte[1 << 20];
            long count = 0;
            for (long at = starts[k]; at < starts[k + 1];)
            {
                int n = RandomAccess.Read(handle, block.AsSpan(0, (int)Math.Min(block.Length, starts[k + 1] - at)), at);
                count += block.AsSpan(0, n).Count((byte)'\n');
                at += n;
            }

            lines[k + 1] = count;
        });
        for (int k = 1; k < lines.Length; k++)
        {
            lines[k] += lines[k - 1];
        }

        return ([.. starts], lines);
    }

    /// <returns>False when the part could not be read to its end (the report says why).</returns>
    private static bool ReadPart(Func<Stream> open, ScanReadContext context)
    {
        ScanReadReport report = context.Report;
        IScanFormatReader reader = report.Format switch
        {
            ScanFormat.Shodan => new ShodanReader(),
            ScanFormat.Censys => new CensysReader(),
            ScanFormat.Masscan => new MasscanReader(),
            ScanFormat.Nmap => new NmapReader(),
            ScanFormat.Banners => new BannerListReader(),
            _ => throw new ArgumentOutOfRangeException(nameof(context), report.Format, null),
        };
        try
        {
            using Stream stream = open();
            reader.Read(stream, context);
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            report.Stop(null, "file not found");
        }
        catch (UnauthorizedAccessException ex)
        {
            report.Stop(null, "cannot be read: " + ex.Message);
        }
        catch (InvalidDataException ex)
        {
            context.Flush();
            report.Stop(report.Lines, $"{ex.Message}; reading stopped after line {report.Lines:N0}");
        }
        catch (IOException ex)
        {
            context.Flush();
            report.Stop(report.Lines, $"read error: {ex.Message}; reading stopped after line {report.Lines:N0}");
        }

        return false;
    }

    private static ScanReadReport Conclude(ScanReadReport report)
    {
        if (report.Lines == 0 && report.Records == 0 && report.Fatal is null) // a refused file (a DTD, a broken gzip header) is not empty
        {
            report.Problem(null, "the file is empty: no records");
        }
        else if (report.Records == 0 && report.Skipped > 0 && report.Fatal is null)
        {
            report.Stop(null, $"no record could be read (all {report.Skipped:N0} skipped): is this really {report.Format.ToCode()} data? Use --format to say which format it is");
        }

        return report;
    }

    /// <summary>Tells the format of a file from its start (after decompressing gzip): <c>&lt;</c> → nmap; <c>[</c> or a record
    /// with <c>"ports"</c> → masscan; a JSON object with <c>"ip_str"</c> → shodan, with <c>"services"</c> → censys; an
    /// <c>ip:port&lt;TAB&gt;</c> line → banners. The extension <c>.xml</c> means nmap.</summary>
    public static ScanFormat? Sniff(string path) => TrySniff(path, out ScanFormat? format, out _) ? format : null;

    private static bool TrySniff(string path, out ScanFormat? format, out string? problem)
    {
        format = null;
        problem = null;
        string head;
        try
        {
            using Stream stream = ScanInput.Open(path);
            byte[] buffer = new byte[SniffBytes];
            int read = 0;
            try
            {
                for (int n; read < SniffBytes && (n = stream.Read(buffer, read, SniffBytes - read)) > 0;)
                {
                    read += n;
                }
            }
            catch (InvalidDataException)
            {
                // Truncated or damaged gzip data: sniff what came out; the real read reports the damage with its line.
            }

            head = Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "file not found";
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problem = "cannot be read: " + ex.Message;
            return false;
        }

        string firstLine = head.Split('\n', 2)[0];
        string firstData = head.Split('\n').Select(l => l.Trim('\r')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? string.Empty;
        if (head.Length == 0)
        {
            format = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? ScanFormat.Nmap : ScanFormat.Shodan; // empty: reported by the reader
        }
        else if (head[0] == '<' || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            format = ScanFormat.Nmap;
        }
        else if (head[0] == '[')
        {
            format = ScanFormat.Masscan;
        }
        else if (head[0] == '{')
        {
            format = firstLine.Contains("\"ip_str\"", StringComparison.Ordinal) || firstLine.Contains("\"_shodan\"", StringComparison.Ordinal) ? ScanFormat.Shodan
                : firstLine.Contains("\"services\"", StringComparison.Ordinal) ? ScanFormat.Censys
                : firstLine.Contains("\"ports\"", StringComparison.Ordinal) ? ScanFormat.Masscan
                : null;
        }
        else if (firstData.Contains('\t', StringComparison.Ordinal) && firstData.Split('\t')[0].Contains(':', StringComparison.Ordinal))
        {
            format = ScanFormat.Banners;
        }

        if (format is null)
        {
            problem = "cannot tell the format from the content; give --format shodan|censys|nmap|masscan|banners";
            return false;
        }

        return true;
    }

    /// <summary>True when the file starts with the gzip magic bytes.</summary>
    public static bool IsGzip(string path) => ScanInput.IsGzip(path);
}
