using System.CommandLine;
using Sightline.Hosting.Campaigns;

namespace Sightline.Cli.Commands.Campaigns;

/// <summary><c>sightline campaign stop</c> and <c>sightline campaign resume</c>.</summary>
internal static class CampaignStopCommand
{
    public static Command Create(bool resume)
    {
        var name = new Argument<string>("NAME") { Description = "The campaign." };
        var command = new Command(resume ? "resume" : "stop", resume
            ? "Resume a stopped campaign: its held messages are queued again (send them with 'campaign send')."
            : "Stop a campaign: queued messages are held (a message already being sent finishes). Resume with 'campaign resume'.") { name };
        CampaignLookup.SetCampaignAction(command, name, async (parse, context, campaign, cancellationToken) =>
        {
            int changed = await context.Get<CampaignService>().SetStoppedAsync(campaign, !resume, cancellationToken);
            if (context.Json)
            {
                await CliJson.WriteAsync(context.Out, new { Campaign = campaign.Name, Stopped = !resume, Messages = changed });
            }
            else
            {
                await context.Out.WriteLineAsync(resume ? $"Resumed '{campaign.Name}': {changed:N0} messages queued again." : $"Stopped '{campaign.Name}': {changed:N0} queued messages held.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
