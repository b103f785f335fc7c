using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Hosting;
using Sightline.Imports.Bodies;
using Sightline.Storage;

namespace Sightline.Benchmarks.Registry;

/// <summary><c>scenario registry [--schools N] [--postgres CONNECTION-STRING]</c>: times importing the bundled UK registry into
/// a fresh store, importing a generated GIAS extract, and registry searches (in-process and as whole <c>sightline</c> runs).</summary>
internal static class RegistryScenario
{
    private static readonly string[] Queries = ["manchester", "st marys", "police", "academy leeds", "E08000003", "university of", "zz-no-match"];

    public static async Task<int> RunAsync(string[] args)
    {
        int schools = OptionValue(args, "--schools") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 25_000;
        string dir = Path.Combine(Path.GetTempPath(), $"sightline-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string gias = GiasGenerator.Write(Path.Combine(dir, "gias.csv"), (int)(schools / 0.3456)); // about 35% of generated rows are open secondary maintained schools or academies
            await RunEngineAsync("sqlite", new DatabaseTarget(DatabaseEngine.Sqlite, Path.Combine(dir, "bench.db")), gias);
            if (OptionValue(args, "--postgres") is { } pg)
            {
                await RunEngineAsync("postgresql", new DatabaseTarget(DatabaseEngine.Postgres, pg), gias);
            }

            await WholeProcessAsync(Path.Combine(dir, "bench.db"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task RunEngineAsync(string engine, DatabaseTarget target, string gias)
    {
        var services = new ServiceCollection().AddSightline(new SightlineOptions { Database = target }).BuildServiceProvider();
        await using (services)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var migration = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                if (migration is MigrationResult.Failed failed)
                {
                    throw new InvalidOperationException(failed.Reason);
                }
            }

            _ = UkRegistry.Load(); // parse once so the figure is the store's work plus validation, as on a warm process
            var sw = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                var summaries = await scope.ServiceProvider.GetRequiredService<BodyImporter>().ImportUkAsync(CancellationToken.None);
                Console.WriteLine($"[{engine}] import bundled UK registry into a fresh store: {summaries.Sum(s => s.Added):N0} bodies in {sw.Elapsed.TotalSeconds:F2} s");
            }

            sw.Restart();
            await using (var scope = services.CreateAsyncScope())
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<BodyImporter>().ImportFileAsync(gias, BodyFileFormat.Gias, new Dictionary<string, string>(), CancellationToken.None);
                int added = outcome is BodyImportOutcome.Imported ok ? ok.Summaries.Sum(s => s.Added) : throw new InvalidOperationException("GIAS import rejected");
                Console.WriteLine($"[{engine}] import GIAS extract: {added:N0} schools in {sw.Elapsed.TotalSeconds:F2} s");
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<IBodyStore>();
                var counts = await store.CountBySectorAsync(CancellationToken.None);
                Console.WriteLine($"[{engine}] store holds {counts.Values.Sum():N0} active bodies");
                foreach (string query in Queries)
                {
                    await store.SearchAsync(new BodyQuery { Text = query, Limit = 100 }, CancellationToken.None); // warm-up
                    const int Runs = 50;
                    var times = new List<double>(Runs);
                    int total = 0;
                    for (int i = 0; i < Runs; i++)
                    {
                        sw.Restart();
                        total = (await store.SearchAsync(new BodyQuery { Text = query, Limit = 100 }, CancellationToken.None)).Total;
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    }

                    times.Sort();
                    Console.WriteLine($"[{engine}] search '{query}': {total:N0} matches, median {times[Runs / 2]:F2} ms, p95 {times[(int)(Runs * 0.95)]:F2} ms");
                }
            }
        }
    }

    private static async Task WholeProcessAsync(string db)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "sightline.dll");
        if (!File.Exists(cli))
        {
            Console.WriteLine("(whole-process timing skipped: sightline.dll not next to the benchmark)");
            return;
        }

        var times = new List<double>();
        for (int i = 0; i < 5; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { cli, "--db", db, "bodies", "list", "--query", "st marys", "--json" })
            {
                start.ArgumentList.Add(a);
            }

            var sw = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"[sqlite] whole process `sightline bodies list --query \"st marys\" --json`: median {times[2]:F0} ms (min {times[0]:F0}, max {times[4]:F0}) over 5 runs");
    }

    private static string? OptionValue(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
