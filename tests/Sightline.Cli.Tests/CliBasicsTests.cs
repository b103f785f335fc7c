using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>The CLI contract every command shares, checked across a real process boundary.</summary>
public sealed class CliBasicsTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_exits_zero()
    {
        CliResult result = await CliProcess.RunAsync(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("serve", result.Output, StringComparison.Ordinal);
        Assert.Contains("bodies", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        CliResult result = await CliProcess.RunAsync(["frobnicate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sector_is_a_usage_error_listing_the_accepted_values()
    {
        string dir = TestPaths.NewTempDirectory();
        CliResult result = await CliProcess.RunAsync(["--db", Path.Combine(dir, "s.db"), "bodies", "list", "--sector", "skool"], environment: CliProcess.NoSeed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown sector 'skool' (accepted: school, fe_college, university, council, nhs_trust, police, government, other)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_a_clear_error_without_a_stack_trace()
    {
        CliResult result = await CliProcess.RunAsync(["--db", "/nonexistent-dir/sub/x.db", "bodies", "list"], environment: CliProcess.NoSeed);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot open or migrate the sqlite database /nonexistent-dir/sub/x.db", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postgres_server_that_is_not_there_is_a_clear_error()
    {
        CliResult result = await CliProcess.RunAsync(["--db", "postgres://nobody:secret@127.0.0.1:1/sightline", "bodies", "list"], environment: CliProcess.NoSeed);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot open or migrate the postgresql database sightline on 127.0.0.1:1", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mail-every", "1", "--mail-every must be 5 to 86400 seconds")]
    [InlineData("--smtp", "ftp://mail.example.test", "error: --smtp:")]
    [InlineData("--tls", "sometimes", "--tls must be auto, none, starttls or tls")]
    public async Task Serve_refuses_bad_mail_settings_before_starting(string option, string value, string message)
    {
        string dir = TestPaths.NewTempDirectory();
        string[] args = option == "--tls"
            ? ["--db", Path.Combine(dir, "s.db"), "serve", "--urls", "http://127.0.0.1:0", "--smtp", "smtp://127.0.0.1:2525", option, value]
            : ["--db", Path.Combine(dir, "s.db"), "serve", "--urls", "http://127.0.0.1:0", option, value];
        CliResult result = await CliProcess.RunAsync(args, environment: CliProcess.NoSeed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "s.db"))); // refused before the store was touched
    }
}
