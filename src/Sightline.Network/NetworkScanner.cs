using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;

namespace Sightline.Network;

/// <summary>What to scan.</summary>
/// <param name="Limit">A further limit every target must fall in (from <see cref="ScanScope.LimitVariable"/>); null: none.</param>
/// <param name="Discovered">Services found before probing (WS-Discovery answers, <see cref="WsDiscovery.ToRecord"/>): each joins its
/// host's records, so a device that announced itself is stored — and identified from what it announced — even if no port answers.</param>
public sealed record ScanRequest(IReadOnlyList<AddressRange> Targets, ScanScope Scope, ScanSettings Settings, string Dataset, ScanScope? Limit = null,
    IReadOnlyList<ScanRecord>? Discovered = null);

/// <summary>What a scan did.</summary>
/// <param name="Addresses">Addresses probed.</param>
/// <param name="Connections">TCP connections opened (attempted).</param>
/// <param name="MaxInFlight">The most probe steps that ran at once.</param>
/// <param name="Notes">Per host: what failed or was refused (time-outs, refused credentials), as <c>ip: port: message</c>.</param>
public sealed record ScanOutcome(string Dataset, long Addresses, ImportTotals Totals, IReadOnlyList<ExposureObservation> Observations,
    long Connections, int MaxInFlight, TimeSpan Elapsed, IReadOnlyList<string> Notes);

/// <summary>Scans the user's own network: checks every target against the scope before anything is sent, probes the hosts under
/// the global rate and concurrency limits, fingerprints each answering host into one device observation, and stores them as an
/// exposure dataset (so <c>sightline exposure summary</c> reads scan results like imported ones).</summary>
public sealed class NetworkScanner(IExposureStore store, IKnowledgeBaseOverlayStore overlays, TimeProvider time)
{
    /// <summary>The first target outside the scope (or the limit), or a target set too large, as a message; null when all are fine.
    /// Called before any packet is sent.</summary>
    public static string? Check(IReadOnlyList<AddressRange> targets, ScanScope scope, ScanScope? limit)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(scope);
        if (targets.Count == 0)
        {
            return "no target given";
        }

        UInt128 total = UInt128.Zero;
        foreach (AddressRange target in targets)
        {
            if (!scope.Contains(target))
            {
                return $"target {target} is outside the declared scope ({scope.Origin}); nothing was sent to any target";
            }

            if (limit is not null && !limit.Contains(target))
            {
                return $"target {target} is outside {ScanScope.LimitVariable} ({string.Join(", ", limit.Ranges)}); nothing was sent to any target";
            }

            total += target.Count;
            if (total > ScanSettings.MaxAddresses)
            {
                return string.Create(CultureInfo.InvariantCulture, $"the targets hold more than {ScanSettings.MaxAddresses:N0} addresses; scan a smaller network at a time");
            }
        }

        return null;
    }

    public async Task<ScanOutcome> ScanAsync(ScanRequest request, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Check(request.Targets, request.Scope, request.Limit) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var addresses = request.Targets.SelectMany(t => t.Addresses()).Distinct().ToList();
        ScanSettings settings = request.Settings;
        var stopwatch = Stopwatch.StartNew();
        using var throttle = new Throttle(settings.Rate, settings.Concurrency,
            ip => request.Scope.Contains(ip) && (request.Limit?.Contains(ip) ?? true), time);
        var prober = new DeviceProber(throttle, settings);
        var probes = new HostProbe[addresses.Count];
        int done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, addresses.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                probes[i] = await prober.ProbeAsync(addresses[i], token).ConfigureAwait(false);
                progress?.Report(Interlocked.Increment(ref done));
            }).ConfigureAwait(false);
        stopwatch.Stop();

        DeviceKnowledgeBase kb = await KnowledgeBaseLoader.LoadAsync(overlays, cancellationToken).ConfigureAwait(false);
        var fingerprinter = new ExposureFingerprinter(new DeviceIdentifier(kb));
        string seen = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var observations = new List<ExposureObservation>();
        long records = 0;
        long[] groups = new long[Enum.GetValues<MakerGroup>().Length];
        var discovered = (request.Discovered ?? []).Where(r => request.Scope.Contains(System.Net.IPAddress.Parse(r.Ip)))
            .ToLookup(r => r.Ip, StringComparer.Ordinal);
        for (int i = 0; i < probes.Length; i++)
        {
            if (discovered[probes[i].Address.ToString()].ToList() is { Count: > 0 } announced)
            {
                probes[i] = probes[i] with { Records = [.. probes[i].Records, .. announced] };
            }
        }

        foreach (HostProbe probe in probes.Where(p => p.Responded))
        {
            foreach (ScanRecord record in probe.Records)
            {
                record.Timestamp = seen;
            }

            records += probe.Records.Count;
            string ports = string.Join(',', probe.Records.Select(r => r.Port));
            ExposureObservation observation = fingerprinter.Fingerprint(probe.Records, $"scan:{probe.Address}:{ports}", probe.Probed);
            groups[(int)observation.Group]++;
            observations.Add(observation);
        }

        var totals = new ImportTotals(records, 0, 0, observations.Count, groups[(int)MakerGroup.Hikvision], groups[(int)MakerGroup.Dahua],
            groups[(int)MakerGroup.OtherChinese], groups[(int)MakerGroup.Other]);
        var notes = probes.SelectMany(p => p.Notes.Select(n => $"{p.Address}: {n}")).ToList();
        string sources = $"scan of {string.Join(' ', request.Targets)} (scope {request.Scope.Origin}; ports {string.Join(',', settings.Ports)})";
        long datasetId = await store.BeginAsync(request.Dataset, sources.Length > 2_000 ? sources[..2_000] : sources, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < observations.Count; i += 2_000)
        {
            await store.AppendAsync(datasetId, i + 1, observations.GetRange(i, Math.Min(2_000, observations.Count - i)), cancellationToken).ConfigureAwait(false);
        }

        await store.FinishAsync(datasetId, DatasetState.Complete, totals, string.Join('\n', notes.Take(20)), cancellationToken).ConfigureAwait(false);
        return new ScanOutcome(request.Dataset, addresses.Count, totals, observations, throttle.Connections, throttle.MaxInFlight, stopwatch.Elapsed, notes);
    }

    /// <summary>Parses targets (addresses, CIDR blocks, ranges), or returns the first error naming the target.</summary>
    public static IReadOnlyList<AddressRange>? ParseTargets(IEnumerable<string> texts, out string? error)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var targets = new List<AddressRange>();
        foreach (string text in texts.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!AddressRange.TryParse(text, out AddressRange? range, out error))
            {
                return null;
            }

            targets.Add(range!);
        }

        error = targets.Count == 0 ? "no target given" : null;
        return error is null ? targets : null;
    }
}
