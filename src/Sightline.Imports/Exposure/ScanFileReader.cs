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
        IScanFormatReader reader = known switch
        {
            ScanFormat.Shodan => new ShodanReader(),
            ScanFormat.Censys => new CensysReader(),
            ScanFormat.Masscan => new MasscanReader(),
            ScanFormat.Nmap => new NmapReader(),
            ScanFormat.Banners => new BannerListReader(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        var context = new ScanReadContext(fileIndex, sink, report, cancellationToken);
        try
        {
            using Stream stream = ScanInput.Open(path);
            reader.Read(stream, context);
        }
        catch (FileNotFoundException)
        {
            report.Stop(null, "file not found");
            return report;
        }
        catch (DirectoryNotFoundException)
        {
            report.Stop(null, "file not found");
            return report;
        }
        catch (UnauthorizedAccessException ex)
        {
            report.Stop(null, "cannot be read: " + ex.Message);
            return report;
        }
        catch (InvalidDataException ex)
        {
            context.Flush();
            report.Stop(report.Lines, $"{ex.Message}; reading stopped after line {report.Lines:N0}");
            return report;
        }
        catch (IOException ex)
        {
            context.Flush();
            report.Stop(report.Lines, $"read error: {ex.Message}; reading stopped after line {report.Lines:N0}");
            return report;
        }

        if (report.Lines == 0 && report.Records == 0)
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
