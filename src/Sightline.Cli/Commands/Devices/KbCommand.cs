using System.CommandLine;
using Sightline.Core.Devices;
using Sightline.Imports.Devices;

namespace Sightline.Cli.Commands.Devices;

/// <summary><c>sightline kb stats|import-oui|refresh-kev</c>: the device knowledge base.</summary>
internal static class KbCommand
{
    public static Command Create() => new("kb", "The device knowledge base: makers, brands, models, vulnerabilities, MAC prefixes, signatures.")
    {
        Stats(),
        ImportOui(),
        RefreshKev(),
    };

    private static Command Stats()
    {
        var command = new Command("stats", "Count what the knowledge base holds, shipped and imported.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var store = context.Get<IKnowledgeBaseOverlayStore>();
                DeviceKnowledgeBase kb = await KnowledgeBaseLoader.LoadAsync(store, cancellationToken);
                var (_, catalog) = await store.LoadKevAsync(cancellationToken);
                int imported = (await store.LoadOuisAsync(cancellationToken)).Count;
                var stats = new
                {
                    kb.Version,
                    Makers = kb.Makers.Count,
                    WatchlistedMakers = kb.Makers.Count(m => m.Watchlisted),
                    ChineseMakers = kb.Makers.Count(m => m.Chinese),
                    Brands = kb.Brands.Count,
                    BrandsByRelation = kb.Brands.GroupBy(b => b.Relation.ToCode()).ToDictionary(g => g.Key, g => g.Count()),
                    ModelRules = kb.ModelRules.Count,
                    ModelRulesByMaker = kb.ModelRules.GroupBy(r => r.Maker).ToDictionary(g => g.Key, g => g.Count()),
                    ProductLines = kb.ProductLines.Count,
                    Vulnerabilities = kb.Vulnerabilities.Count,
                    KevListed = kb.Vulnerabilities.Count(v => v.KevAdded is not null),
                    KevCatalogue = catalog ?? "shipped",
                    Ouis = kb.Ouis.Count,
                    OuisImported = imported,
                    OuisByMaker = kb.Ouis.GroupBy(o => o.Maker ?? "unknown").ToDictionary(g => g.Key, g => g.Count()),
                    Signatures = kb.Signatures.Count,
                };
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, stats);
                    return ExitCodes.Ok;
                }

                TextWriter o = context.Out;
                await o.WriteLineAsync($"Knowledge base {stats.Version}");
                await o.WriteLineAsync($"  makers:          {stats.Makers} ({stats.ChineseMakers} Chinese, {stats.WatchlistedMakers} on a restriction list)");
                await o.WriteLineAsync($"  brands:          {stats.Brands} ({string.Join(", ", stats.BrandsByRelation.Select(b => $"{b.Value} {b.Key}"))})");
                await o.WriteLineAsync($"  model rules:     {stats.ModelRules} ({string.Join(", ", stats.ModelRulesByMaker.Select(m => $"{m.Key} {m.Value}"))})");
                await o.WriteLineAsync($"  product lines:   {stats.ProductLines}");
                await o.WriteLineAsync($"  vulnerabilities: {stats.Vulnerabilities} ({stats.KevListed} in CISA KEV; catalogue: {stats.KevCatalogue})");
                await o.WriteLineAsync($"  MAC prefixes:    {stats.Ouis} ({stats.OuisImported} imported; {string.Join(", ", stats.OuisByMaker.Select(m => $"{m.Key} {m.Value}"))})");
                await o.WriteLineAsync($"  signatures:      {stats.Signatures}");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static Command ImportOui()
    {
        var file = new Argument<string>("FILE") { Description = "An IEEE registry CSV, e.g. /usr/share/ieee-data/oui.csv (Debian package ieee-data)." };
        var command = new Command("import-oui", "Import the MAC prefixes of known makers from the IEEE registry file. Replaces the previous import; " +
            "malformed lines are skipped and listed by number.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                OuiReadResult read = await KnowledgeBaseFileReader.ReadOuiRegistryAsync(parse.GetValue(file)!, DeviceKnowledgeBase.Default, cancellationToken);
                if (read.Problem is { } problem)
                {
                    await context.Error.WriteLineAsync($"error: {problem}");
                    await context.Error.WriteLineAsync("Nothing was imported.");
                    return ExitCodes.BadInput;
                }

                foreach (var skipped in read.Skipped.Take(20))
                {
                    await context.Error.WriteLineAsync($"warning: {skipped}");
                }

                await context.Get<IKnowledgeBaseOverlayStore>().ReplaceOuisAsync(read.Entries, cancellationToken);
                var shipped = DeviceKnowledgeBase.Default.Ouis.Select(o => o.Prefix).ToHashSet(StringComparer.Ordinal);
                var byMaker = read.Entries.GroupBy(e => e.Maker ?? "unknown").ToDictionary(g => g.Key, g => g.Count());
                int added = read.Entries.Count(e => !shipped.Contains(e.Prefix));
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { read.Rows, Imported = read.Entries.Count, NewBeyondShipped = added, ByMaker = byMaker, Skipped = read.Skipped.Count });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Read {read.Rows:N0} registry rows; imported {read.Entries.Count} prefixes of known makers " +
                        $"({string.Join(", ", byMaker.Select(m => $"{m.Key} {m.Value}"))}); {added} not in the shipped list; {read.Skipped.Count} line(s) skipped.");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static Command RefreshKev()
    {
        var file = new Argument<string>("FILE") { Description = "CISA's known_exploited_vulnerabilities.json catalogue file." };
        var command = new Command("refresh-kev", "Refresh the CISA Known Exploited Vulnerabilities status of the knowledge base's CVEs from the catalogue file.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                KevReadResult read = await KnowledgeBaseFileReader.ReadKevCatalogueAsync(parse.GetValue(file)!, DeviceKnowledgeBase.Default, cancellationToken);
                if (read.Problem is { } problem)
                {
                    await context.Error.WriteLineAsync($"error: {problem}");
                    await context.Error.WriteLineAsync("KEV status was not changed.");
                    return ExitCodes.BadInput;
                }

                foreach (var skipped in read.Skipped.Take(20))
                {
                    await context.Error.WriteLineAsync($"warning: {skipped}");
                }

                await context.Get<IKnowledgeBaseOverlayStore>().ReplaceKevAsync(read.Kev, read.CatalogVersion, cancellationToken);
                var changes = DeviceKnowledgeBase.Default.Vulnerabilities
                    .Where(v => read.Kev.TryGetValue(v.Cve, out DateOnly? now) && now != v.KevAdded)
                    .Select(v => new { v.Cve, Was = v.KevAdded?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Now = read.Kev[v.Cve]?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
                    .ToList();
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { read.CatalogVersion, read.Entries, Listed = read.Kev.Count(k => k.Value is not null), Changes = changes, Skipped = read.Skipped.Count });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Catalogue {read.CatalogVersion}: {read.Entries:N0} entries; {read.Kev.Count(k => k.Value is not null)} of the knowledge base's {read.Kev.Count} CVEs are listed.");
                    foreach (var change in changes)
                    {
                        await context.Out.WriteLineAsync($"  {change.Cve}: {change.Was ?? "not listed"} -> {change.Now ?? "not listed"}");
                    }
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
