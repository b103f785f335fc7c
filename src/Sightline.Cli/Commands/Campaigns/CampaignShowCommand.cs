using System.CommandLine;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;

namespace Sightline.Cli.Commands.Campaigns;

/// <summary><c>sightline campaign show</c>.</summary>
internal static class CampaignShowCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The campaign." };
        var command = new Command("show", "Show a campaign: its settings, request template and outbox.") { name };
        CampaignLookup.SetCampaignAction(command, name, async (parse, context, campaign, cancellationToken) =>
        {
            var requests = await context.Get<ICampaignStore>().LoadRequestsAsync(campaign.Name, cancellationToken);
            var outbox = await context.Get<IOutboxStore>().CountAsync(campaign.Name, cancellationToken);
            if (context.Json)
            {
                await CliJson.WriteAsync(context.Out, new
                {
                    campaign.Name, campaign.Prefix, campaign.Codebook, From = campaign.Sender.ToString(), ReplyAddress = campaign.ReplyAddressFor(campaign.Prefix + "-NNNN"),
                    CopyAddress = campaign.CopyAddress, campaign.RequesterName, campaign.RequesterAddress, campaign.Stopped, Created = campaign.CreatedUtc,
                    Requests = requests.Count, NotYetQueued = requests.Count(r => r.OutboxState is null),
                    Outbox = outbox.ToDictionary(c => c.Key.ToCode(), c => c.Value), Template = new { campaign.Template.Subject, campaign.Template.Body },
                });
                return ExitCodes.Ok;
            }

            TextWriter o = context.Out;
            await o.WriteLineAsync($"{campaign.Name}{(campaign.Stopped ? "  (stopped)" : string.Empty)}");
            await o.WriteLineAsync($"  prefix:        {campaign.Prefix}  ({requests.Count:N0} requests, {requests.Count(r => r.OutboxState is null):N0} not yet queued)");
            await o.WriteLineAsync($"  from:          {campaign.Sender}");
            await o.WriteLineAsync($"  replies to:    {campaign.ReplyAddressFor(campaign.Prefix + "-NNNN")}  (sender's copy: {campaign.CopyAddress})");
            await o.WriteLineAsync($"  requester:     {campaign.RequesterName}, {campaign.RequesterAddress}");
            await o.WriteLineAsync($"  codebook:      {campaign.Codebook}");
            await o.WriteLineAsync($"  created:       {campaign.CreatedUtc:yyyy-MM-dd HH:mm} UTC");
            await o.WriteLineAsync("  outbox:        " + (outbox.Count == 0 ? "empty" : string.Join(", ", outbox.OrderBy(c => c.Key).Select(c => $"{c.Key.ToCode()} {c.Value:N0}"))));
            await o.WriteLineAsync($"  subject:       {campaign.Template.Subject}");
            await o.WriteLineAsync("  template:");
            foreach (string line in campaign.Template.Body.TrimEnd().Split('\n'))
            {
                await o.WriteLineAsync("    " + line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
