namespace Sightline.Core.Bodies;

/// <summary>A registry search. All filters are optional and combine with AND.</summary>
public sealed record BodyQuery
{
    public const int MaxLimit = 10_000;
    public const int MaxTextLength = 200;

    /// <summary>Words that must all appear in the body's name or match one of its identifiers (e.g. <c>E08000003</c>).</summary>
    public string? Text { get; init; }

    public Sector? Sector { get; init; }

    public Nation? Nation { get; init; }

    public Region? Region { get; init; }

    public string? Tag { get; init; }

    public bool IncludeInactive { get; init; }

    /// <summary>1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    public int Offset { get; init; }
}
