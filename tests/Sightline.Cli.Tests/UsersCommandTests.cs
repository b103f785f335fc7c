using System.Text.Json;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>`sightline users add|list|remove` end to end, through the real executable.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-users");

    private string Db => Path.Combine(_directory, "s.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliResult> RunAsync(string[] args, string? stdin = null) => CliProcess.RunAsync(["--db", Db, .. args], environment: CliProcess.NoSeed, standardInput: stdin);

    [Fact]
    public async Task An_admin_added_with_a_generated_password_is_listed_and_can_be_removed()
    {
        CliResult added = await RunAsync(["users", "add", "admin@example.test", "--role", "admin", "--json"]);
        CliResult reader = await RunAsync(["users", "add", "reader@example.test", "--role", "reviewer", "--password-stdin"], "a long enough passphrase\n");
        JsonElement list = (await RunAsync(["users", "list", "--json"])).Json();
        CliResult removed = await RunAsync(["users", "remove", "reader@example.test"]);
        JsonElement after = (await RunAsync(["users", "list", "--json"])).Json();

        Assert.Equal(20, added.Json().GetProperty("password").GetString()!.Length);
        Assert.Equal(0, reader.ExitCode);
        Assert.Equal([("admin@example.test", "admin"), ("reader@example.test", "reviewer")],
            list.EnumerateArray().Select(a => (a.GetProperty("email").GetString(), a.GetProperty("roles")[0].GetString())));
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(["admin@example.test"], after.EnumerateArray().Select(a => a.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Unknown_roles_short_passwords_and_duplicates_are_refused()
    {
        CliResult badRole = await RunAsync(["users", "add", "x@example.test", "--role", "owner"]);
        CliResult shortPassword = await RunAsync(["users", "add", "x@example.test", "--role", "admin", "--password-stdin"], "short\n");
        await RunAsync(["users", "add", "x@example.test", "--role", "admin"]);
        CliResult duplicate = await RunAsync(["users", "add", "x@example.test", "--role", "reviewer"]);
        CliResult missing = await RunAsync(["users", "remove", "nobody@example.test"]);

        Assert.Equal(2, badRole.ExitCode);
        Assert.Equal(3, shortPassword.ExitCode);
        Assert.Equal(3, duplicate.ExitCode);
        Assert.Contains("exists already", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
    }
}
