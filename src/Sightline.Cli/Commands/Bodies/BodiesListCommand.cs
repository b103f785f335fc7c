using System.CommandLine;
using Sightline.Core.Bodies;
using Sightline.Hosting.Bodies;
using Spectre.Console;
using Region = Sightline.Core.Bodies.Region;

namespace Sightline.Cli.Commands.Bodies;

/// <summary><c>sightline bodies list</c>.</summary>
internal static class BodiesListCommand
{
    public static Command Create()
    {
        var sector = new Option<string?>("--sector") { Description = $"Only this sector: {string.Join(", ", Sectors.Codes)}.", HelpName = "SECTOR" };
        var nation = new Option<string?>("--nation") { Description = $"Only this nation: {string.Join(", ", Geography.NationCodes)}.", HelpName = "NATION" };
        var region = new Option<string?>("--region") { Description = "Only this English region (e.g. london, 'Yorks & Humber', E12000007).", HelpName = "REGION" };
        var query = new Option<string?>("--query") { Description = "Words that must start words of the name, or an identifier (E08000003, urn:100000).", HelpName = "TEXT" };
        var tag = new Option<string?>("--tag") { Description = "Only bodies with this tag.", HelpName = "TAG" };
        var inactive = new Option<bool>("--include-inactive") { Description = "Include bodies no longer in their source." };
        var limit = new Option<int>("--limit") { Description = $"At most this many bodies (1-{BodyQuery.MaxLimit}).", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "Search the registry.") { sector, nation, region, query, tag, inactive, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            var bodyQuery = new BodyQuery
            {
                Text = parse.GetValue(query),
                Tag = parse.GetValue(tag),
                IncludeInactive = parse.GetValue(inactive),
                Limit = parse.GetValue(limit),
            };
            if (bodyQuery.Limit is < 1 or > BodyQuery.MaxLimit)
            {
                await error.WriteLineAsync($"error: --limit must be between 1 and {BodyQuery.MaxLimit}");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(sector) is { } sectorText)
            {
                if (!Sectors.TryParse(sectorText, out Sector? s))
                {
                    await error.WriteLineAsync($"error: --sector: unknown sector '{sectorText}' (accepted: {string.Join(", ", Sectors.Codes)})");
                    return ExitCodes.UsageError;
                }

                bodyQuery = bodyQuery with { Sector = s };
            }

            if (parse.GetValue(nation) is { } nationText)
            {
                if (!Geography.TryParseNation(nationText, out Nation? n))
                {
                    await error.WriteLineAsync($"error: --nation: unknown nation '{nationText}' (accepted: {string.Join(", ", Geography.NationCodes)})");
                    return ExitCodes.UsageError;
                }

                bodyQuery = bodyQuery with { Nation = n };
            }

            if (parse.GetValue(region) is { } regionText)
            {
                if (!Geography.TryParseRegion(regionText, out Region? r))
                {
                    await error.WriteLineAsync($"error: --region: unknown region '{regionText}' (accepted: {string.Join(", ", Geography.RegionCodes)})");
                    return ExitCodes.UsageError;
                }

                bodyQuery = bodyQuery with { Region = r };
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                BodyPage page = await context.Get<IBodyStore>().SearchAsync(bodyQuery, cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { page.Total, Count = page.Bodies.Count, Bodies = page.Bodies.Select(BodyDto.From) });
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("id", "name", "sector", "nation", "region");
                foreach (Body body in page.Bodies)
                {
                    table.AddRow(body.Id.Value, Markup.Escape(body.Name), body.Sector.ToCode(), body.Nation?.ToCode() ?? "-", body.Region?.ToCode() ?? "-");
                }

                context.Terminal.Write(table);
                await context.Out.WriteLineAsync(page.Total > page.Bodies.Count
                    ? $"{page.Bodies.Count:N0} of {page.Total:N0} bodies shown (use --limit for more)."
                    : $"{page.Total:N0} bodies.");
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
