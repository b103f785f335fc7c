using Sightline.Cli.Commands.Answers;
using System.CommandLine;
using Sightline.Cli.Commands;
using Sightline.Cli.Commands.Bodies;
using Sightline.Cli.Commands.Campaigns;
using Sightline.Cli.Commands.Chasers;
using Sightline.Cli.Commands.Mail;
using Sightline.Cli.Commands.Requests;
using Sightline.Cli.Commands.Deadlines;
using Sightline.Cli.Commands.Devices;
using Sightline.Cli.Commands.Exposure;
using Sightline.Cli.Commands.Scan;
using Sightline.Cli.Commands.Statistics;
using Sightline.Cli.Commands.Users;

namespace Sightline.Cli;

/// <summary>Builds the command tree. Each command lives in its own file under Commands/.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Sightline finds out who makes the cameras watching the public: a registry of UK public bodies, " +
            "FOI campaigns, answer coding, device identification and statistics.")
        {
            GlobalOptions.Database,
            GlobalOptions.Json,
            ServeCommand.Create(),
            new Command("bodies", "The registry of UK public bodies: import, list, show.")
            {
                BodiesImportCommand.Create(),
                BodiesListCommand.Create(),
                BodiesShowCommand.Create(),
            },
            new Command("campaign", "FOI campaigns: one request to many bodies, each with its own reference and reply address.")
            {
                CampaignCreateCommand.Create(),
                CampaignShowCommand.Create(),
                CampaignSendCommand.Create(),
                CampaignStatusCommand.Create(),
                CampaignStopCommand.Create(resume: false),
                CampaignStopCommand.Create(resume: true),
            },
            new Command("mail", "Received mail: fetch and file replies, the holding pen.")
            {
                MailSyncCommand.Create(),
                MailUnmatchedCommand.Create(),
                MailAssignCommand.Create(),
            },
            new Command("requests", "Campaign requests: list them by state, show one with its history and mail.")
            {
                RequestsListCommand.Create(),
                RequestsShowCommand.Create(),
            },
            new Command("chasers", "Follow-ups the lifecycle proposes: list, approve, send.")
            {
                ChasersListCommand.Create(),
                ChasersApproveCommand.Create(),
                ChasersSendCommand.Create(),
            },
            DeadlineCommand.Create(),
            HolidaysCommand.Create(),
            IdentifyCommand.Create(),
            ClassifyCommand.Create(),
            VulnsCommand.Create(),
            KbCommand.Create(),
            ExposureCommand.Create(),
            ScanCommand.Create(),
            new Command("results", "A campaign's coded results: import them from a file.") { ResultsImportCommand.Create() },
            StatsCommand.Create(),
            AuditCommand.Create(),
            ReportCommand.Create(),
            new Command("users", "Workspace accounts: add, list, remove.")
            {
                UsersAddCommand.Create(),
                UsersListCommand.Create(),
                UsersRemoveCommand.Create(),
            },
        };
        return root;
    }

    /// <summary>Parses and runs. Parse errors exit with <see cref="ExitCodes.UsageError"/> after printing what was wrong.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        RootCommand root = CreateRoot();
        ParseResult parse = root.Parse(args);
        // Program.cs turns SIGINT/SIGTERM into cancellation; System.CommandLine's own handler would race with it.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync($"Run '{string.Join(' ', CommandPath(parse))} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }

    private static Stack<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(result.Command is RootCommand ? "sightline" : result.Command.Name);
        }

        return names;
    }
}
