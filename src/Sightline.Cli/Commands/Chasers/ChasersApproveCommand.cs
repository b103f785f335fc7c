using System.CommandLine;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;

namespace Sightline.Cli.Commands.Chasers;

/// <summary><c>sightline chasers approve</c>.</summary>
internal static class ChasersApproveCommand
{
    public static Command Create()
    {
        var references = new Argument<string[]>("REF") { Description = "References whose proposed follow-up to approve (see 'chasers list').", Arity = ArgumentArity.ZeroOrMore };
        var allDue = new Option<bool>("--all-due") { Description = "Approve every follow-up due today (with --campaign, only that campaign's)." };
        var campaign = new Option<string?>("--campaign") { Description = "With --all-due: only this campaign.", HelpName = "NAME" };
        var to = new Option<string?>("--to") { Description = "Where a complaint to the commissioner goes (required for those; other follow-ups go to the body).", HelpName = "ADDRESS" };
        var command = new Command("approve", "Approve proposed follow-ups: each is written to the outbox (as a reply in the request's thread) for 'chasers send'.") { references, allDue, campaign, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string[] wanted = [.. (parse.GetValue(references) ?? []).Select(r => r.Trim().ToUpperInvariant())];
            if (wanted.Length == 0 && !parse.GetValue(allDue))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: give references to approve, or --all-due");
                return ExitCodes.UsageError;
            }

            string? complaintTo = parse.GetValue(to);
            if (complaintTo is not null && !EmailAddress.IsValid(complaintTo))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --to: '{complaintTo}' is not an e-mail address");
                return ExitCodes.UsageError;
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var due = await ChasersListCommand.DueAsync(context, parse.GetValue(campaign), cancellationToken);
                if (due is null)
                {
                    return ExitCodes.Failure;
                }

                var chosen = wanted.Length == 0 ? due : due.Where(d => wanted.Contains(d.Request.Request.Reference.Value, StringComparer.Ordinal)).ToList();
                foreach (string missing in wanted.Where(w => !due.Any(d => d.Request.Request.Reference.Value == w)))
                {
                    await context.Error.WriteLineAsync($"warning: {missing} has no follow-up due today");
                }

                var campaigns = context.Get<ICampaignStore>();
                DateTimeOffset now = context.Get<TimeProvider>().GetUtcNow();
                var messages = new List<NewOutboxMessage>();
                var approved = new List<object>();
                foreach (var (request, proposal, already) in chosen)
                {
                    string reference = request.Request.Reference.Value;
                    if (already)
                    {
                        await context.Error.WriteLineAsync($"note: {reference}: {ChaserKinds.Code(proposal.Kind)} is already approved");
                        continue;
                    }

                    string? recipient = proposal.Kind == ChaserKind.CommissionerComplaint ? complaintTo : request.Email;
                    if (recipient is null)
                    {
                        await context.Error.WriteLineAsync($"error: {reference}: a complaint to the commissioner needs --to ADDRESS; not approved");
                        continue;
                    }

                    var found = await campaigns.FindRequestAsync(reference, cancellationToken);
                    Campaign campaign = (await campaigns.FindAsync(found!.Value.Campaign, cancellationToken))!;
                    string subject = proposal.Subject.Contains(reference, StringComparison.Ordinal) ? proposal.Subject : $"{proposal.Subject} [{reference}]";
                    string body = $"{proposal.Body}\n\n{campaign.RequesterName}\n";
                    messages.Add(new NewOutboxMessage(reference, campaign.Name, "chaser:" + ChaserKinds.Code(proposal.Kind),
                        $"{reference.ToLowerInvariant()}.{ChaserKinds.Code(proposal.Kind)}.{Guid.NewGuid():N}@{campaign.ReplyDomain}", campaign.Sender.ToString(), recipient,
                        request.ReplyAddress, request.ReplyAddress, campaign.CopyAddress, subject, body, request.MessageId, OutboxState.Queued, now));
                    approved.Add(new { Reference = reference, Kind = ChaserKinds.Code(proposal.Kind), To = recipient, Subject = subject });
                }

                if (messages.Count > 0)
                {
                    await context.Get<IOutboxStore>().AddAsync(messages, cancellationToken);
                }

                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { Approved = approved });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Approved {messages.Count:N0} follow-ups; send them with: sightline chasers send");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
