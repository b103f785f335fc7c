using System.CommandLine;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline serve</c>: the web application on the local store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Run the Sightline web application (public site, API) on the configured store. " +
            "A new store is created, migrated and loaded with the UK registry on first run.") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CliContext.TryGetOptions(parse, out var options, out string? error))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --db: {error}");
                return ExitCodes.UsageError;
            }

            return await SightlineWebApp.RunAsync(options, parse.GetValue(urls)!, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
