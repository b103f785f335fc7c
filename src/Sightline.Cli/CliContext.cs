using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Statistics;
using Sightline.Hosting;
using Spectre.Console;

namespace Sightline.Cli;

/// <summary>What a command needs once parsing is done: the writers, the output mode and an opened, migrated store.</summary>
internal sealed class CliContext : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private CliContext(ParseResult parse, ServiceProvider provider)
    {
        Parse = parse;
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public ParseResult Parse { get; }

    public TextWriter Out => Parse.InvocationConfiguration.Output;

    public TextWriter Error => Parse.InvocationConfiguration.Error;

    public bool Json => Parse.GetValue(GlobalOptions.Json);

    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>A console for tables, writing to <see cref="Out"/> without colour codes, wide enough for long names.</summary>
    public IAnsiConsole Terminal => TerminalFor(Out);

    public static IAnsiConsole TerminalFor(TextWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Resolves the database from <c>--db</c> or <c>SIGHTLINE_DB</c>; a bad value is a usage error.</summary>
    public static bool TryGetOptions(ParseResult parse, out SightlineOptions options, out string? error)
    {
        string? db = parse.GetValue(GlobalOptions.Database) ?? Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable);
        options = new SightlineOptions();
        if (!DatabaseTarget.TryParse(db, out DatabaseTarget? target, out error))
        {
            return false;
        }

        options.Database = target;
        return true;
    }

    /// <summary>Opens and migrates the store. A store opened for the first time is loaded with the bundled UK registry
    /// (unless SIGHTLINE_SEED_REGISTRY=0). On failure, prints why and returns null with the exit code to use.</summary>
    public static async Task<(CliContext? Context, int ExitCode)> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        TextWriter error = parse.InvocationConfiguration.Error;
        if (!TryGetOptions(parse, out SightlineOptions options, out string? optionError))
        {
            await error.WriteLineAsync($"error: --db: {optionError}");
            return (null, ExitCodes.UsageError);
        }

        var services = new ServiceCollection();
        try
        {
            services.AddSightline(options);
        }
        catch (FormatException ex)
        {
            await error.WriteLineAsync($"error: --db: {ex.Message}");
            return (null, ExitCodes.UsageError);
        }

        var context = new CliContext(parse, services.BuildServiceProvider());
        StartupResult startup = await context.Get<SightlineStartup>().PrepareAsync(SeedNewStores(), cancellationToken);
        if (!startup.Ok)
        {
            await error.WriteLineAsync($"error: {startup.Error}");
            await context.DisposeAsync();
            return (null, ExitCodes.Failure);
        }

        if (startup.Seeded is { } seeded)
        {
            await error.WriteLineAsync($"New store: loaded the bundled UK registry ({seeded.Sum(s => s.Added):N0} bodies).");
        }

        return (context, ExitCodes.Ok);
    }

    /// <summary>A campaign's results, or null after telling the user which campaigns exist.</summary>
    public async Task<IReadOnlyList<CodedResult>?> LoadCampaignAsync(string name, CancellationToken cancellationToken)
    {
        var store = Get<IResultStore>();
        if (await store.LoadAsync(name, cancellationToken) is { } results)
        {
            return results;
        }

        var known = await store.ListCampaignsAsync(cancellationToken);
        await Error.WriteLineAsync($"error: no campaign '{name}' (campaigns: {(known.Count == 0 ? "none yet; import results first" : string.Join(", ", known))})");
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    private static bool SeedNewStores() => Environment.GetEnvironmentVariable("SIGHTLINE_SEED_REGISTRY") is not ("0" or "false");
}
