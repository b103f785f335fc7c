using System.CommandLine;
using System.Globalization;
using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;

namespace Sightline.Cli.Commands.Exposure;

/// <summary><c>sightline exposure import FILE...</c>.</summary>
internal static class ExposureImportCommand
{
    private const int ProblemsShown = 20;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Scan files: Shodan JSON lines (shodan download, .json.gz), Censys host JSON lines, nmap XML (-oX), " +
            "masscan JSON (-oJ) or a banner list (ip:port<TAB>banner per line). Gzip-compressed files are read as they are.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "The format of every file (default: told from each file's content).", HelpName = "shodan|censys|nmap|masscan|banners" };
        format.AcceptOnlyFromAmong([.. Enum.GetValues<ScanFormat>().Select(f => f.ToCode())]);
        var dataset = new Option<string?>("--dataset") { Description = "The dataset's name (default: the first file's name without extensions). An existing dataset of that name is replaced.", HelpName = "NAME" };
        var strict = new Option<bool>("--strict") { Description = "Fail on the first kind of problem (a malformed record, a cut field, a truncated file) and import nothing." };
        var command = new Command("import", "Import scan files as one dataset: every host (IP) becomes one device observation, fingerprinted from the evidence of all its " +
            "services (maker, brand, model, firmware, confidence, evidence, vulnerabilities with CISA KEV status). Files are streamed, never loaded whole; malformed " +
            "records are skipped and reported by file and line.") { files, format, dataset, strict };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string[] paths = parse.GetValue(files)!;
            string name = (parse.GetValue(dataset) ?? DefaultName(paths[0])).Trim();
            if (name.Length is 0 or > 200)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --dataset: a name of 1-200 characters is needed");
                return ExitCodes.UsageError;
            }

            ScanFormat? scanFormat = parse.GetValue(format) is { } code && ScanFormats.TryParse(code, out ScanFormat f) ? f : null;
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                bool strictMode = parse.GetValue(strict);
                var progress = Console.IsErrorRedirected ? null : new Progress<(string Phase, long Count)>(p =>
                    Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{(p.Phase == "read" ? "records read" : "hosts stored")}: {p.Count:N0}   ")));
                ExposureImportOutcome outcome = await context.Get<ExposureImporter>().ImportAsync(new ExposureImportRequest(paths, scanFormat, name, strictMode), progress, cancellationToken);
                if (progress is not null)
                {
                    await Console.Error.WriteLineAsync();
                }

                string level = outcome.Stored && outcome.State == DatasetState.Complete ? "warning" : "error";
                foreach (var problem in outcome.Problems.Take(ProblemsShown))
                {
                    await context.Error.WriteLineAsync($"{level}: {problem}");
                }

                if (outcome.ProblemCount > ProblemsShown)
                {
                    await context.Error.WriteLineAsync($"... and {outcome.ProblemCount - ProblemsShown:N0} more problem(s)");
                }

                ImportTotals t = outcome.Totals;
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Dataset = name,
                        outcome.Stored,
                        State = outcome.State?.ToCode(),
                        t.Records,
                        t.Skipped,
                        t.TruncatedFields,
                        t.Hosts,
                        t.Identified,
                        t.Hikvision,
                        t.Dahua,
                        t.OtherChinese,
                        t.Other,
                        Files = outcome.Files.Select(r => new { r.File, Format = r.Format.ToCode(), r.Lines, r.Records, r.Skipped, r.TruncatedFields, Complete = r.Fatal is null }),
                        outcome.ProblemCount,
                        Problems = outcome.Problems.Select(p => p.ToString()),
                    });
                }

                if (!outcome.Stored)
                {
                    await context.Error.WriteLineAsync(strictMode && outcome.Files.All(r => r.Fatal is null || r.Lines > 0 || r.Records > 0)
                        ? $"Nothing was imported: --strict and {outcome.ProblemCount:N0} problem(s){(t.TruncatedFields > 0 ? $", {t.TruncatedFields:N0} field(s) over the length limit" : string.Empty)}."
                        : t.Records == 0 ? $"Nothing was imported: no record could be read, so any earlier dataset '{name}' is kept."
                        : "Nothing was imported.");
                    return ExitCodes.BadInput;
                }

                if (!context.Json)
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Dataset '{name}' ({ExposureCommand.Describe(outcome.State!.Value)}): {t.Records:N0} records from {outcome.Files.Count} file(s), {t.Skipped:N0} skipped, " +
                        $"{t.TruncatedFields:N0} field(s) cut to 64 KiB; {t.Hosts:N0} devices (hosts): {t.Hikvision:N0} Hikvision, {t.Dahua:N0} Dahua, " +
                        $"{t.OtherChinese:N0} other Chinese, {t.Other:N0} other makers, {t.Hosts - t.Identified:N0} unidentified."));
                }

                if (outcome.State != DatasetState.Complete)
                {
                    await context.Error.WriteLineAsync($"The dataset is marked {ExposureCommand.Describe(outcome.State!.Value)}.");
                    return ExitCodes.BadInput;
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static string DefaultName(string path)
    {
        string name = Path.GetFileName(path);
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }
}
