using System.CommandLine;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;

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
            var requests = await context.Get<ICampaignStore>().LoadRequestsAsync(campaign.Name, cancellationToken);
            var states = CampaignLookup.Evaluate(context, requests).GroupBy(x => x.Status.State.ToCode()).ToDictionary(g => g.Key, g => g.Count());
            var references = requests.Select(r => r.Request.Reference.Value).ToHashSet(StringComparer.Ordinal);
            var codings = (await context.Get<IProposedCodingStore>().ListAsync(null, null, 100_000, cancellationToken))
                .Where(c => references.Contains(c.Reference) && c.Status != ReviewStatus.Rejected)
                .GroupBy(c => c.Reference).Select(g => g.MaxBy(c => c.Id)!).ToList();
            var outcomes = codings.GroupBy(c => (c.Corrected ?? c.Proposed).Outcome).ToDictionary(g => g.Key, g => g.Count());
            var review = codings.GroupBy(c => c.Status.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());
            if (context.Json)
            {
                await CliJson.WriteAsync(context.Out, new { Campaign = campaign.Name, Requests = requests.Count, ByState = states, ByOutcome = outcomes, Review = review });
                return ExitCodes.Ok;
            }

            await context.Out.WriteLineAsync($"{campaign.Name}: {requests.Count:N0} requests");
            await context.Out.WriteLineAsync("By state:");
            foreach (var (state, count) in states.OrderByDescending(s => s.Value))
            {
                await context.Out.WriteLineAsync($"  {state,-28} {count,7:N0}");
            }

            await context.Out.WriteLineAsync($"By coded outcome ({codings.Count:N0} requests coded; review: {string.Join(", ", review.Select(r => $"{r.Key} {r.Value}"))}):");
            foreach (var (outcome, count) in outcomes.OrderByDescending(s => s.Value))
            {
                await context.Out.WriteLineAsync($"  {outcome,-28} {count,7:N0}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
