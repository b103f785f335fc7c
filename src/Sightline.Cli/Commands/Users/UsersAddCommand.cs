using System.CommandLine;
using Sightline.Core.Accounts;
using Sightline.Hosting.Accounts;

namespace Sightline.Cli.Commands.Users;

/// <summary><c>sightline users add EMAIL --role ROLE [--password-stdin]</c>.</summary>
internal static class UsersAddCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account's e-mail address (its sign-in name)." };
        var role = new Option<string>("--role", "-r") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the password from the first line of standard input (at least {AccountService.MinimumPasswordLength} characters). " +
                "Without it a random password is generated and printed once.",
        };
        var command = new Command("add", "Add a workspace account with a role.") { email, role, passwordStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string password;
            bool generated = !parse.GetValue(passwordStdin);
            if (generated)
            {
                password = AccountService.GeneratePassword();
            }
            else
            {
                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty;
                if (password.Length < AccountService.MinimumPasswordLength)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: the password on standard input is shorter than {AccountService.MinimumPasswordLength} characters");
                    return ExitCodes.BadInput;
                }
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                string address = parse.GetValue(email)!;
                AddAccountOutcome outcome = await context.Get<AccountService>().AddAsync(address, parse.GetValue(role)!, password);
                switch (outcome)
                {
                    case AddAccountOutcome.Added added:
                        if (context.Json)
                        {
                            await CliJson.WriteAsync(context.Out, new { email = added.Account.Email, roles = added.Account.Roles, password = generated ? password : null });
                        }
                        else
                        {
                            await context.Out.WriteLineAsync($"Added {added.Account.Email} ({string.Join(", ", added.Account.Roles)}).");
                            if (generated)
                            {
                                await context.Out.WriteLineAsync($"Password: {password}");
                                await context.Out.WriteLineAsync("It is shown only this once.");
                            }
                        }

                        return ExitCodes.Ok;
                    case AddAccountOutcome.Rejected rejected:
                        await context.Error.WriteLineAsync($"error: {rejected.Reason}");
                        return ExitCodes.BadInput;
                    default:
                        throw new InvalidOperationException("Unknown outcome.");
                }
            }
        });
        return command;
    }
}
