using System.CommandLine;
using Sightline.Cli.Commands.Campaigns;
using Sightline.Hosting.Campaigns;

namespace Sightline.Cli.Commands.Chasers;

/// <summary><c>sightline chasers list</c>.</summary>
internal static class ChasersListCommand
{
    public static Command Create()
    {
        var campaign = new Option<string?>("--campaign") { Description = "Only this campaign.", HelpName = "NAME" };
        var command = new Command("list", "Follow-ups the lifecycle proposes today (reminders, internal review requests, complaints), and whether each is approved.") { campaign };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var due = await DueAsync(context, parse.GetValue(campaign), cancellationToken);
                if (due is null)
                {
                    return ExitCodes.Failure;
                }

                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, due.Select(d => new
                    {
                        d.Reference, d.Request.Request.BodyName, d.Kind, d.Proposal.Date, d.Proposal.Subject, d.Approved, d.ApprovedBy,
                    }));
                    return ExitCodes.Ok;
                }

                foreach (var d in due)
                {
                    await context.Out.WriteLineAsync($"{d.Reference,-16} {d.Kind,-26} from {CampaignLookup.Date(d.Proposal.Date)}  {(d.Approved ? (d.ApprovedBy is null ? "approved" : $"approved by {d.ApprovedBy}") : "proposed")}  {d.Request.Request.BodyName}");
                }

                await context.Out.WriteLineAsync($"{due.Count:N0} follow-ups due; approve with: sightline chasers approve REF (then: sightline chasers send)");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    /// <summary>Follow-ups due today; null (having said which campaigns exist) when <paramref name="campaign"/> is unknown.</summary>
    public static async Task<IReadOnlyList<DueChaser>?> DueAsync(CliContext context, string? campaign, CancellationToken cancellationToken)
    {
        if (campaign is not null && await CampaignLookup.FindAsync(context, campaign, cancellationToken) is null)
        {
            return null;
        }

        return await context.Get<ChaserService>().DueAsync(campaign, cancellationToken);
    }
}
