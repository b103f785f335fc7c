using System.CommandLine;
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
                long id = parse.GetValue(message);
                AssignOutcome outcome = await context.Get<MailIngestor>().AssignAsync(id, parsed.Value.Value, cancellationToken);
                string? problem = outcome.Refusal switch
                {
                    AssignRefusal.None => null,
                    AssignRefusal.NoSuchMessage => $"no message #{id} (see: sightline mail unmatched)",
                    AssignRefusal.NoSuchRequest => $"no request {parsed.Value}",
                    AssignRefusal.AlreadyFiled => $"message #{id} is already filed under {outcome.Message?.Reference}",
                    _ => $"message #{id} was filed by someone else meanwhile",
                };
                if (problem is not null)
                {
                    await context.Error.WriteLineAsync($"error: {problem}");
                    return ExitCodes.Failure;
                }

                IngestResult result = outcome.Filed!;
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { Message = id, Reference = parsed.Value.Value, result.Triage });
                }
                else
                {
                    await context.Out.WriteLineAsync($"Filed message #{id} under {parsed.Value} ({result.Triage}).");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
