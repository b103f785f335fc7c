using System.CommandLine;
using Sightline.Cli.Commands.Campaigns;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;

namespace Sightline.Cli.Commands.Requests;

/// <summary><c>sightline requests show</c>.</summary>
internal static class RequestsShowCommand
{
    public static Command Create()
    {
        var reference = new Argument<string>("REF") { Description = "The request's reference, e.g. CCTV24-0042." };
        var command = new Command("show", "Show one request: where it went, its history, its state and deadline today, the next follow-up, and the mail filed under it.") { reference };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!RequestReference.TryParse(parse.GetValue(reference), out RequestReference? parsed))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: '{parse.GetValue(reference)}' is not a request reference (like CCTV24-0042)");
                return ExitCodes.UsageError;
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var found = await context.Get<ICampaignStore>().FindRequestAsync(parsed.Value.Value, cancellationToken);
                if (found is not { } f)
                {
                    await context.Error.WriteLineAsync($"error: no campaign request {parsed.Value} (list them with: sightline requests list)");
                    return ExitCodes.Failure;
                }

                var (_, status) = CampaignLookup.Evaluate(context, [f.Request]).Single();
                var mail = await context.Get<IInboxStore>().ListAsync(parsed.Value.Value, false, 1000, cancellationToken);
                var codings = await context.Get<IProposedCodingStore>().ListAsync(null, parsed.Value.Value, 100, cancellationToken);
                FoiRequest request = f.Request.Request;
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Reference = request.Reference.Value, f.Campaign, BodyId = request.BodyId.Value, request.BodyName, Law = request.Law.ToString().ToLowerInvariant(),
                        f.Request.Email, f.Request.ReplyAddress, Outbox = f.Request.OutboxState, f.Request.MessageId, f.Request.LastError,
                        State = status.State.ToCode(), Due = CampaignLookup.Due(status), status.DaysOverdue,
                        NextAction = status.NextAction is { } n ? new { Kind = n.Kind.ToString(), n.Date, n.Subject } : null,
                        Events = request.Events.Select(e => new { Kind = e.Kind.ToCode(), e.Date, e.Outcome, e.Days, e.Note }),
                        Messages = mail.Select(m => new { m.Id, m.From, m.Subject, m.MatchedBy, m.Triage, m.Note, Attachments = m.Attachments.Select(a => new { a.Name, a.MediaType, a.Sha256, a.Size }) }),
                        Codings = codings.Select(c => new { c.Id, c.MessageId, Status = c.Status.ToString().ToLowerInvariant(), c.Proposed.Kind, c.Proposed.Outcome, c.Proposed.Hikvision, c.Proposed.Dahua, c.Proposed.Confidence }),
                    });
                    return ExitCodes.Ok;
                }

                TextWriter o = context.Out;
                await o.WriteLineAsync($"{request.Reference}  {request.BodyName}  ({f.Campaign})");
                await o.WriteLineAsync($"  to:       {f.Request.Email}   replies: {f.Request.ReplyAddress}");
                await o.WriteLineAsync($"  outbox:   {f.Request.OutboxState ?? "not queued"}{(f.Request.LastError is { } err ? $"  ({err})" : string.Empty)}");
                await o.WriteLineAsync($"  state:    {status.State.ToCode()}   due {CampaignLookup.Date(CampaignLookup.Due(status))}{(status.DaysOverdue > 0 ? $"  ({status.DaysOverdue} working days overdue)" : string.Empty)}");
                if (status.NextAction is { } next)
                {
                    await o.WriteLineAsync($"  next:     {next.Kind} from {CampaignLookup.Date(next.Date)}: {next.Subject}");
                }

                await o.WriteLineAsync("  history:");
                foreach (RequestEvent e in request.Events)
                {
                    await o.WriteLineAsync($"    {CampaignLookup.Date(e.Date)}  {e.Kind.ToCode()}{(e.Outcome is null ? string.Empty : " " + e.Outcome)}{(e.Note is null ? string.Empty : "  " + e.Note)}");
                }

                await o.WriteLineAsync($"  mail ({mail.Count}):");
                foreach (StoredMessage m in mail)
                {
                    await o.WriteLineAsync($"    #{m.Id} {m.Triage,-22} {m.From}  {m.Subject}  [{m.MatchedBy}; {m.Attachments.Count} attachments]");
                }

                foreach (StoredCoding c in codings)
                {
                    await o.WriteLineAsync($"  coding #{c.Id} ({c.Status.ToString().ToLowerInvariant()}): {c.Proposed.Kind}, {c.Proposed.Outcome}, hikvision {c.Proposed.Hikvision}, dahua {c.Proposed.Dahua}, confidence {c.Proposed.Confidence:0.00}");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
