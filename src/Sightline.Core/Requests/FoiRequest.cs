using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;

namespace Sightline.Core.Requests;

/// <summary>One request to one body, with its history.</summary>
public sealed record FoiRequest
{
    public required RequestReference Reference { get; init; }

    public required BodyId BodyId { get; init; }

    /// <summary>The body's name at the time, for letters.</summary>
    public required string BodyName { get; init; }

    public FoiLaw Law { get; init; } = FoiLaw.Foia;

    public DeadlineBodyType BodyType { get; init; } = DeadlineBodyType.Standard;

    /// <summary>Events in the order they were recorded.</summary>
    public IReadOnlyList<RequestEvent> Events { get; init; } = [];
}
