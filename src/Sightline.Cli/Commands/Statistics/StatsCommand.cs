using System.CommandLine;
using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;
using Spectre.Console;

namespace Sightline.Cli.Commands.Statistics;

/// <summary><c>sightline stats</c>: a campaign's tables.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var campaign = new Option<string>("--campaign") { Description = "The campaign.", Required = true, HelpName = "NAME" };
        var by = new Option<string?>("--by") { Description = "Group by sector, nation, region, or a combination (sector,region).", HelpName = "DIMENSIONS" };
        var denominator = new Option<string>("--denominator") { Description = "responses (refusals included) or answered (refusals excluded).", DefaultValueFactory = _ => "answered" };
        denominator.AcceptOnlyFromAmong("responses", "answered");
        var format = new Option<string>("--format") { Description = "table, csv, json or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "md");
        var command = new Command("stats", "Counts and percentages of a campaign by group, each percentage with its denominator and a Wilson 95% interval.") { campaign, by, denominator, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dimensions = new List<GroupDimension>();
            foreach (string part in (parse.GetValue(by) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse(part, ignoreCase: true, out GroupDimension dimension))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --by: unknown dimension '{part}' (accepted: sector, nation, region)");
                    return ExitCodes.UsageError;
                }

                dimensions.Add(dimension);
            }

            Denominator denominatorValue = parse.GetValue(denominator) == "responses" ? Denominator.Responses : Denominator.Answered;
            string outputFormat = parse.GetValue(GlobalOptions.Json) ? "json" : parse.GetValue(format)!;
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                string name = parse.GetValue(campaign)!;
                IReadOnlyList<CodedResult>? results = await context.Get<IResultStore>().LoadAsync(name, cancellationToken);
                if (results is null)
                {
                    var known = await context.Get<IResultStore>().ListCampaignsAsync(cancellationToken);
                    await context.Error.WriteLineAsync($"error: no campaign '{name}' (campaigns: {(known.Count == 0 ? "none yet; import results first" : string.Join(", ", known))})");
                    return ExitCodes.Failure;
                }

                var groups = StatisticsCalculator.Compute(results, dimensions, denominatorValue);
                await WriteAsync(context.Out, outputFormat, name, denominatorValue, dimensions, groups);
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static double? Pct(Proportion p) => p.Percent is { } v ? Math.Round(v, 1) : null;

    private static double[]? Ci(Proportion p) => p.Interval95 is { } ci ? [Math.Round(ci.Low, 1), Math.Round(ci.High, 1)] : null;

    private static async Task WriteAsync(TextWriter o, string format, string campaign, Denominator denominator, List<GroupDimension> by, IReadOnlyList<GroupStatistics> groups)
    {
        string denominatorCode = denominator.ToString().ToLowerInvariant();
        if (format == "json")
        {
            await CliJson.WriteAsync(o, new
            {
                Campaign = campaign,
                Denominator = denominatorCode,
                Groups = groups.Select(g => new
                {
                    Sector = g.Sector?.ToCode(),
                    Nation = g.Nation?.ToCode(),
                    Region = g.Region?.ToCode(),
                    g.Requests,
                    g.Responses,
                    g.Refused,
                    g.Answered,
                    g.Hikvision,
                    g.Dahua,
                    g.Either,
                    g.AnyChinese,
                    DenominatorCount = g.DenominatorCount,
                    HikvisionPct = Pct(g.HikvisionShare),
                    DahuaPct = Pct(g.DahuaShare),
                    EitherPct = Pct(g.EitherShare),
                    AnyChinesePct = Pct(g.AnyChineseShare),
                    Ci = new { Hikvision = Ci(g.HikvisionShare), Dahua = Ci(g.DahuaShare), Either = Ci(g.EitherShare), AnyChinese = Ci(g.AnyChineseShare) },
                    Capabilities = g.CapabilityHas.Where(c => c.Value > 0).ToDictionary(c => Sightline.Core.Devices.Capabilities.ToCode(c.Key), c => new { Has = c.Value, InUse = g.CapabilityInUse[c.Key] }),
                }),
            });
            return;
        }

        string[] header = ["group", "requests", "responses", "refused", "answered", "hikvision", "dahua", "either", "any_chinese", "hikvision_pct", "dahua_pct", "either_pct", "any_chinese_pct", "either_ci95"];
        var rows = groups.Select(g => new[]
        {
            Label(g),
            N(g.Requests), N(g.Responses), N(g.Refused), N(g.Answered), N(g.Hikvision), N(g.Dahua), N(g.Either), N(g.AnyChinese),
            P(g.HikvisionShare), P(g.DahuaShare), P(g.EitherShare), P(g.AnyChineseShare),
            g.EitherShare.Interval95 is { } ci ? string.Create(CultureInfo.InvariantCulture, $"{ci.Low:0.0}–{ci.High:0.0}") : "",
        }).ToList();
        string note = $"Percentages are of {(denominator == Denominator.Responses ? "all responses (refusals and NCND included)" : "answered bodies (responses minus refusals and NCND)")}; intervals are Wilson 95%.";
        if (format == "csv")
        {
            await o.WriteLineAsync(string.Join(',', header));
            foreach (var row in rows)
            {
                await o.WriteLineAsync(string.Join(',', row.Select(Sightline.Reports.CsvCell.Escape)));
            }

            return;
        }

        if (format == "md")
        {
            await o.WriteLineAsync($"**{campaign}** — {note}");
            await o.WriteLineAsync();
            await o.WriteLineAsync("| " + string.Join(" | ", header) + " |");
            await o.WriteLineAsync("|" + string.Concat(header.Select(_ => "---|")));
            foreach (var row in rows)
            {
                await o.WriteLineAsync("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
            }

            return;
        }

        var table = new Table();
        foreach (string h in header)
        {
            table.AddColumn(h);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        CliContext.TerminalFor(o).Write(table);
        await o.WriteLineAsync(note);
    }

    private static string Label(GroupStatistics g)
    {
        var parts = new List<string>();
        if (g.Sector is { } s)
        {
            parts.Add(s.ToCode());
        }

        if (g.Region is { } r)
        {
            parts.Add(r.ToCode());
        }
        else if (g.Nation is { } n)
        {
            parts.Add(n.ToCode());
        }

        return parts.Count == 0 ? "overall" : string.Join('/', parts);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(Proportion p) => p.Percent is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "";
}
