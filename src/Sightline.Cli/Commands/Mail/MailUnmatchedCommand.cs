using System.CommandLine;
using Sightline.Core.Correspondence;

namespace Sightline.Cli.Commands.Mail;

/// <summary><c>sightline mail unmatched</c>.</summary>
internal static class MailUnmatchedCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 200 };
        var command = new Command("unmatched", "The holding pen: received messages that matched no request. File one with 'mail assign MESSAGE REF'.") { limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var held = await context.Get<IInboxStore>().ListAsync(null, true, parse.GetValue(limit), cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, held.Select(m => new { m.Id, m.MessageId, m.From, m.Subject, Received = m.ReceivedUtc, m.Triage, m.Note, Attachments = m.Attachments.Count }));
                    return ExitCodes.Ok;
                }

                foreach (StoredMessage m in held)
                {
                    await context.Out.WriteLineAsync($"#{m.Id,-6} {m.ReceivedUtc:yyyy-MM-dd HH:mm}  {m.Triage,-22} {m.From}  {m.Subject}");
                }

                await context.Out.WriteLineAsync($"{held.Count:N0} unmatched messages.");
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
