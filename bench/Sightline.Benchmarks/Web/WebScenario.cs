using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Benchmarks.Registry;
using Sightline.Core.Answers;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Review;
using Sightline.Core.Statistics;
using Sightline.Hosting;
using Sightline.Hosting.Bodies;
using Sightline.Imports.Bodies;

namespace Sightline.Benchmarks.Web;

/// <summary><c>scenario web [--schools N] [--duration S] [--connections C] [--keep-db PATH]</c>: a SQLite store with the bundled UK registry and a
/// generated GIAS extract (N open schools, default 25,000), a published campaign over the non-school bodies with reviewed
/// evidence, then <c>sightline serve</c> as its own process and <c>wrk</c> (Debian) as another, against the home page, a search
/// and a body page. Prints requests/s and latency percentiles per page.</summary>
internal static partial class WebScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        int schools = Option(args, "--schools", 25_000);
        int duration = Option(args, "--duration", 20);
        int connections = Option(args, "--connections", 32);
        string cli = Path.Combine(AppContext.BaseDirectory, "sightline.dll");
        if (!File.Exists("/usr/bin/wrk") || !File.Exists(cli))
        {
            await Console.Error.WriteLineAsync("needs /usr/bin/wrk (apt-get install -y wrk) and sightline.dll next to the benchmark");
            return 1;
        }

        string dir = Path.Combine(Path.GetTempPath(), $"sightline-web-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string db = Path.Combine(dir, "bench.db");
        try
        {
            string body = await SeedAsync(db, dir, schools);
            Console.WriteLine(await MeasureSearchIndexAsync(db));
            int port = FreePort();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { cli, "--db", db, "serve", "--urls", $"http://127.0.0.1:{port}" })
            {
                start.ArgumentList.Add(a);
            }

            // The public rate limit (300 a minute per address) would turn most of the load into 429s; the benchmark measures the pages.
            start.Environment["Sightline__RateLimit__PerMinute"] = "1000000000";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["SIGHTLINE_SEED_REGISTRY"] = "0";
            using var server = Process.Start(start)!;
            server.OutputDataReceived += (_, _) => { };
            server.ErrorDataReceived += (_, _) => { };
            server.BeginOutputReadLine();
            server.BeginErrorReadLine();
            try
            {
                string root = $"http://127.0.0.1:{port}";
                await WaitUntilUpAsync(root);
                Console.WriteLine($"server: sightline serve (SQLite, {schools:N0} generated schools + the bundled UK registry), pid {server.Id}; load: wrk -t2 -c{connections} -d{duration}s --latency");
                Console.WriteLine("| page | URL | requests/s | p50 | p99 | non-2xx |");
                Console.WriteLine("|---|---|---|---|---|---|");
                foreach (var (name, path) in new[] { ("home", "/"), ("search", "/bodies?q=manchester"), ("search (htmx fragment)", "/bodies?q=st+marys"), ("body page", $"/bodies/{body}"), ("API search", "/api/bodies?q=leeds") })
                {
                    var headers = name.Contains("htmx", StringComparison.Ordinal) ? new[] { "-H", "HX-Request: true" } : [];
                    await RunWrkAsync(root + path, 2, connections, 3, headers); // warm-up
                    string output = await RunWrkAsync(root + path, 2, connections, duration, headers);
                    Console.WriteLine($"| {name} | `{path}` | {Grab(output, RequestsPattern())} | {Grab(output, P50Pattern())} | {Grab(output, P99Pattern())} | {(NonSuccessPattern().Match(output) is { Success: true } m ? m.Groups[1].Value : "0")} |");
                }
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (OptionText(args, "--keep-db") is { } keep)
            {
                File.Copy(db, keep, overwrite: true);
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Creates the store; returns the id of the body page to load (a police force with a published result and evidence).</summary>
    private static async Task<string> SeedAsync(string db, string dir, int schools)
    {
        var services = new ServiceCollection().AddSightline(new SightlineOptions { Database = new DatabaseTarget(DatabaseEngine.Sqlite, db) }).BuildServiceProvider();
        await using (services)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var startup = await scope.ServiceProvider.GetRequiredService<SightlineStartup>().PrepareAsync(seedNewStore: true, CancellationToken.None);
                if (!startup.Ok)
                {
                    throw new InvalidOperationException(startup.Error);
                }

                string gias = GiasGenerator.Write(Path.Combine(dir, "gias.csv"), (int)(schools / 0.3456));
                await scope.ServiceProvider.GetRequiredService<BodyImporter>().ImportFileAsync(gias, BodyFileFormat.Gias, new Dictionary<string, string>(), CancellationToken.None);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var bodies = scope.ServiceProvider.GetRequiredService<IBodyStore>();
                var targets = new List<Body>();
                foreach (Sector sector in new[] { Sector.Council, Sector.Police, Sector.NhsTrust, Sector.University, Sector.FeCollege, Sector.Government })
                {
                    targets.AddRange((await bodies.SearchAsync(new BodyQuery { Sector = sector, Limit = BodyQuery.MaxLimit }, CancellationToken.None)).Bodies);
                }

                var results = targets.Select((b, i) => new CodedResult(b.Id.Value, b.Name, b.Sector, b.Nation, b.Region,
                    (i % 7) switch { 0 => ResultOutcome.Refused, 1 => ResultOutcome.NoResponse, _ => ResultOutcome.Answered },
                    i % 3 == 0 ? Finding.Yes : Finding.No, i % 5 == 0 ? Finding.Yes : Finding.No, Finding.Unknown,
                    i % 4 == 0 ? new HashSet<Capability> { Capability.FaceDetection } : [], new HashSet<Capability>(), [], null, null, null)).ToList();
                await scope.ServiceProvider.GetRequiredService<IResultStore>().ReplaceAsync("cctv-bench", "benchmark", results, CancellationToken.None);

                Body force = targets.First(b => b.Sector == Sector.Police);
                const string text = "The force operates 40 cameras made by Hikvision across its estate.\n\nKind regards,\nA. Officer";
                var reviews = scope.ServiceProvider.GetRequiredService<IReviewStore>();
                var id = await reviews.AddAsync(new NewProposedCoding("cctv-bench", force.Id.Value, force.Name, "reply.txt", text,
                    new AnswerCoding("answer", "answered", "yes", "no", "unknown", [], [], [], 40, null, [], [new CodingEvidence("hikvision", "yes", text[..66], "reply.txt", 0, 66, null, null, null)], 0.9)), CancellationToken.None);
                await reviews.DecideAsync([new ReviewDecision(id, ReviewAction.Accept, null, "bench@example.test", null)], DateTimeOffset.UnixEpoch, CancellationToken.None);
                return force.Id.Value;
            }
        }
    }

    /// <summary>What the web's registry search index (<see cref="BodySearch"/>) costs over this store: the time to read and build
    /// it, the managed memory it keeps (the bodies with their identifiers and tags included), and one search from it.</summary>
    private static async Task<string> MeasureSearchIndexAsync(string db)
    {
        var services = new ServiceCollection().AddSightline(new SightlineOptions { Database = new DatabaseTarget(DatabaseEngine.Sqlite, db) }).BuildServiceProvider();
        await using (services)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                // Warm the EF model and the connection pool, so that only the index is counted below.
                await scope.ServiceProvider.GetRequiredService<IBodyStore>().GetRevisionAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<IBodyStore>().FindAsync(BodyId.For(Sector.Police, "avon-and-somerset"), CancellationToken.None);
            }

            var search = services.GetRequiredService<BodySearch>();
            long before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            await search.RefreshAsync(CancellationToken.None);
            watch.Stop();
            BodySearchIndex index = await search.CurrentAsync(CancellationToken.None);
            long after = GC.GetTotalMemory(forceFullCollection: true);
            var queries = new[] { "manchester", "st marys", "leeds", "s", "E08000003" }.Select(q => new BodyQuery { Text = q, Limit = 50 }).ToArray();
            var searchWatch = Stopwatch.StartNew();
            const int rounds = 200;
            for (int i = 0; i < rounds; i++)
            {
                foreach (BodyQuery query in queries)
                {
                    index.Search(query);
                }
            }

            double micro = searchWatch.Elapsed.TotalMicroseconds / (rounds * queries.Length);
            GC.KeepAlive(search);
            return string.Create(CultureInfo.InvariantCulture,
                $"search index: {index.Count:N0} bodies, {index.WordCount:N0} distinct name words; read and built in {watch.ElapsedMilliseconds:N0} ms; {(after - before) / 1048576.0:N1} MB kept (bodies, identifiers and tags included); one search (50 rows) {micro:N0} µs");
        }
    }

    private static async Task<string> RunWrkAsync(string url, int threads, int connections, int seconds, string[] extra)
    {
        var start = new ProcessStartInfo("/usr/bin/wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency" }.Concat(extra).Append(url))
        {
            start.ArgumentList.Add(a);
        }

        using var wrk = Process.Start(start)!;
        string output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return output;
    }

    private static async Task WaitUntilUpAsync(string root)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (int i = 0; i < 300; i++)
        {
            try
            {
                using var response = await client.GetAsync(root + "/about");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The server did not start.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Grab(string output, Regex pattern) => pattern.Match(output) is { Success: true } m ? m.Groups[1].Value : "?";

    private static string? OptionText(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"^\s+50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P50Pattern();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P99Pattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessPattern();
}
