using System.CommandLine;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;
using Sightline.Hosting.Mail;

namespace Sightline.Cli.Commands.Mail;

/// <summary><c>sightline mail assign</c>.</summary>
internal static class MailAssignCommand
{
    public static Command Create()
    {
        var message = new Argument<long>("MESSAGE") { Description = "The message number shown by 'mail unmatched'." };
        var reference = new Argument<string>("REF") { Description = "The request it belongs to." };
        var command = new Command("assign", "File a message from the holding pen under a request; it is triaged as if it had matched (event and proposed coding).") { message, reference };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!RequestReference.TryParse(parse.GetValue(reference), out RequestReference? parsed))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: '{parse.GetValue(reference)}' is not a request reference");
                return ExitCodes.UsageError;
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var inbox = context.Get<IInboxStore>();
                if (!await inbox.ReferenceExistsAsync(parsed.Value.Value, cancellationToken))
                {
                    await context.Error.WriteLineAsync($"error: no request {parsed.Value}");
                    return ExitCodes.Failure;
                }

                StoredMessage? stored = await inbox.FindAsync(parse.GetValue(message), cancellationToken);
                if (stored is null)
                {
                    await context.Error.WriteLineAsync($"error: no message #{parse.GetValue(message)} (see: sightline mail unmatched)");
                    return ExitCodes.Failure;
                }

                if (stored.Reference is not null)
                {
                    await context.Error.WriteLineAsync($"error: message #{stored.Id} is already filed under {stored.Reference}");
                    return ExitCodes.Failure;
                }

                IngestResult? result = await context.Get<MailIngestor>().AssignAsync(stored.Id, parsed.Value.Value, cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { Message = stored.Id, Reference = parsed.Value.Value, result?.Triage });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Filed message #{stored.Id} under {parsed.Value} ({result?.Triage}).");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
