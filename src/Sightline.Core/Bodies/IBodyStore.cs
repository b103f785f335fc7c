namespace Sightline.Core.Bodies;

/// <summary>The registry's storage port.</summary>
public interface IBodyStore
{
    /// <summary>Writes every body of one import in a single transaction: bodies are matched by id, then by any external
    /// identifier, and updated in place; bodies of <paramref name="source"/> absent from <paramref name="bodies"/> are marked
    /// inactive when <paramref name="deactivateMissing"/> is set. Nothing is written if anything fails.</summary>
    Task<BodyImportSummary> ImportAsync(string source, IReadOnlyList<Body> bodies, bool deactivateMissing, CancellationToken cancellationToken);

    Task<Body?> FindAsync(BodyId id, CancellationToken cancellationToken);

    Task<Body?> FindByIdentifierAsync(ExternalId identifier, CancellationToken cancellationToken);

    Task<BodyPage> SearchAsync(BodyQuery query, CancellationToken cancellationToken);

    /// <summary>Every body, active or not, with its identifiers and tags, in no particular order (one read: for in-memory indexes).</summary>
    Task<IReadOnlyList<Body>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>The registry's <see cref="BodyRegistryRevision"/>: changes whenever an import changes anything.</summary>
    Task<BodyRegistryRevision> GetRevisionAsync(CancellationToken cancellationToken);

    /// <summary>Active bodies per sector.</summary>
    Task<IReadOnlyDictionary<Sector, int>> CountBySectorAsync(CancellationToken cancellationToken);
}
