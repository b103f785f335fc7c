using System.CommandLine;
using Sightline.Hosting.Accounts;

namespace Sightline.Cli.Commands.Users;

/// <summary><c>sightline users remove EMAIL</c>.</summary>
internal static class UsersRemoveCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account to remove." };
        var command = new Command("remove", "Remove a workspace account (its review decisions stay recorded under its address).") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                string address = parse.GetValue(email)!;
                if (!await context.Get<AccountService>().RemoveAsync(address))
                {
                    await context.Error.WriteLineAsync($"error: no account for {address} (see: sightline users list)");
                    return ExitCodes.Failure;
                }

                await context.Out.WriteLineAsync($"Removed {address}.");
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
