using Sightline.Hosting;

namespace Sightline.Web;

/// <summary>Builds and runs the web application. The CLI's <c>serve</c> and this project's own entry point both use it.</summary>
public static class SightlineWebApp
{
    /// <summary>Configuration keys: <c>Sightline:Database</c> (or env SIGHTLINE_DB) and <c>urls</c>.</summary>
    public static async Task<int> RunFromArgsAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        string? db = builder.Configuration["Sightline:Database"] ?? builder.Configuration[DatabaseTarget.EnvironmentVariable];
        if (!DatabaseTarget.TryParse(db, out DatabaseTarget? target, out string? error))
        {
            await Console.Error.WriteLineAsync($"error: database: {error}");
            return 2;
        }

        var app = Build(builder, new SightlineOptions { Database = target });
        return await StartAsync(app, Console.Error, CancellationToken.None);
    }

    /// <summary>Runs on <paramref name="urls"/> until cancelled. Returns 1 when the store cannot be opened.</summary>
    public static async Task<int> RunAsync(SightlineOptions options, string urls, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        var app = Build(builder, options);
        return await StartAsync(app, error, cancellationToken);
    }

    /// <summary>Registers services and maps every page and endpoint.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, SightlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddSightline(options);
        builder.Services.AddSightlineWeb(builder.Configuration);
        var app = builder.Build();
        app.UseSightlineWeb();
        return app;
    }

    /// <summary>Migrates the store (loading the UK registry into a new one). Returns false, having said why, when it cannot be opened.</summary>
    public static async Task<bool> PrepareStoreAsync(WebApplication app, bool seedNewStore, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(log);
        await using var scope = app.Services.CreateAsyncScope();
        var startup = scope.ServiceProvider.GetRequiredService<SightlineStartup>();
        StartupResult result = await startup.PrepareAsync(seedNewStore, cancellationToken);
        if (!result.Ok)
        {
            await log.WriteLineAsync($"error: {result.Error}");
            return false;
        }

        if (result.Seeded is { } seeded)
        {
            await log.WriteLineAsync($"New store: loaded the bundled UK registry ({seeded.Sum(s => s.Added):N0} bodies).");
        }

        await log.WriteLineAsync($"Store: {startup.Database}");
        return true;
    }

    private static async Task<int> StartAsync(WebApplication app, TextWriter error, CancellationToken cancellationToken)
    {
        bool seed = Environment.GetEnvironmentVariable("SIGHTLINE_SEED_REGISTRY") is not ("0" or "false");
        if (!await PrepareStoreAsync(app, seed, error, cancellationToken))
        {
            return 1;
        }

        await app.RunAsync(cancellationToken);
        return 0;
    }
}
