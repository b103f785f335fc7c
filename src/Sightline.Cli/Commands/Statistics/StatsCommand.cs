using System.CommandLine;
using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;
using Sightline.Core.Statistics;
using Spectre.Console;
using Region = Sightline.Core.Bodies.Region;

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
        var reduction = new Option<double>("--nonrespondent-reduction")
        {
            Description = "For the extrapolation to every body asked: how much lower (in percent) the rate is assumed among bodies that did not answer. Default 0 (the same rate).",
            DefaultValueFactory = _ => 0,
            HelpName = "PERCENT",
        };
        var command = new Command("stats", "Counts and percentages of a campaign by group, each percentage with its denominator and a Wilson 95% interval; " +
            "an extrapolation to every body asked under a stated assumption; response times from Sightline's own requests.") { campaign, by, denominator, format, reduction };
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
            double reductionPercent = parse.GetValue(reduction);
            if (reductionPercent is < 0 or > 100)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --nonrespondent-reduction must be between 0 and 100");
                return ExitCodes.UsageError;
            }
            string outputFormat = parse.GetValue(GlobalOptions.Json) ? "json" : parse.GetValue(format)!;
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                string name = parse.GetValue(campaign)!;
                if (await context.LoadCampaignAsync(name, cancellationToken) is not { } results)
                {
                    return ExitCodes.Failure;
                }

                var groups = StatisticsCalculator.Compute(results, dimensions, denominatorValue);
                var times = await ResponseTimesAsync(context, results, dimensions, cancellationToken);
                await WriteAsync(context.Out, outputFormat, name, denominatorValue, dimensions, groups, times, reductionPercent / 100.0);
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static double? Pct(Proportion p) => p.Percent is { } v ? Math.Round(v, 1) : null;

    private static double[]? Ci(Proportion p) => p.Interval95 is { } ci ? [Math.Round(ci.Low, 1), Math.Round(ci.High, 1)] : null;

    /// <summary>Response times per group from the lifecycle of Sightline's own requests to the campaign's bodies; empty when
    /// there are none (results imported from elsewhere carry no lifecycle).</summary>
    private static async Task<Dictionary<(Sector?, Nation?, Region?), ResponseTimes>> ResponseTimesAsync(CliContext context, IReadOnlyList<CodedResult> results,
        List<GroupDimension> by, CancellationToken cancellationToken)
    {
        var requests = await context.Get<IRequestStore>().FindByBodiesAsync([.. results.Select(r => r.BodyKey)], cancellationToken);
        var times = new Dictionary<(Sector?, Nation?, Region?), ResponseTimes>();
        if (requests.Count == 0)
        {
            return times;
        }

        var lifecycle = context.Get<RequestLifecycle>();
        var calculator = context.Get<DeadlineCalculator>();
        var byBody = results.ToDictionary(r => r.BodyKey, StringComparer.Ordinal);
        var answers = requests.Select(r => (Result: byBody.GetValueOrDefault(r.BodyId.Value), Time: ResponseTimes.For(r, lifecycle, calculator)))
            .Where(a => a.Result is not null && a.Time is not null).ToList();
        bool bySector = by.Contains(GroupDimension.Sector), byNation = by.Contains(GroupDimension.Nation), byRegion = by.Contains(GroupDimension.Region);
        times[(null, null, null)] = ResponseTimes.Of(answers.Select(a => a.Time!.Value));
        if (by.Count > 0)
        {
            foreach (var group in answers.GroupBy(a => (bySector ? a.Result!.Sector : (Sector?)null, byNation || byRegion ? a.Result!.Nation : null, byRegion ? a.Result!.Region : null)))
            {
                times[group.Key] = ResponseTimes.Of(group.Select(a => a.Time!.Value));
            }
        }

        return times;
    }

    private static object Extrapolate(GroupStatistics g, double reduction)
    {
        Extrapolation e = StatisticsCalculator.Extrapolate(g, g.Requests, reduction);
        return new
        {
            Bodies = e.TotalBodies,
            Known = e.Known,
            KnownUsers = e.KnownUsers,
            EstimatedUsers = Math.Round(e.Estimate, 0),
            Ci = new[] { Math.Round(e.Low, 0), Math.Round(e.High, 0) },
            Assumption = reduction == 0
                ? "bodies that did not answer use Hikvision or Dahua at the same rate as those that did"
                : string.Create(CultureInfo.InvariantCulture, $"bodies that did not answer use Hikvision or Dahua at a rate {reduction * 100:0.#}% lower than those that did"),
        };
    }

    private static object? Times(Dictionary<(Sector?, Nation?, Region?), ResponseTimes> times, GroupStatistics g) =>
        times.TryGetValue((g.Sector, g.Nation, g.Region), out ResponseTimes? t)
            ? new { t.Answered, MedianWorkingDays = t.MedianWorkingDays, P90WorkingDays = t.P90WorkingDays, OnTimePct = Pct(t.OnTime), OnTimeCi = Ci(t.OnTime) }
            : null;

    private static async Task WriteAsync(TextWriter o, string format, string campaign, Denominator denominator, List<GroupDimension> by, IReadOnlyList<GroupStatistics> groups,
        Dictionary<(Sector?, Nation?, Region?), ResponseTimes> times, double reduction)
    {
        string denominatorCode = denominator.ToString().ToLowerInvariant();
        if (format == "json")
        {
            await CliJson.WriteAsync(o, new
            {
                Campaign = campaign,
                Denominator = denominatorCode,
                Lifecycle = times.Count == 0 ? "none: no requests sent by Sightline to these bodies, so no response times" : "requests sent by Sightline to these bodies",
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
                    ResponseTimes = Times(times, g),
                    Extrapolation = g.DenominatorCount == 0 ? null : Extrapolate(g, reduction),
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
        string note = $"Percentages are of {(denominator == Denominator.Responses ? "all responses (refusals and NCND included)" : "answered bodies (responses minus refusals and NCND)")}; intervals are Wilson 95%."
            + (times.TryGetValue((null, null, null), out ResponseTimes? overall) && overall.Answered > 0
                ? string.Create(CultureInfo.InvariantCulture, $" Response times ({overall.Answered} answered requests): median {overall.MedianWorkingDays:0.#} working days, 90th percentile {overall.P90WorkingDays}, {overall.OnTime.Percent:0.0}% on time.")
                : " No response times: Sightline has sent no requests to these bodies.");
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
