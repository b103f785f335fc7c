using System.CommandLine;
using Sightline.Imports.Results;
using Sightline.Imports.Tabular;

namespace Sightline.Cli.Commands.Statistics;

/// <summary><c>sightline results import</c>.</summary>
internal static class ResultsImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = $"A results CSV or XLSX with columns (any order): {string.Join(", ", ResultsImporter.Columns)}." };
        var campaign = new Option<string>("--campaign") { Description = "The campaign the results belong to (created if new; its results are replaced).", Required = true, HelpName = "NAME" };
        var format = new Option<string?>("--format") { Description = "csv or xlsx (default: from the extension).", HelpName = "csv|xlsx" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var command = new Command("import", "Import a campaign's coded results, matching rows to registry bodies by id, then by name within sector. All or nothing.") { file, campaign, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(file)!;
            string name = parse.GetValue(campaign)!.Trim();
            if (name.Length is 0 or > 200)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --campaign: a name of 1-200 characters is needed");
                return ExitCodes.UsageError;
            }

            TableFormat tableFormat = parse.GetValue(format) switch
            {
                "xlsx" => TableFormat.Xlsx,
                "csv" => TableFormat.Csv,
                _ => TableReader.FormatFromExtension(path) ?? TableFormat.Csv,
            };
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                ResultsImportOutcome outcome = await context.Get<ResultsImporter>().ImportAsync(path, tableFormat, name, cancellationToken);
                foreach (var problem in outcome.Problems)
                {
                    await context.Error.WriteLineAsync($"error: {problem}");
                }

                foreach (var warning in outcome.Warnings)
                {
                    await context.Error.WriteLineAsync($"warning: {warning}");
                }

                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Campaign = name,
                        Imported = outcome.Problems.Count == 0 ? outcome.Imported.Count : 0,
                        Matched = outcome.Imported.Count - outcome.Unmatched.Count,
                        outcome.Unmatched,
                        Warnings = outcome.Warnings.Select(w => w.ToString()),
                        Problems = outcome.Problems.Select(p => p.ToString()),
                    });
                }

                if (outcome.Problems.Count > 0)
                {
                    await context.Error.WriteLineAsync($"Nothing was imported ({outcome.Problems.Count} problem(s)).");
                    return ExitCodes.BadInput;
                }

                if (!context.Json)
                {
                    await context.Out.WriteLineAsync($"Campaign '{name}': {outcome.Imported.Count} results, {outcome.Imported.Count - outcome.Unmatched.Count} matched to registry bodies, {outcome.Unmatched.Count} kept as campaign-only bodies.");
                    foreach (string unmatched in outcome.Unmatched.Take(50))
                    {
                        await context.Out.WriteLineAsync($"  not in the registry: {unmatched}");
                    }
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
