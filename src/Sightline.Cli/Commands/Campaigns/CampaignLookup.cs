using System.CommandLine;
using Sightline.Core.Campaigns;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Cli.Commands.Campaigns;

/// <summary>Finds a campaign by name for the campaign commands, telling the user which exist when it is not there.</summary>
internal static class CampaignLookup
{
    public static async Task<Campaign?> FindAsync(CliContext context, string name, CancellationToken cancellationToken)
    {
        var store = context.Get<ICampaignStore>();
        if (await store.FindAsync(name, cancellationToken) is { } campaign)
        {
            return campaign;
        }

        var names = await store.ListNamesAsync(cancellationToken);
        await context.Error.WriteLineAsync($"error: no campaign '{name}' (campaigns: {(names.Count == 0 ? "none yet; create one with 'campaign create'" : string.Join(", ", names))})");
        return null;
    }

    /// <summary>The action of a command about one named campaign: opens the store, finds the campaign (or says which exist) and
    /// runs <paramref name="body"/> with it.</summary>
    public static void SetCampaignAction(Command command, Argument<string> name, Func<ParseResult, CliContext, Campaign, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                Campaign? campaign = await FindAsync(context, parse.GetValue(name)!, cancellationToken);
                return campaign is null ? ExitCodes.Failure : await body(parse, context, campaign, cancellationToken);
            }
        });

    /// <summary>Each request with its state today.</summary>
    public static IEnumerable<(CampaignRequest Request, RequestStatus Status)> Evaluate(CliContext context, IEnumerable<CampaignRequest> requests)
    {
        var lifecycle = context.Get<RequestLifecycle>();
        DateOnly today = Hosting.LondonDay.Of(context.Get<TimeProvider>().GetUtcNow());
        return requests.Select(r => (r, lifecycle.Evaluate(r.Request, today)));
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    public static DateOnly? Due(RequestStatus status) => status.Deadline?.ExtendedDue ?? status.Deadline?.Due;

    public static DeadlineResult? Deadline(RequestStatus status) => status.Deadline;
}
