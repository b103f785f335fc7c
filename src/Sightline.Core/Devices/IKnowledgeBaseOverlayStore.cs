namespace Sightline.Core.Devices;

/// <summary>Stores what users import on top of the shipped knowledge base: MAC prefixes from the IEEE registry and KEV status
/// from CISA's catalogue. Each import replaces the previous one of its kind, in one transaction.</summary>
public interface IKnowledgeBaseOverlayStore
{
    Task ReplaceOuisAsync(IReadOnlyList<OuiEntry> entries, CancellationToken cancellationToken);

    Task<IReadOnlyList<OuiEntry>> LoadOuisAsync(CancellationToken cancellationToken);

    /// <param name="kev">CVE → date added to the catalogue, for the CVEs the knowledge base knows (null: not in the catalogue).</param>
    Task ReplaceKevAsync(IReadOnlyDictionary<string, DateOnly?> kev, string catalogVersion, CancellationToken cancellationToken);

    Task<(IReadOnlyDictionary<string, DateOnly?> Kev, string? CatalogVersion)> LoadKevAsync(CancellationToken cancellationToken);
}

/// <summary>The shipped knowledge base with a store's imports laid over it.</summary>
public static class KnowledgeBaseLoader
{
    public static async Task<DeviceKnowledgeBase> LoadAsync(IKnowledgeBaseOverlayStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        IReadOnlyList<OuiEntry> ouis = await store.LoadOuisAsync(cancellationToken).ConfigureAwait(false);
        var (kev, _) = await store.LoadKevAsync(cancellationToken).ConfigureAwait(false);
        DeviceKnowledgeBase kb = DeviceKnowledgeBase.Default;
        if (ouis.Count > 0)
        {
            kb = kb.WithOuis(ouis);
        }

        return kev.Count > 0 ? kb.WithKev(kev) : kb;
    }
}
