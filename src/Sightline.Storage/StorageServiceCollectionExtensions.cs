using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Sightline.Core.Requests;
using Sightline.Core.Statistics;
using Sightline.Storage.Bodies;
using Sightline.Storage.Campaigns;
using Sightline.Storage.Correspondence;
using Sightline.Storage.Devices;
using Sightline.Storage.Exposure;
using Sightline.Storage.Requests;
using Sightline.Storage.Results;
using Sightline.Storage.Review;
using Sightline.Core.Review;

namespace Sightline.Storage;

/// <summary>Registers the stores. The engine project (SQLite or PostgreSQL) registers the <see cref="SightlineDbContext"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddSightlineStores(this IServiceCollection services)
    {
        services.AddScoped<IBodyStore, EfBodyStore>();
        services.AddScoped<IRequestStore, EfRequestStore>();
        services.AddScoped<IKnowledgeBaseOverlayStore, EfKnowledgeBaseOverlayStore>();
        services.AddScoped<IResultStore, EfResultStore>();
        services.AddScoped<IExposureStore, EfExposureStore>();
        services.AddScoped<ICampaignStore, EfCampaignStore>();
        services.AddScoped<IOutboxStore, EfOutboxStore>();
        services.AddScoped<EfInboxStore>();
        services.AddScoped<IInboxStore>(sp => sp.GetRequiredService<EfInboxStore>());
        services.AddScoped<IProposedCodingStore>(sp => sp.GetRequiredService<EfInboxStore>());
        services.AddScoped<IReviewStore, EfReviewStore>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
