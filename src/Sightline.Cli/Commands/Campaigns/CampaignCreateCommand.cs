using System.CommandLine;
using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;
using Sightline.Hosting.Campaigns;

namespace Sightline.Cli.Commands.Campaigns;

/// <summary><c>sightline campaign create</c>.</summary>
internal static class CampaignCreateCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The campaign's name (used by every other campaign command).", Required = true, HelpName = "NAME" };
        var prefix = new Option<string>("--prefix") { Description = "Reference prefix: upper-case letters and digits; requests are PREFIX-0001, PREFIX-0002, …", Required = true, HelpName = "PREFIX" };
        var template = new Option<string>("--template") { Description = "The request text: optional 'Subject: …' line, blank line, body. Merge fields: " +
            string.Join(" ", CampaignTemplate.Fields.Select(f => "{" + f + "}")) + ".", Required = true, HelpName = "FILE" };
        var sector = new Option<string[]>("--sector") { Description = $"Bodies of this sector (repeatable): {string.Join(", ", Sectors.Codes)}.", HelpName = "SECTOR", AllowMultipleArgumentsPerToken = true };
        var nation = new Option<string[]>("--nation") { Description = $"Bodies in this nation (repeatable): {string.Join(", ", Geography.NationCodes)}.", HelpName = "NATION" };
        var region = new Option<string[]>("--region") { Description = "Bodies in this English region (repeatable).", HelpName = "REGION" };
        var tag = new Option<string[]>("--tag") { Description = "Bodies with this tag (repeatable).", HelpName = "TAG" };
        var bodiesFile = new Option<string?>("--bodies") { Description = "A file of body ids or identifiers (gss:E08000003), one per line (or the first CSV column).", HelpName = "FILE" };
        var contacts = new Option<string?>("--contacts") { Description = "CSV of FOI addresses: body id or identifier, e-mail. Overrides the registry's address.", HelpName = "FILE" };
        var replyDomain = new Option<string>("--reply-domain") { Description = "Replies come to foi+REFERENCE@DOMAIN (plus-addressing); the mailbox 'mail sync' reads.", Required = true, HelpName = "DOMAIN" };
        var replyLocal = new Option<string>("--reply-local-part") { Description = "The local part of reply addresses.", DefaultValueFactory = _ => "foi", HelpName = "NAME" };
        var from = new Option<string>("--from") { Description = "The sender, e.g. \"Jo Bloggs <jo@example.org>\".", Required = true, HelpName = "\"NAME <ADDRESS>\"" };
        var requesterName = new Option<string?>("--requester-name") { Description = "{requester_name} (default: the --from name).", HelpName = "NAME" };
        var requesterAddress = new Option<string?>("--requester-address") { Description = "{requester_address}: the postal or e-mail address for the response (default: the --from address).", HelpName = "TEXT" };
        var codebook = new Option<string>("--codebook") { Description = "The codebook answers are coded against.", DefaultValueFactory = _ => Campaign.DefaultCodebook, HelpName = "NAME" };
        var stopped = new Option<bool>("--stopped") { Description = "Create it stopped: waves are written but held until 'campaign resume'." };
        var command = new Command("create", "Create a campaign: one request, with its own reference and reply address, to every chosen body that has an FOI address. " +
            "Bodies without one are reported (supply addresses with --contacts).")
        {
            name, prefix, template, sector, nation, region, tag, bodiesFile, contacts, replyDomain, replyLocal, from, requesterName, requesterAddress, codebook, stopped,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            async Task<int> Usage(string message)
            {
                await error.WriteLineAsync($"error: {message}");
                return ExitCodes.UsageError;
            }

            async Task<int> Bad(string message)
            {
                await error.WriteLineAsync($"error: {message}");
                return ExitCodes.BadInput;
            }

            string templatePath = parse.GetValue(template)!;
            if (!File.Exists(templatePath))
            {
                return await Bad($"--template: {templatePath}: file not found");
            }

            var draft = new CampaignDraft
            {
                Name = parse.GetValue(name)!, Prefix = parse.GetValue(prefix)!, Template = await File.ReadAllTextAsync(templatePath, cancellationToken), TemplateSource = templatePath,
                From = parse.GetValue(from)!, ReplyDomain = parse.GetValue(replyDomain)!, ReplyLocalPart = parse.GetValue(replyLocal)!,
                RequesterName = parse.GetValue(requesterName), RequesterAddress = parse.GetValue(requesterAddress), Codebook = parse.GetValue(codebook)!, Stopped = parse.GetValue(stopped),
            };
            Campaign? campaign = draft.Build(DateTimeOffset.MinValue, out var draftErrors);
            if (campaign is null)
            {
                foreach (var (field, message) in draftErrors)
                {
                    await error.WriteLineAsync(field == "template" ? $"error: {message}" : $"error: --{field.Replace('_', '-')}: {message}");
                }

                return draftErrors.All(e => e.Key == "template") ? ExitCodes.BadInput : ExitCodes.UsageError;
            }

            var explicitBodies = new List<string>();
            if (parse.GetValue(bodiesFile) is { } bodiesPath)
            {
                if (!File.Exists(bodiesPath))
                {
                    return await Bad($"--bodies: {bodiesPath}: file not found");
                }

                explicitBodies.AddRange(CampaignContacts.ParseBodyList(await File.ReadAllLinesAsync(bodiesPath, cancellationToken)));
            }

            var targets = CampaignTargets.Parse(parse.GetValue(sector) ?? [], parse.GetValue(nation) ?? [], parse.GetValue(region) ?? [], parse.GetValue(tag) ?? [],
                explicitBodies, out var targetProblems);
            if (targetProblems.Count > 0)
            {
                return await Usage($"--{targetProblems[0].Key}: {targetProblems[0].Value}");
            }

            if (targets.IsEmpty)
            {
                return await Usage("choose bodies with --sector, --nation, --region, --tag and/or --bodies FILE");
            }

            Dictionary<string, string> contactMap = new(StringComparer.Ordinal);
            string contactsSource = "contacts";
            if (parse.GetValue(contacts) is { } contactsPath)
            {
                contactsSource = "contacts:" + Path.GetFileName(contactsPath);
                if (!File.Exists(contactsPath))
                {
                    return await Bad($"--contacts: {contactsPath}: file not found");
                }

                if (!CampaignContacts.TryParse(await File.ReadAllLinesAsync(contactsPath, cancellationToken), contactsPath, out contactMap, out string? contactsError))
                {
                    return await Bad(contactsError!);
                }
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var service = context.Get<CampaignService>();
                var plan = await service.PlanAsync(targets, contactMap, contactsSource, cancellationToken);
                campaign = campaign with { CreatedUtc = context.Get<TimeProvider>().GetUtcNow() };
                if (plan.Targets.Count == 0)
                {
                    await error.WriteLineAsync($"error: none of the {plan.Skipped.Count} chosen bodies has a usable FOI address; nothing created");
                    await WriteSkippedAsync(error, plan.Skipped);
                    return ExitCodes.BadInput;
                }

                var (created, requests) = await service.CreateAsync(campaign, plan, cancellationToken);
                if (!created)
                {
                    await error.WriteLineAsync($"error: a campaign named '{campaign.Name}' or with prefix {campaign.Prefix} already exists");
                    return ExitCodes.Failure;
                }

                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Name = campaign.Name, Prefix = campaign.Prefix, Requests = requests.Count, First = requests[0].Reference, Last = requests[^1].Reference,
                        Skipped = plan.Skipped.Select(s => new { s.Id, s.Name, s.Reason, s.Detail }),
                        SkippedByReason = plan.Skipped.GroupBy(s => s.Reason).ToDictionary(g => g.Key, g => g.Count()),
                    });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Created campaign '{campaign.Name}': {requests.Count:N0} requests ({requests[0].Reference} … {requests[^1].Reference}), replies to {campaign.ReplyAddressFor(campaign.Prefix + "-NNNN")}.");
                    if (plan.Skipped.Count > 0)
                    {
                        await context.Out.WriteLineAsync($"{plan.Skipped.Count:N0} chosen bodies were left out:");
                        await WriteSkippedAsync(context.Out, plan.Skipped);
                    }

                    await context.Out.WriteLineAsync($"Next: sightline campaign send \"{campaign.Name}\" --wave pilot --dry-run");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static async Task WriteSkippedAsync(TextWriter writer, IReadOnlyList<SkippedTarget> skipped)
    {
        foreach (var group in skipped.GroupBy(s => s.Reason))
        {
            await writer.WriteLineAsync($"  {group.Key}: {group.Count():N0}");
            foreach (SkippedTarget s in group.Take(10))
            {
                await writer.WriteLineAsync($"    {s.Id}  {s.Name}  ({s.Detail})");
            }

            if (group.Count() > 10)
            {
                await writer.WriteLineAsync($"    … and {group.Count() - 10:N0} more (--json lists them all)");
            }
        }
    }
}
