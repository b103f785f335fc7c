using System.CommandLine;
using Sightline.Hosting.Campaigns;

namespace Sightline.Cli.Commands.Campaigns;

/// <summary><c>sightline campaign status</c>.</summary>
internal static class CampaignStatusCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The campaign." };
        var command = new Command("status", "Counts of a campaign's requests by lifecycle state (today) and by coded outcome (the latest proposal or review of each answer).") { name };
        CampaignLookup.SetCampaignAction(command, name, async (parse, context, campaign, cancellationToken) =>
        {
            CampaignProgress progress = await context.Get<CampaignService>().ProgressAsync(campaign, null, cancellationToken);
            var review = progress.ByReview.ToDictionary();
            if (context.Json)
            {
                await CliJson.WriteAsync(context.Out, new { Campaign = campaign.Name, Requests = progress.Requests, ByState = progress.ByState.ToDictionary(), ByOutcome = progress.ByOutcome.ToDictionary(), Review = review });
                return ExitCodes.Ok;
            }

            await context.Out.WriteLineAsync($"{campaign.Name}: {progress.Requests:N0} requests");
            await context.Out.WriteLineAsync("By state:");
            foreach (var (state, count) in progress.ByState)
            {
                await context.Out.WriteLineAsync($"  {state,-28} {count,7:N0}");
            }

            await context.Out.WriteLineAsync($"By coded outcome ({progress.Coded:N0} requests coded; review: {string.Join(", ", review.Select(r => $"{r.Key} {r.Value}"))}):");
            foreach (var (outcome, count) in progress.ByOutcome)
            {
                await context.Out.WriteLineAsync($"  {outcome,-28} {count,7:N0}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
