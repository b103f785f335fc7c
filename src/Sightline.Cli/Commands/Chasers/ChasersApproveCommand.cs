using System.CommandLine;
using Sightline.Core.Campaigns;
using Sightline.Hosting.Campaigns;

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

                var chosen = wanted.Length == 0 ? due : [.. due.Where(d => wanted.Contains(d.Reference, StringComparer.Ordinal))];
                foreach (string missing in wanted.Where(w => !due.Any(d => d.Reference == w)))
                {
                    await context.Error.WriteLineAsync($"warning: {missing} has no follow-up due today");
                }

                var results = await context.Get<ChaserService>().ApproveAsync(chosen, complaintTo, $"{Environment.UserName} (cli)", cancellationToken);
                foreach (ChaserApproval problem in results.Where(r => !r.Queued))
                {
                    await context.Error.WriteLineAsync(problem.Problem == "already approved"
                        ? $"note: {problem.Reference}: {problem.Kind} is already approved"
                        : $"error: {problem.Reference}: {problem.Problem} (--to ADDRESS); not approved");
                }

                var approved = results.Where(r => r.Queued).Select(r => new { r.Reference, r.Kind, r.To, r.Subject }).ToList();
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { Approved = approved });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Approved {approved.Count:N0} follow-ups; send them with: sightline chasers send");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
