using System.CommandLine;
using Sightline.Cli.Commands.Campaigns;
using Sightline.Core.Campaigns;
using Sightline.Core.Requests;

namespace Sightline.Cli.Commands.Requests;

/// <summary><c>sightline requests list</c>.</summary>
internal static class RequestsListCommand
{
    public static Command Create()
    {
        var campaign = new Option<string?>("--campaign") { Description = "Only this campaign's requests.", HelpName = "NAME" };
        var state = new Option<string?>("--state") { Description = "Only requests in this state today: " + string.Join(", ", Enum.GetValues<RequestState>().Select(s => s.ToCode())) + ".", HelpName = "STATE" };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 1000 };
        var command = new Command("list", "List campaign requests with their state today, due date and next action.") { campaign, state, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            RequestState? wanted = null;
            if (parse.GetValue(state) is { } stateText)
            {
                if (!RequestStates.TryParse(stateText, out wanted))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --state: unknown state '{stateText}' (accepted: {string.Join(", ", Enum.GetValues<RequestState>().Select(s => s.ToCode()))})");
                    return ExitCodes.UsageError;
                }
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var store = context.Get<ICampaignStore>();
                IReadOnlyList<string> names = parse.GetValue(campaign) is { } one ? [one] : await store.ListNamesAsync(cancellationToken);
                if (parse.GetValue(campaign) is { } only && await CampaignLookup.FindAsync(context, only, cancellationToken) is null)
                {
                    return ExitCodes.Failure;
                }

                var rows = new List<(string Campaign, CampaignRequest Request, RequestStatus Status)>();
                foreach (string name in names)
                {
                    foreach (var (request, status) in CampaignLookup.Evaluate(context, await store.LoadRequestsAsync(name, cancellationToken)))
                    {
                        if (wanted is null || status.State == wanted || (wanted == RequestState.Overdue && status.State == RequestState.LongOverdue))
                        {
                            rows.Add((name, request, status));
                        }
                    }
                }

                var shown = rows.Take(Math.Max(1, parse.GetValue(limit))).ToList();
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Total = rows.Count,
                        Requests = shown.Select(r => new
                        {
                            r.Campaign, Reference = r.Request.Request.Reference.Value, BodyId = r.Request.Request.BodyId.Value, r.Request.Request.BodyName, r.Request.Email,
                            State = r.Status.State.ToCode(), Due = CampaignLookup.Due(r.Status), r.Status.DaysOverdue, Outbox = r.Request.OutboxState,
                            NextAction = r.Status.NextAction?.Kind.ToString(), NextActionDate = r.Status.NextAction?.Date,
                        }),
                    });
                    return ExitCodes.Ok;
                }

                foreach (var r in shown)
                {
                    await context.Out.WriteLineAsync($"{r.Request.Request.Reference.Value,-16} {r.Status.State.ToCode(),-24} due {CampaignLookup.Date(CampaignLookup.Due(r.Status))}  {r.Request.Request.BodyName}");
                }

                await context.Out.WriteLineAsync($"{rows.Count:N0} requests{(rows.Count > shown.Count ? $" ({shown.Count:N0} shown; --limit)" : string.Empty)}");
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
