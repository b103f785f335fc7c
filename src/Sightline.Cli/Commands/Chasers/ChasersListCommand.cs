using System.CommandLine;
using Sightline.Cli.Commands.Campaigns;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;

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
                        Reference = d.Request.Request.Reference.Value, d.Request.Request.BodyName, Kind = ChaserKinds.Code(d.Proposal.Kind), d.Proposal.Date, d.Proposal.Subject, d.Approved,
                    }));
                    return ExitCodes.Ok;
                }

                foreach (var d in due)
                {
                    await context.Out.WriteLineAsync($"{d.Request.Request.Reference.Value,-16} {ChaserKinds.Code(d.Proposal.Kind),-26} from {CampaignLookup.Date(d.Proposal.Date)}  {(d.Approved ? "approved" : "proposed")}  {d.Request.Request.BodyName}");
                }

                await context.Out.WriteLineAsync($"{due.Count:N0} follow-ups due; approve with: sightline chasers approve REF (then: sightline chasers send)");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    /// <summary>Requests whose proposed follow-up is due today, with whether it is already in the outbox.</summary>
    public static async Task<List<(CampaignRequest Request, ChaserProposal Proposal, bool Approved)>?> DueAsync(CliContext context, string? campaign, CancellationToken cancellationToken)
    {
        var store = context.Get<ICampaignStore>();
        if (campaign is not null && await CampaignLookup.FindAsync(context, campaign, cancellationToken) is null)
        {
            return null;
        }

        IReadOnlyList<string> names = campaign is null ? await store.ListNamesAsync(cancellationToken) : [campaign];
        DateOnly today = Hosting.LondonDay.Of(context.Get<TimeProvider>().GetUtcNow());
        var outbox = context.Get<IOutboxStore>();
        var due = new List<(CampaignRequest, ChaserProposal, bool)>();
        foreach (string name in names)
        {
            foreach (var (request, status) in CampaignLookup.Evaluate(context, await store.LoadRequestsAsync(name, cancellationToken)))
            {
                if (status.NextAction is { } proposal && proposal.Date <= today)
                {
                    string kind = "chaser:" + ChaserKinds.Code(proposal.Kind);
                    bool approved = (await outbox.FindByReferenceAsync(request.Request.Reference.Value, cancellationToken)).Any(m => m.Kind == kind && m.State != OutboxState.Failed);
                    due.Add((request, proposal, approved));
                }
            }
        }

        return due;
    }
}

/// <summary>snake_case codes of chaser kinds, as outbox kinds use them.</summary>
internal static class ChaserKinds
{
    public static string Code(ChaserKind kind) => kind switch
    {
        ChaserKind.Reminder => "reminder",
        ChaserKind.SecondReminder => "second_reminder",
        ChaserKind.InternalReviewRequest => "internal_review_request",
        _ => "commissioner_complaint",
    };
}
