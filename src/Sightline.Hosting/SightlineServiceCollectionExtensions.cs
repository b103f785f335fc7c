using Sightline.Core.Answers;
using Sightline.Core.Correspondence;
using Sightline.Documents;
using Sightline.Hosting.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Deadlines;
using Sightline.Core.Devices;
using Sightline.Core.Requests;
using Sightline.Imports.Bodies;
using Sightline.Imports.Exposure;
using Sightline.Imports.Results;
using Sightline.Storage.Postgres;
using Sightline.Storage.Sqlite;

namespace Sightline.Hosting;

/// <summary>One registration for every host, so the CLI and the web app run the same code paths.</summary>
public static class SightlineServiceCollectionExtensions
{
    public static IServiceCollection AddSightline(this IServiceCollection services, SightlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        _ = options.Database.Engine switch
        {
            DatabaseEngine.Sqlite => services.AddSqliteStorage(SqliteStorage.ConnectionStringFor(options.Database.Value)),
            DatabaseEngine.Postgres => services.AddPostgresStorage(options.Database.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Database.Engine, "Unknown database engine."),
        };
        services.AddScoped<BodyImporter>();
        services.AddScoped<ResultsImporter>();
        services.AddScoped<ExposureImporter>();
        services.AddScoped<Sightline.Network.NetworkScanner>();
        services.AddSingleton(BankHolidayCalendar.Default);
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<RequestLifecycle>();
        services.AddSingleton(DeviceKnowledgeBase.Default);
        services.AddSingleton<IDeviceTextScanner>(sp => new DeviceTextScanner(sp.GetRequiredService<DeviceKnowledgeBase>()));
        services.AddSingleton<DeviceIdentifier>();
        services.AddSingleton(new DocumentReader());
        services.AddSingleton<AnswerCoder>();
        services.AddSingleton<Bodies.BodySearch>();
        services.AddScoped<Campaigns.CampaignService>();
        services.AddScoped<Campaigns.ChaserService>();
        services.AddScoped<Mail.MailIngestor>();
        services.AddScoped(sp => new OutboxRunner(sp.GetRequiredService<IOutboxStore>(), sp.GetRequiredService<TimeProvider>(), LondonDay.Of));
        services.AddSightlineAccounts();
        services.AddScoped<SightlineStartup>();
        return services;
    }
}
