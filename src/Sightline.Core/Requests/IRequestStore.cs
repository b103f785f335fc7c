namespace Sightline.Core.Requests;

/// <summary>Storage port of requests and their event histories.</summary>
public interface IRequestStore
{
    /// <summary>Adds a request with its events. Returns false, writing nothing, when the reference is taken.</summary>
    Task<bool> CreateAsync(FoiRequest request, CancellationToken cancellationToken);

    /// <summary>Appends one event to the history; earlier events are never changed. Returns false when there is no such request.</summary>
    Task<bool> AppendAsync(RequestReference reference, RequestEvent requestEvent, CancellationToken cancellationToken);

    Task<FoiRequest?> FindAsync(RequestReference reference, CancellationToken cancellationToken);

    /// <summary>Every request to any of <paramref name="bodyIds"/>, with its events.</summary>
    Task<IReadOnlyList<FoiRequest>> FindByBodiesAsync(IReadOnlyCollection<string> bodyIds, CancellationToken cancellationToken);

    /// <summary>Caches a derived status for listing and filtering.</summary>
    Task SaveStatusAsync(RequestStatus status, CancellationToken cancellationToken);

    /// <summary>Requests with their last saved status, optionally only those in <paramref name="state"/>, ordered by reference.</summary>
    Task<IReadOnlyList<RequestSummary>> ListAsync(RequestState? state, int limit, CancellationToken cancellationToken);
}

/// <summary>A request as listed: its last saved status.</summary>
public sealed record RequestSummary(RequestReference Reference, string BodyId, string BodyName, RequestState State, DateOnly? Due, DateOnly? NextActionDate, string? NextAction);
