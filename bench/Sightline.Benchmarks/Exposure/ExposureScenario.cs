using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;

namespace Sightline.Benchmarks.Exposure;

/// <summary>Scenarios of the exposure import.
/// <list type="bullet">
/// <item><c>scenario shodan-generate --records N --out FILE [--seed S] [--uk]</c>: writes a synthetic Shodan download.</item>
/// <item><c>scenario exposure [--records N] [--recog-lib DIR --recog-xml DIR] [--memory-at N,N]</c>: generates N records
/// (default 1,000,000), then times, in the same run, <c>jq -r .ip_str</c> over the file, Sightline's fingerprinting of it
/// in-process (read, group by host, identify; no store), recog's matcher over the same banners (when given), and whole
/// <c>sightline exposure import</c> processes under <c>/usr/bin/time -v</c> for their peak memory.</item>
/// </list></summary>
internal static class ExposureScenario
{
    public static Task<int> GenerateAsync(string[] args)
    {
        long records = Option(args, "--records") is { } r ? long.Parse(r, CultureInfo.InvariantCulture) : 10_000;
        string output = Option(args, "--out") ?? "shodan.json";
        int seed = Option(args, "--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 2022;
        var generator = new ShodanGenerator(seed);
        long written = generator.Write(output, records, args.Contains("--uk"));
        Console.WriteLine($"wrote {written:N0} banners to {output}; hosts by kind: {string.Join(", ", generator.Truth.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value:N0}"))}");
        return Task.FromResult(0);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        long records = Option(args, "--records") is { } r ? long.Parse(r, CultureInfo.InvariantCulture) : 1_000_000;
        long[] memoryAt = (Option(args, "--memory-at") ?? $"100000,{records}").Split(',').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).Distinct().ToArray();
        string dir = Path.Combine(Path.GetTempPath(), $"sightline-bench-exposure-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            // --file FILE reuses a file written earlier by shodan-generate (no truth is printed then); --only fingerprint skips
            // jq, recog and the whole-process imports, for iterating on the in-process pass.
            string file = Option(args, "--file") ?? Path.Combine(dir, "shodan.json");
            bool only = Option(args, "--only") == "fingerprint";
            var sw = Stopwatch.StartNew();
            long written;
            if (Option(args, "--file") is null)
            {
                var generator = new ShodanGenerator(2022);
                written = generator.Write(file, records, ukOnly: false);
                Console.WriteLine($"generated {written:N0} banners in {sw.Elapsed.TotalSeconds:F1} s; " +
                    $"hosts by kind: {string.Join(", ", generator.Truth.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value:N0}"))}");
            }
            else
            {
                written = CountLines(file);
            }

            long bytes = new FileInfo(file).Length;
            Console.WriteLine($"file: {written:N0} banners, {bytes / 1e6:F0} MB, {bytes / written} bytes per line");
            Ceiling(file, written);
            if (!only)
            {
                await Measure("jq -r .ip_str FILE > /dev/null", "jq", ["-r", ".ip_str", file], written);
            }

            if (Option(args, "--only") == "parse")
            {
                ParseOnly(file, stages: false);
                return 0;
            }

            if (args.Contains("--stages"))
            {
                ParseOnly(file, stages: true);
            }

            Fingerprint(file, written);
            if (only)
            {
                return 0;
            }

            if (Option(args, "--recog-lib") is { } lib && Option(args, "--recog-xml") is { } xml)
            {
                // recog gets the same file by default; --recog-records N gives it only the first N banners (its rate is per banner).
                long recogRecords = Option(args, "--recog-records") is { } rr ? long.Parse(rr, CultureInfo.InvariantCulture) : written;
                string recogFile = recogRecords >= written ? file : Head(file, recogRecords, Path.Combine(dir, "recog-head.json"));
                string script = Path.Combine(FindRepositoryRoot(), "bench", "recog", "recog-shodan.rb");
                await Measure($"ruby bench/recog/recog-shodan.rb LIB XML FILE (first {Math.Min(recogRecords, written):N0} banners)", "ruby", [script, lib, xml, recogFile], Math.Min(recogRecords, written), echo: true);
            }
            else
            {
                Console.WriteLine("recog: skipped (give --recog-lib DIR --recog-xml DIR; see bench/README.md)");
            }

            foreach (long n in memoryAt.Order())
            {
                string part = n >= written ? file : Head(file, n, Path.Combine(dir, $"head-{n}.json"));
                await WholeProcess(part, n >= written ? written : n, Path.Combine(dir, $"bench-{n}.db"));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The ceiling: reading the file from the page cache in 1 MiB blocks and counting its line breaks (one vectorised
    /// pass, one core), and the same split over both cores.</summary>
    private static void Ceiling(string file, long written)
    {
        var sw = Stopwatch.StartNew();
        long lines = CountLines(file);
        double one = sw.Elapsed.TotalSeconds;
        sw.Restart();
        long length = new FileInfo(file).Length;
        int workers = Environment.ProcessorCount;
        long parallelLines = 0;
        Parallel.For(0, workers, w =>
        {
            using var handle = File.OpenHandle(file);
            byte[] buffer = new byte[1 << 20];
            long start = length * w / workers, end = length * (w + 1) / workers, count = 0;
            for (long at = start; at < end;)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at)), at);
                count += buffer.AsSpan(0, read).Count((byte)'\n');
                at += read;
            }

            Interlocked.Add(ref parallelLines, count);
        });
        double both = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"ceiling: reading the file and counting line breaks: {lines:N0} lines in {one:F2} s on one core ({written / one:N0} records/s), " +
            $"{both:F2} s on {workers} ({written / both:N0} records/s)");

        // The floor of any parse that checks the JSON: System.Text.Json's reader going through every token of every line, one
        // core, keeping nothing.
        sw.Restart();
        long tokens = 0;
        using (var handle = File.OpenHandle(file))
        {
            byte[] buffer = new byte[1 << 21];
            int filled = 0;
            for (long at = 0; ;)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(filled), at);
                at += read;
                filled += read;
                Span<byte> data = buffer.AsSpan(0, filled);
                int start = 0;
                for (int end; (end = data[start..].IndexOf((byte)'\n')) >= 0; start += end + 1)
                {
                    var reader = new System.Text.Json.Utf8JsonReader(data.Slice(start, end));
                    while (reader.Read())
                    {
                        tokens++;
                    }
                }

                data[start..].CopyTo(buffer);
                filled -= start;
                if (read == 0)
                {
                    break;
                }
            }
        }

        double tokenize = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"ceiling: Utf8JsonReader through every token of every line, nothing kept: {tokens:N0} tokens in {tokenize:F2} s on one core ({written / tokenize:N0} records/s)");
        CompactCeiling.Run(file, written);
    }

    private static long CountLines(string file)
    {
        using var handle = File.OpenHandle(file);
        byte[] buffer = new byte[1 << 20];
        long count = 0;
        for (long at = 0; ;)
        {
            int read = RandomAccess.Read(handle, buffer, at);
            if (read == 0)
            {
                return count;
            }

            count += buffer.AsSpan(0, read).Count((byte)'\n');
            at += read;
        }
    }

    /// <summary>Reading and parsing alone (records dropped): where the fingerprint pass's time goes.</summary>
    private static void ParseOnly(string file, bool stages)
    {
        var sw = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        ScanReadReport report = ScanFileReader.Read(file, ScanFormat.Shodan, 0, _ => { }, CancellationToken.None);
        double seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"stage: read and parse only, one thread: {report.Records:N0} records in {seconds:F1} s, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU " +
            $"({report.Records / seconds:N0} records/s), {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)report.Records:N0} bytes allocated per record");
        if (!stages)
        {
            return;
        }

        sw.Restart();
        using var grouper = new HostGrouper(report.Records);
        _ = ScanFileReader.ReadInto(file, ScanFormat.Shodan, 0, grouper, null, CancellationToken.None);

        double grouped = sw.Elapsed.TotalSeconds;
        sw.Restart();
        long hosts = 0, merged = 0;
        var evidence = new List<Sightline.Core.Devices.DeviceEvidence>();
        foreach (IReadOnlyList<ScanRecord> host in grouper.Hosts())
        {
            hosts++;
            if (hosts % 10 == 0)
            {
                evidence.Add(ExposureFingerprinter.Merge(host));
            }
        }

        double readBack = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var identifier = new DeviceIdentifier(DeviceKnowledgeBase.Default);
        foreach (var e in evidence)
        {
            merged += identifier.Identify(e).Maker is null ? 0 : 1;
        }

        double identify = sw.Elapsed.TotalSeconds;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var distinctNoAuth = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in evidence)
        {
            string rest = string.Join('\u0001', e.HttpServer, e.HtmlTitle, e.HttpBody, e.RtspServer, e.TlsSubject, e.FaviconMmh3, e.TelnetBanner, e.IsapiDeviceInfo, e.DahuaSystemInfo, e.MacAddress, e.Product, string.Join(',', e.OpenPorts));
            distinct.Add(rest + '\u0001' + e.WwwAuthenticate);
            distinctNoAuth.Add(rest);
        }

        foreach (var (label, change) in new (string, Func<Sightline.Core.Devices.DeviceEvidence, Sightline.Core.Devices.DeviceEvidence>)[]
        {
            ("as is", e => e), ("no product", e => e with { Product = null }), ("no body/isapi/magicbox", e => e with { HttpBody = null, IsapiDeviceInfo = null, DahuaSystemInfo = null }),
            ("no realm", e => e with { WwwAuthenticate = null }), ("no ports", e => e with { OpenPorts = [] }), ("only ports", e => new Sightline.Core.Devices.DeviceEvidence { OpenPorts = e.OpenPorts }),
        })
        {
            var changed = evidence.Select(change).ToList();
            sw.Restart();
            foreach (var e in changed)
            {
                merged += identifier.Identify(e).Maker is null ? 0 : 1;
            }

            Console.WriteLine($"stage: identify {label}: {changed.Count / sw.Elapsed.TotalSeconds:N0} hosts/s");
        }

        Console.WriteLine($"stage: distinct evidence among {evidence.Count:N0} hosts: {distinct.Count:N0}; without the realm: {distinctNoAuth.Count:N0}");
        Console.WriteLine($"stage: read, parse and group (spill): {grouped:F1} s; read back and group the partitions: {hosts:N0} hosts in {readBack:F1} s; " +
            $"identify one host in ten, one thread: {evidence.Count:N0} in {identify:F1} s ({evidence.Count / identify:N0} hosts/s)");
    }

    /// <summary>Read, group by host and identify, in this process, without a store: the fingerprinting throughput.</summary>
    private static void Fingerprint(string file, long written)
    {
        var fingerprinter = new ExposureFingerprinter(new DeviceIdentifier(DeviceKnowledgeBase.Default));
        _ = fingerprinter.Fingerprint([new ScanRecord { Ip = "192.0.2.1", HttpServer = "Hikvision-Webs" }], ["warm-up"]);
        var sw = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var grouper = new HostGrouper(written);
        ScanReadReport report = ScanFileReader.ReadInto(file, ScanFormat.Shodan, 0, grouper, null, CancellationToken.None);

        double read = sw.Elapsed.TotalSeconds;
        long hosts = 0;
        var groups = new long[5];
        long vulnerable = 0, kev = 0;
        foreach (var batch in ExposureImporter.FingerprintBatches(grouper, fingerprinter, ["shodan.json"], ExposureImporter.BatchSize))
        {
            foreach (ExposureObservation o in batch)
            {
                hosts++;
                groups[(int)o.Group]++;
                vulnerable += o.Vulnerabilities.Count > 0 ? 1 : 0;
                kev += o.Vulnerabilities.Any(v => v.Kev) ? 1 : 0;
            }
        }

        double total = sw.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"sightline fingerprint (in-process, no store): {report.Records:N0} records, {hosts:N0} hosts in {total:F1} s, {cpuSeconds:F1} s of CPU " +
            $"({report.Records / total:N0} records/s; reading and grouping {read:F1} s, {(grouper.Spilled ? $"spilled to {grouper.Partitions} partitions" : "in memory")}); " +
            $"hikvision {groups[0]:N0}, dahua {groups[1]:N0}, other chinese {groups[2]:N0}, other {groups[3]:N0}, unidentified {groups[4]:N0}; " +
            $"{vulnerable:N0} with vulnerabilities, {kev:N0} with a KEV-listed one");
    }

    private static async Task Measure(string label, string program, string[] arguments, long records, bool echo = false)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var sw = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.WriteLine($"{label}: cannot run {program} ({ex.Message})");
            return;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(); // jq's output is read and dropped, like > /dev/null
            string stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            string output = await stdout;
            double seconds = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"{label}: exit {process.ExitCode}, {seconds:F1} s ({records / seconds:N0} records/s)");
            if (echo || process.ExitCode != 0)
            {
                Console.WriteLine(output.Trim());
                Console.WriteLine(stderr.Trim());
            }
        }
    }

    private static async Task WholeProcess(string file, long records, string db)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "sightline.dll");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { "-v", "dotnet", cli, "--db", db, "exposure", "import", file, "--dataset", "bench", "--json" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["SIGHTLINE_SEED_REGISTRY"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        string Field(string name) => stderr.Split('\n').FirstOrDefault(l => l.Trim().StartsWith(name, StringComparison.Ordinal))?.Split(": ", 2)[1].Trim() ?? "?";
        long rssKb = long.TryParse(Field("Maximum resident set size"), CultureInfo.InvariantCulture, out long kb) ? kb : 0;
        Console.WriteLine($"whole process `sightline exposure import` (SQLite) of {records:N0} records: exit {process.ExitCode}, wall {Field("Elapsed (wall clock) time")}, " +
            $"peak RSS {rssKb / 1024.0:F0} MiB, user {Field("User time (seconds)")} s, system {Field("System time (seconds)")} s");
        if (process.ExitCode != 0)
        {
            Console.WriteLine(stderr);
        }
    }

    private static string Head(string file, long lines, string output)
    {
        using var reader = new StreamReader(file);
        using var writer = new StreamWriter(output);
        for (long i = 0; i < lines && reader.ReadLine() is { } line; i++)
        {
            writer.Write(line);
            writer.Write('\n');
        }

        return output;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
