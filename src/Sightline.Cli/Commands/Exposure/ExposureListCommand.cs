using System.CommandLine;
using System.Globalization;
using Sightline.Core.Exposure;
using Spectre.Console;

namespace Sightline.Cli.Commands.Exposure;

/// <summary><c>sightline exposure list</c>.</summary>
internal static class ExposureListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List exposure datasets with their device counts and whether their import is complete.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                IReadOnlyList<ExposureDataset> datasets = await context.Get<IExposureStore>().ListAsync(cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, datasets.Select(d => new
                    {
                        d.Name,
                        State = d.State.ToCode(),
                        Complete = d.State == DatasetState.Complete,
                        Devices = d.Totals.Hosts,
                        d.Totals.Hikvision,
                        d.Totals.Dahua,
                        d.Totals.OtherChinese,
                        d.Totals.Other,
                        Unidentified = d.Totals.Hosts - d.Totals.Identified,
                        d.Totals.Records,
                        d.Totals.Skipped,
                        d.Totals.TruncatedFields,
                        d.Sources,
                        d.StartedUtc,
                        d.FinishedUtc,
                    }));
                    return ExitCodes.Ok;
                }

                if (datasets.Count == 0)
                {
                    await context.Out.WriteLineAsync("No exposure datasets yet; import one with 'sightline exposure import FILE'.");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("dataset", "state", "devices", "hikvision", "dahua", "other chinese", "records", "skipped", "sources", "finished (UTC)");
                foreach (ExposureDataset d in datasets)
                {
                    table.AddRow(Markup.Escape(d.Name), d.State.ToCode(), N(d.Totals.Hosts), N(d.Totals.Hikvision), N(d.Totals.Dahua), N(d.Totals.OtherChinese),
                        N(d.Totals.Records), N(d.Totals.Skipped), Markup.Escape(d.Sources), d.FinishedUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-");
                }

                context.Terminal.Write(table);
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
