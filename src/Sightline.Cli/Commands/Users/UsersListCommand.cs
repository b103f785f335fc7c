using System.CommandLine;
using Sightline.Hosting.Accounts;
using Spectre.Console;

namespace Sightline.Cli.Commands.Users;

/// <summary><c>sightline users list</c>.</summary>
internal static class UsersListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the workspace accounts and their roles.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var accounts = await context.Get<AccountService>().ListAsync(cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, accounts);
                    return ExitCodes.Ok;
                }

                if (accounts.Count == 0)
                {
                    await context.Out.WriteLineAsync("No accounts. Add one with: sightline users add EMAIL --role admin");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumn("E-mail").AddColumn("Roles").AddColumn("Locked out");
                foreach (Account a in accounts)
                {
                    table.AddRow(Markup.Escape(a.Email), Markup.Escape(string.Join(", ", a.Roles)), a.LockedOut ? "yes" : "no");
                }

                context.Terminal.Write(table);
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
