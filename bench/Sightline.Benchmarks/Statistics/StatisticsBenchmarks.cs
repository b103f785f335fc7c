using BenchmarkDotNet.Attributes;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;
using Sightline.Reports;

namespace Sightline.Benchmarks.Statistics;

/// <summary>Statistics over 50,000 bodies (each with 3 maker codes and up to 22 capability codes: over 500,000 coded values),
/// and writing a full report (HTML, CSV, XLSX, PNG/SVG charts, map) from them.
/// Run: dotnet run -c Release --project bench/Sightline.Benchmarks -- --filter '*StatisticsBenchmarks*' --job short --inProcess</summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private CodedResult[] _results = [];
    private string _directory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        Finding F() => (Finding)random.Next(3);
        _results = [.. Enumerable.Range(0, 50_000).Select(i =>
        {
            Nation nation = (Nation)random.Next(4);
            Region? region = nation == Nation.England ? (Region)random.Next(9) : null;
            var caps = Capabilities.All.Where(_ => random.Next(4) == 0).ToHashSet();
            return new CodedResult($"b{i}", $"Body {i}", (Sector)random.Next(8), nation, region, (ResultOutcome)random.Next(7), F(), F(), F(),
                caps, caps.Where(_ => random.Next(2) == 0).ToHashSet(), [], null, null, null);
        })];
        _directory = Path.Combine(Path.GetTempPath(), $"sightline-bench-report-{Guid.NewGuid():N}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Coded values in the data set (maker findings plus capability has/uses flags).</summary>
    public int CodedValues => _results.Length * (3 + (2 * Capabilities.All.Count));

    [Benchmark(Description = "stats by sector and region, 50,000 bodies")]
    public int StatsBySectorAndRegion() => StatisticsCalculator.Compute(_results, [GroupDimension.Sector, GroupDimension.Region], Denominator.Answered).Count;

    [Benchmark(Description = "full report (no PDF), 50,000 bodies")]
    public async Task<int> Report() => (await ReportWriter.WriteAsync("bench", _results, Denominator.Answered, _directory, pdf: false, CancellationToken.None)).All.Count;
}
