using System.CommandLine;
using Sightline.Core.Exposure;

namespace Sightline.Cli.Commands.Exposure;

/// <summary><c>sightline exposure import|summary|list</c>: internet-exposure datasets from scan files.</summary>
internal static class ExposureCommand
{
    public static Command Create() => new("exposure", "Internet exposure: import Shodan, Censys, nmap, masscan or banner-list files as datasets of " +
        "fingerprinted devices (one per host), then count them by country, city, organisation, network, maker, model, firmware or vulnerability.")
    {
        ExposureImportCommand.Create(),
        ExposureSummaryCommand.Create(),
        ExposureListCommand.Create(),
    };

    /// <summary>The dataset, or null after telling the user which datasets exist.</summary>
    internal static async Task<ExposureDataset?> FindAsync(CliContext context, string name, CancellationToken cancellationToken)
    {
        var store = context.Get<IExposureStore>();
        if (await store.FindAsync(name, cancellationToken) is { } dataset)
        {
            return dataset;
        }

        var known = await store.ListAsync(cancellationToken);
        await context.Error.WriteLineAsync($"error: no dataset '{name}' (datasets: {(known.Count == 0 ? "none yet; run 'sightline exposure import' first" : string.Join(", ", known.Select(d => d.Name)))})");
        return null;
    }

    internal static string Describe(DatasetState state) => state switch
    {
        DatasetState.Complete => "complete",
        DatasetState.Partial => "partial: an input could not be read to its end, so the figures are incomplete",
        _ => "importing: the import is still running or was interrupted, so the figures are incomplete; import it again",
    };
}
