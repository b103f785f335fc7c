using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sightline.Hosting;
using Sightline.Testing;

namespace Sightline.Web.Tests;

/// <summary>The real web application on Kestrel at a free loopback port, with a SQLite store of its own (the UK registry
/// loaded unless <see cref="Seed"/> is false). Shared by endpoint tests (HttpClient) and browser tests (Playwright).</summary>
public class SightlineWebFactory : IAsyncLifetime
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-web");
    private WebApplication? _app;

    /// <summary>Load the bundled UK registry into the new store (a subclass may turn it off).</summary>
    protected virtual bool Seed => true;

    /// <summary>Configuration values for the app (a subclass may set some).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => _app!.Services;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Adjusts the app's options before it is built (a subclass may give it mail servers).</summary>
    protected virtual void Configure(SightlineOptions options)
    {
    }

    /// <summary>Adds test data to the prepared store before the app starts (a subclass may add some).</summary>
    protected virtual Task SeedAsync(IServiceProvider services) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var options = new SightlineOptions { Database = new DatabaseTarget(DatabaseEngine.Sqlite, Path.Combine(_directory, "web.db")) };
        Configure(options);
        _app = SightlineWebApp.Build(builder, options);
        if (!await SightlineWebApp.PrepareStoreAsync(_app, Seed, TextWriter.Null, CancellationToken.None))
        {
            throw new InvalidOperationException("The test store could not be prepared.");
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await SeedAsync(scope.ServiceProvider);
        }

        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>An HttpClient with its own cookies that does not follow redirects; signed in as <paramref name="email"/> unless null.</summary>
    public async Task<HttpClient> ClientAsync(string? email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = BaseAddress };
        if (email is null)
        {
            return client;
        }

        string token = await WorkspaceWebFactory.TokenAsync(client, "/account/sign-in");
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = WorkspaceWebFactory.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} gave {(int)response.StatusCode}.");
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
