using System.CommandLine;
using System.Globalization;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Spectre.Console;

namespace Sightline.Cli.Commands.Exposure;

/// <summary><c>sightline exposure summary</c>.</summary>
internal static class ExposureSummaryCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "The dataset to count.", Required = true, HelpName = "NAME" };
        var by = new Option<string>("--by") { Description = "What to group devices by. vuln: each device counts under every CVE that may apply to it.", Required = true };
        by.AcceptOnlyFromAmong([.. Enum.GetValues<SummaryDimension>().Select(d => d.ToCode())]);
        var top = new Option<int>("--top") { Description = "Show the N largest groups (0: all).", DefaultValueFactory = _ => 20, HelpName = "N" };
        var maker = new Option<string?>("--maker") { Description = "Count only devices of this maker (a knowledge-base code: hikvision, dahua, uniview, axis …).", HelpName = "CODE" };
        var country = new Option<string?>("--country") { Description = "Count only hosts in this country (ISO code, e.g. GB).", HelpName = "CC" };
        var command = new Command("summary", "Count a dataset's devices by a dimension: per group, Hikvision, Dahua and other Chinese makers' devices, and the total of all " +
            "device observations in the group (identified or not, any maker). Ordered by total, largest first, then by key.") { dataset, by, top, maker, country };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            string name = parse.GetValue(dataset)!;
            if (!ExposureSummary.TryParse(parse.GetValue(by), out SummaryDimension dimension))
            {
                await error.WriteLineAsync("error: --by: unknown dimension");
                return ExitCodes.UsageError;
            }

            int limit = parse.GetValue(top);
            if (limit < 0)
            {
                await error.WriteLineAsync("error: --top: give 0 (all) or a positive number");
                return ExitCodes.UsageError;
            }

            string? makerCode = parse.GetValue(maker)?.Trim().ToLowerInvariant();
            if (makerCode is not null && DeviceKnowledgeBase.Default.Maker(makerCode) is null)
            {
                await error.WriteLineAsync($"error: --maker: unknown maker '{makerCode}' (known: {string.Join(", ", DeviceKnowledgeBase.Default.Makers.Select(m => m.Code).Order(StringComparer.Ordinal))})");
                return ExitCodes.UsageError;
            }

            string? countryCode = parse.GetValue(country)?.Trim().ToUpperInvariant();
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                if (await ExposureCommand.FindAsync(context, name, cancellationToken) is not { } found)
                {
                    return ExitCodes.BadInput;
                }

                if (found.State != DatasetState.Complete)
                {
                    await context.Error.WriteLineAsync($"warning: dataset '{found.Name}' is {ExposureCommand.Describe(found.State)}.");
                }

                var counts = await context.Get<IExposureStore>().CountAsync(found.Id, dimension, new SummaryFilter(makerCode, countryCode), cancellationToken);
                IReadOnlyList<SummaryRow> rows = ExposureSummary.Build(counts, limit);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { Dataset = found.Name, By = dimension.ToCode(), Rows = rows });
                    return ExitCodes.Ok;
                }

                long devices = counts.Sum(c => dimension == SummaryDimension.Vuln ? 0 : c.Count);
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Dataset '{found.Name}' ({found.State.ToCode()}), by {dimension.ToCode()}" +
                    $"{(makerCode is null ? string.Empty : $", maker {makerCode}")}{(countryCode is null ? string.Empty : $", country {countryCode}")}" +
                    $"{(dimension == SummaryDimension.Vuln ? string.Empty : $": {devices:N0} devices")}. Total = all device observations in the group, identified or not."));
                var table = new Table().AddColumns(dimension.ToCode(), "hikvision", "dahua", "other chinese", "total");
                foreach (var column in table.Columns.Skip(1))
                {
                    column.RightAligned();
                }

                foreach (SummaryRow row in rows)
                {
                    table.AddRow(Markup.Escape(row.Key ?? "(unknown)"), N(row.Hikvision), N(row.Dahua), N(row.OtherChinese), N(row.Total));
                }

                context.Terminal.Write(table);
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
