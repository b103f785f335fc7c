using System.CommandLine;
using Sightline.Core.Bodies;
using Sightline.Imports.Bodies;
using Spectre.Console;

namespace Sightline.Cli.Commands.Bodies;

/// <summary><c>sightline bodies import</c>.</summary>
internal static class BodiesImportCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source")
        {
            Description = "'uk' for the bundled UK registry, or the path of a CSV/XLSX/GIAS file.",
            DefaultValueFactory = _ => "uk",
            HelpName = "uk|PATH",
        };
        var format = new Option<string?>("--format")
        {
            Description = "File format: csv, xlsx or gias (the DfE 'Get Information About Schools' extract). Default: from the extension.",
            HelpName = "csv|xlsx|gias",
        };
        format.AcceptOnlyFromAmong("csv", "xlsx", "gias");
        var map = new Option<string[]>("--map")
        {
            Description = $"Map a file column to a field: COLUMN=FIELD (repeatable). Fields: {string.Join(", ", BodyTableReader.Fields)}.",
            HelpName = "COLUMN=FIELD",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("import", "Load bodies into the registry. Re-importing a source updates its bodies in place; " +
            "bodies that left a complete source (the UK data, a GIAS extract) are marked inactive, never deleted. " +
            "A file is imported all or nothing: any bad row rejects it, naming the line and field.") { source, format, map };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string sourceValue = parse.GetValue(source)!;
            var mapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string pair in parse.GetValue(map) ?? [])
            {
                int equals = pair.LastIndexOf('=');
                if (equals <= 0 || equals == pair.Length - 1)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --map '{pair}': expected COLUMN=FIELD");
                    return ExitCodes.UsageError;
                }

                mapping[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }

            BodyFileFormat? fileFormat = null;
            if (!string.Equals(sourceValue, "uk", StringComparison.OrdinalIgnoreCase))
            {
                fileFormat = parse.GetValue(format) switch
                {
                    "gias" => BodyFileFormat.Gias,
                    "xlsx" => BodyFileFormat.Xlsx,
                    "csv" => BodyFileFormat.Csv,
                    _ => Path.GetExtension(sourceValue).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? BodyFileFormat.Xlsx : BodyFileFormat.Csv,
                };
                if (!File.Exists(sourceValue))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --source: file '{sourceValue}' not found");
                    return ExitCodes.BadInput;
                }
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var importer = context.Get<BodyImporter>();
                BodyImportOutcome outcome = fileFormat is null
                    ? new BodyImportOutcome.Imported(await importer.ImportUkAsync(cancellationToken), new Dictionary<string, int>())
                    : await importer.ImportFileAsync(sourceValue, fileFormat.Value, mapping, cancellationToken);
                return await ReportAsync(context, outcome);
            }
        });
        return command;
    }

    private static async Task<int> ReportAsync(CliContext context, BodyImportOutcome outcome)
    {
        switch (outcome)
        {
            case BodyImportOutcome.Rejected rejected:
                foreach (var problem in rejected.Problems)
                {
                    await context.Error.WriteLineAsync($"error: {problem}");
                }

                await context.Error.WriteLineAsync($"Nothing was imported ({rejected.Problems.Count} problem(s)).");
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Imported = false,
                        Problems = rejected.Problems.Select(p => new { p.File, p.Line, p.Field, p.Message }),
                    });
                }

                return ExitCodes.BadInput;

            case BodyImportOutcome.Imported imported:
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Imported = true,
                        Sources = imported.Summaries.Select(s => new { s.Source, s.Added, s.Updated, s.Unchanged, s.Deactivated, s.Total }),
                        imported.Skipped,
                    });
                }
                else
                {
                    var table = new Table().AddColumns("source", "added", "updated", "unchanged", "deactivated");
                    foreach (BodyImportSummary s in imported.Summaries)
                    {
                        table.AddRow(Markup.Escape(s.Source), N(s.Added), N(s.Updated), N(s.Unchanged), N(s.Deactivated));
                    }

                    context.Terminal.Write(table);
                    foreach ((string reason, int count) in imported.Skipped)
                    {
                        await context.Out.WriteLineAsync($"skipped {count:N0} row(s): {reason}");
                    }
                }

                return ExitCodes.Ok;

            default:
                throw new InvalidOperationException($"Unhandled outcome {outcome.GetType().Name}.");
        }
    }

    private static string N(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
