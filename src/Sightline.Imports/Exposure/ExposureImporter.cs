using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Exposure;

/// <summary>What to import.</summary>
/// <param name="Format">The format of every file; null: tell each file's format from its content.</param>
/// <param name="Strict">Any malformed record, cut field or unreadable part makes the import fail with nothing stored.</param>
public sealed record ExposureImportRequest(IReadOnlyList<string> Files, ScanFormat? Format, string Dataset, bool Strict);

/// <summary>What an import did.</summary>
/// <param name="Stored">False when nothing was stored (a file was missing or of unknown format, or <c>--strict</c> met a problem).</param>
/// <param name="State">The dataset's state when stored.</param>
public sealed record ExposureImportOutcome(string Dataset, bool Stored, DatasetState? State, ImportTotals Totals, IReadOnlyList<ScanReadReport> Files)
{
    public long ProblemCount => Files.Sum(f => f.ProblemCount);

    public IEnumerable<ImportProblem> Problems => Files.SelectMany(f => f.Problems);
}

/// <summary>Imports scan files as one dataset: reads every file streaming, groups the records by host (see
/// <see cref="HostGrouper"/>), fingerprints each host once, and stores the observations in batches.</summary>
/// <remarks>The dataset is replaced only once all files have been read, so a <c>--strict</c> failure, files that give not one
/// record, or an interruption while reading leave any earlier dataset of that name as it was. From then on it is in state <see cref="DatasetState.Importing"/>
/// until the last batch is stored; an interruption leaves it visibly incomplete, and importing again replaces it.</remarks>
public sealed class ExposureImporter(IExposureStore store, IKnowledgeBaseOverlayStore overlays)
{
    public const int BatchSize = 2_000;
    private const int StoredProblems = 20;

