using System.CommandLine;
using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;
using Sightline.Imports.Tabular;

namespace Sightline.Cli.Commands.Statistics;

/// <summary><c>sightline audit</c>: check a published table against itself and, optionally, against the records.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var published = new Option<string>("--published") { Description = "CSV with columns group, metric, value (e.g. data/examples/2022-published-tables.csv).", Required = true, HelpName = "FILE" };
        var campaign = new Option<string?>("--campaign") { Description = "Also compare with this campaign's records.", HelpName = "NAME" };
        var denominator = new Option<string?>("--denominator") { Description = "The denominator the publication says it used: responses or answered.", HelpName = "responses|answered" };
        denominator.AcceptOnlyFromAmong("responses", "answered");
        var command = new Command("audit", "Check a published table: percentages impossible under any denominator, another denominator than the stated one, " +
            "rounding slips, rows that do not add up, and (with --campaign) differences from the records.") { published, campaign, denominator };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            string path = parse.GetValue(published)!;
            TableReadResult read = await TableReader.ReadFileAsync(path, TableFormat.Csv, cancellationToken);
            if (read.Table is not { } table)
            {
                await error.WriteLineAsync($"error: {read.Problem}");
                return ExitCodes.BadInput;
            }

            var (values, problems) = Imports.Studies.PublishedTables.Read(table);
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }

            if (problems.Count > 0)
            {
                return ExitCodes.BadInput;
            }

            Denominator? stated = parse.GetValue(denominator) switch
            {
                "responses" => Denominator.Responses,
                "answered" => Denominator.Answered,
                _ => null,
            };
            Dictionary<string, GroupStatistics>? records = null;
            string? campaignName = parse.GetValue(campaign);
            if (campaignName is not null)
            {
                var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
                if (context is null)
                {
                    return exit;
                }

                await using (context)
                {
                    if (await context.LoadCampaignAsync(campaignName, cancellationToken) is not { } results)
                    {
                        return ExitCodes.Failure;
                    }

                    records = GroupsByAuditName(results, stated ?? Denominator.Answered);
                }
            }

            var findings = TableAudit.Audit(values, stated, records);
            TextWriter o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(GlobalOptions.Json))
            {
                await CliJson.WriteAsync(o, new { File = Path.GetFileName(path), Campaign = campaignName, Findings = findings });
            }
            else
            {
                foreach (AuditFinding f in findings)
                {
                    string computed = string.Join(", ", f.Computed.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key.Replace('_', ' ')} {c.Value:0.##}")));
                    await o.WriteLineAsync($"{f.Severity.ToUpperInvariant(),-7} line {f.Line}: {f.Group} {f.Metric} = {f.Published.ToString(CultureInfo.InvariantCulture)}" +
                        $"{(computed.Length > 0 ? $" (computed: {computed})" : string.Empty)}: {f.Explanation}");
                }

                await o.WriteLineAsync($"{findings.Count(f => f.Severity == "error")} error(s), {findings.Count(f => f.Severity == "warning")} warning(s) in {values.Count} published figures.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The campaign's groups under the names a published table uses: overall, a sector, sector/region or sector/nation.</summary>
    private static Dictionary<string, GroupStatistics> GroupsByAuditName(IReadOnlyList<CodedResult> results, Denominator denominator)
    {
        var groups = new Dictionary<string, GroupStatistics>(StringComparer.OrdinalIgnoreCase);
        foreach (GroupStatistics g in StatisticsCalculator.Compute(results, [GroupDimension.Sector], denominator))
        {
            groups[g.Sector?.ToCode() ?? "overall"] = g;
        }

        foreach (GroupStatistics g in StatisticsCalculator.Compute(results, [GroupDimension.Sector, GroupDimension.Region], denominator).Skip(1))
        {
            groups[$"{g.Sector!.Value.ToCode()}/{g.Region?.ToCode() ?? g.Nation?.ToCode() ?? "unknown"}"] = g;
        }

        return groups;
    }
}
