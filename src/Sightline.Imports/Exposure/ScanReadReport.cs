using Sightline.Imports.Tabular;

namespace Sightline.Imports.Exposure;

/// <summary>What reading one scan file gave: records kept, records skipped and why, fields cut, and the problem that stopped
/// the reading early, if one did.</summary>
public sealed class ScanReadReport(string file, ScanFormat format)
{
    /// <summary>Problems kept per file for display; the rest are counted in <see cref="ProblemCount"/>.</summary>
    public const int MaxProblemsKept = 100;

    private readonly List<ImportProblem> _problems = [];

    public string File => file;

    public ScanFormat Format => format;

    /// <summary>Lines (or, for XML, host elements) read.</summary>
    public long Lines { get; internal set; }

    /// <summary>Records kept: services of hosts.</summary>
    public long Records { get; internal set; }

    /// <summary>Malformed records skipped.</summary>
    public long Skipped { get; internal set; }

    /// <summary>Field values cut to <see cref="Sightline.Core.Exposure.ScanRecord.MaxFieldLength"/> characters.</summary>
    public long TruncatedFields { get; internal set; }

    /// <summary>The first <see cref="MaxProblemsKept"/> problems, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems => _problems;

    public long ProblemCount { get; private set; }

    /// <summary>The problem that stopped reading before the end of the file (a truncated gzip stream, broken XML, a file that
    /// cannot be opened); null when the file was read to its end.</summary>
    public ImportProblem? Fatal { get; private set; }

    public bool Clean => ProblemCount == 0 && Fatal is null;

    /// <summary>The report of a file read in consecutive parts, as if it had been read in one go.</summary>
    internal static ScanReadReport Concat(string file, ScanFormat format, IReadOnlyList<ScanReadReport> parts)
    {
        var whole = new ScanReadReport(file, format);
        foreach (ScanReadReport part in parts)
        {
            whole.Lines = Math.Max(whole.Lines, part.Lines);
            whole.Records += part.Records;
            whole.Skipped += part.Skipped;
            whole.TruncatedFields += part.TruncatedFields;
            whole.ProblemCount += part.ProblemCount;
            whole._problems.AddRange(part._problems.Take(MaxProblemsKept - whole._problems.Count));
            whole.Fatal ??= part.Fatal;
        }

        return whole;
    }

    internal void Problem(long? line, string message)
    {
        ProblemCount++;
        if (_problems.Count < MaxProblemsKept)
        {
            _problems.Add(new ImportProblem(file, line is null ? null : (int)Math.Min(line.Value, int.MaxValue), null, message));
        }
    }

    internal void Skip(long line, string message)
    {
        Skipped++;
        Problem(line, message + "; record skipped");
    }

    internal void Stop(long? line, string message)
    {
        Fatal = new ImportProblem(file, line is null ? null : (int)Math.Min(line.Value, int.MaxValue), null, message);
        ProblemCount++;
        if (_problems.Count < MaxProblemsKept)
        {
            _problems.Add(Fatal);
        }
    }
}