    /// <summary>Reports progress: records read in the first phase, hosts stored in the second.</summary>
    public async Task<ExposureImportOutcome> ImportAsync(ExposureImportRequest request, IProgress<(string Phase, long Count)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = request.Files.Select(Path.GetFileName).Select(n => n ?? "?").ToList();
        var reports = new List<ScanReadReport>();

        // Check every file before reading any, so that a typo costs nothing.
        var formats = new List<ScanFormat>();
        foreach (string path in request.Files)
        {
            ScanFormat? format = request.Format;
            string? problem = !File.Exists(path) ? "file not found"
                : format is null && (format = ScanFileReader.Sniff(path)) is null ? "cannot tell the format from the content; give --format shodan|censys|nmap|masscan|banners"
                : null;
            if (problem is not null)
            {
                var report = new ScanReadReport(Path.GetFileName(path), request.Format ?? ScanFormat.Shodan);
                report.Stop(null, problem);
                reports.Add(report);
            }
            else
            {
                formats.Add(format!.Value);
            }
        }

        if (reports.Count > 0)
        {
            return new ExposureImportOutcome(request.Dataset, false, null, Empty, reports);
        }

        long expected = request.Files.Sum(f => new FileInfo(f).Length * (ScanFileReader.IsGzip(f) ? 8 : 1) / 800);
        using var grouper = new HostGrouper(expected);
        long before = 0;
        for (int i = 0; i < request.Files.Count; i++)
        {
            int file = i;
            long earlier = before;
            ScanReadReport report = await Task.Run(() => ScanFileReader.ReadInto(request.Files[file], formats[file], file, grouper,
                read => progress?.Report(("read", earlier + read)), cancellationToken), cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            before += report.Records;
        }

        long records = reports.Sum(r => r.Records), skipped = reports.Sum(r => r.Skipped), truncated = reports.Sum(r => r.TruncatedFields);
        bool problems = reports.Any(r => r.ProblemCount > 0 || r.TruncatedFields > 0);
        // Not one record (empty files, a refused or unreadable file): an empty dataset would only replace an earlier one of the
        // same name with nothing.
        if ((request.Strict && problems) || records == 0)
        {
            return new ExposureImportOutcome(request.Dataset, false, null, Empty with { Records = records, Skipped = skipped, TruncatedFields = truncated }, reports);
        }

        DeviceKnowledgeBase kb = await KnowledgeBaseLoader.LoadAsync(overlays, cancellationToken).ConfigureAwait(false);
        var fingerprinter = new ExposureFingerprinter(new DeviceIdentifier(kb));
        string sources = string.Join("; ", reports.Select(r => $"{r.File} ({r.Format.ToCode()})"));
        long datasetId = await store.BeginAsync(request.Dataset, sources, cancellationToken).ConfigureAwait(false);

        long hosts = 0;
        long[] groups = new long[Enum.GetValues<MakerGroup>().Length];
        var batch = new List<ExposureObservation>(BatchSize);
        Task pending = Task.CompletedTask;
        int firstNumber = 1;
        foreach (IReadOnlyList<ExposureObservation> observations in FingerprintBatches(grouper, fingerprinter, files, BatchSize))
        {
            foreach (ExposureObservation observation in observations)
            {
                groups[(int)observation.Group]++;
            }

            hosts += observations.Count;
            batch.AddRange(observations);
            if (batch.Count >= BatchSize)
            {
                // Store one batch while the next is fingerprinted; the store sees one batch at a time.
                await pending.ConfigureAwait(false);
                pending = Append(datasetId, firstNumber, batch, cancellationToken);
                firstNumber += batch.Count;
                batch = new List<ExposureObservation>(BatchSize);
                progress?.Report(("stored", hosts));
            }
        }

        await pending.ConfigureAwait(false);
        if (batch.Count > 0)
        {
            await store.AppendAsync(datasetId, firstNumber, batch, cancellationToken).ConfigureAwait(false);
        }

        var totals = new ImportTotals(records, skipped, truncated, hosts, groups[(int)MakerGroup.Hikvision], groups[(int)MakerGroup.Dahua],
            groups[(int)MakerGroup.OtherChinese], groups[(int)MakerGroup.Other]);
        DatasetState state = reports.Any(r => r.Fatal is not null) ? DatasetState.Partial : DatasetState.Complete;
        string stored = string.Join('\n', reports.SelectMany(r => r.Problems).Take(StoredProblems).Select(p => p.ToString()));
        await store.FinishAsync(datasetId, state, totals, stored, cancellationToken).ConfigureAwait(false);
        return new ExposureImportOutcome(request.Dataset, true, state, totals, reports);
    }

    /// <summary>Fingerprints the grouper's hosts in batches, each batch on every core, keeping the hosts' order. The next
    /// batch of hosts is read from the grouper (its partition files) on another thread meanwhile; at most two wait.</summary>
    public static IEnumerable<IReadOnlyList<ExposureObservation>> FingerprintBatches(HostGrouper grouper, ExposureFingerprinter fingerprinter, IReadOnlyList<string> files, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(grouper);
        ArgumentNullException.ThrowIfNull(fingerprinter);
        using var batches = new System.Collections.Concurrent.BlockingCollection<List<IReadOnlyList<ScanRecord>>>(boundedCapacity: 2);
        using var stop = new CancellationTokenSource();
        Task producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var hosts = new List<IReadOnlyList<ScanRecord>>(batchSize);
                foreach (IReadOnlyList<ScanRecord> host in grouper.Hosts())
                {
                    hosts.Add(host);
                    if (hosts.Count == batchSize)
                    {
                        batches.Add(hosts, stop.Token);
                        hosts = new List<IReadOnlyList<ScanRecord>>(batchSize);
                    }
                }

                if (hosts.Count > 0)
                {
                    batches.Add(hosts, stop.Token);
                }
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (List<IReadOnlyList<ScanRecord>> hosts in batches.GetConsumingEnumerable())
            {
                yield return Fingerprint(hosts, fingerprinter, files);
            }
        }
        finally
        {
            stop.Cancel(); // the consumer stopped early (an error, a cancelled import): let the producer finish
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // expected after Cancel
            }
        }
    }

    private static ExposureObservation[] Fingerprint(List<IReadOnlyList<ScanRecord>> hosts, ExposureFingerprinter fingerprinter, IReadOnlyList<string> files)
    {
        var observations = new ExposureObservation[hosts.Count];
        Parallel.For(0, hosts.Count, i => observations[i] = fingerprinter.Fingerprint(hosts[i], files));
        return observations;
    }

    private static ImportTotals Empty => new(0, 0, 0, 0, 0, 0, 0, 0);

    private Task Append(long datasetId, int firstNumber, List<ExposureObservation> batch, CancellationToken cancellationToken) =>
        Task.Run(() => store.AppendAsync(datasetId, firstNumber, batch, cancellationToken), cancellationToken);
}
