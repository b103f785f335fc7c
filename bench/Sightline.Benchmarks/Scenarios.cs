namespace Sightline.Benchmarks;

/// <summary>Whole-process benchmarks with generated data, each printing its figures. Add one by adding a case below
/// and a class of its own under Scenarios/.</summary>
internal static class Scenarios
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> All = new(StringComparer.OrdinalIgnoreCase)
    {
        ["registry"] = Registry.RegistryScenario.RunAsync,
        ["replies"] = Answers.RepliesScenario.RunAsync,
        ["exposure"] = Exposure.ExposureScenario.RunAsync,
        ["scan"] = Scan.ScanScenario.RunAsync,
        ["campaign"] = Campaigns.CampaignScenario.RunAsync,
        ["web"] = Web.WebScenario.RunAsync,
        ["shodan-generate"] = Exposure.ExposureScenario.GenerateAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !All.TryGetValue(args[0], out var scenario))
        {
            await Console.Error.WriteLineAsync($"usage: scenario NAME [args]; scenarios: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))}");
            return 2;
        }

        return await scenario(args[1..]);
    }
}
