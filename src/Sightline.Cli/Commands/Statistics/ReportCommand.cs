using System.CommandLine;
using Sightline.Core.Statistics;
using Sightline.Reports;

namespace Sightline.Cli.Commands.Statistics;

/// <summary><c>sightline report</c>: a campaign's report as HTML, XLSX, CSV, charts and (optionally) PDF.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var campaign = new Option<string>("--campaign") { Description = "The campaign.", Required = true, HelpName = "NAME" };
        var output = new Option<string>("--out") { Description = "Folder to write the report into (created if needed).", Required = true, HelpName = "DIR" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print report.pdf with headless Chromium." };
        var denominator = new Option<string>("--denominator") { Description = "responses or answered.", DefaultValueFactory = _ => "answered" };
        denominator.AcceptOnlyFromAmong("responses", "answered");
        var command = new Command("report", "Write a self-contained HTML report (method, tables, chart, UK map), an XLSX workbook, CSV files of every table, " +
            "PNG and SVG charts, and a PDF when asked.") { campaign, output, pdf, denominator };
        command.SetAction(async (parse, cancellationToken) =>
        {
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

                try
                {
                    var started = System.Diagnostics.Stopwatch.StartNew();
                    ReportFiles files = await ReportWriter.WriteAsync(name, results, parse.GetValue(denominator) == "responses" ? Denominator.Responses : Denominator.Answered,
                        parse.GetValue(output)!, parse.GetValue(pdf), cancellationToken);
                    if (context.Json)
                    {
                        await CliJson.WriteAsync(context.Out, new { Campaign = name, files.Html, files.Pdf, Files = files.All, Seconds = Math.Round(started.Elapsed.TotalSeconds, 2) });
                    }
                    else
                    {
                        await context.Out.WriteLineAsync($"Report written in {started.Elapsed.TotalSeconds:0.0} s: {files.Html}");
                        foreach (string file in files.All.Skip(1))
                        {
                            await context.Out.WriteLineAsync($"  {file}");
                        }
                    }

                    return ExitCodes.Ok;
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
                {
                    await context.Error.WriteLineAsync($"error: {ex.Message}");
                    return ExitCodes.Failure;
                }
            }
        });
        return command;
    }
}
