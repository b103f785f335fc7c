namespace Sightline.Core.Bodies;

/// <summary>A public body in the registry. Immutable: use <c>with</c> to change it.</summary>
/// <remarks><see cref="Region"/> is only set for English bodies whose region the source states; an unknown value is null,
/// never guessed. <see cref="Source"/> names the import that owns the body: re-importing that source updates it in place,
/// and a body missing from a later import of its source is marked inactive, never deleted.</remarks>
public sealed record Body
{
    public required BodyId Id { get; init; }

    public required string Name { get; init; }

    public required Sector Sector { get; init; }

    public Nation? Nation { get; init; }

    public Region? Region { get; init; }

    public FoiLaw Law { get; init; } = FoiLaw.Foia;

    /// <summary>A finer kind within the sector as the source writes it, e.g. "London borough", "Academy converter".</summary>
    public string? Subtype { get; init; }

    /// <summary>For schools: the local authority the school is in, as the source writes it.</summary>
    public string? LocalAuthority { get; init; }

    public string? Website { get; init; }

    public string? FoiEmail { get; init; }

    public IReadOnlyList<ExternalId> Identifiers { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The import that owns this body, e.g. <c>uk:councils</c>, <c>gias</c>, <c>file:my-bodies.csv</c>.</summary>
    public required string Source { get; init; }

    public bool Active { get; init; } = true;

    /// <summary>Free-text remarks from the source (e.g. why a field is unknown).</summary>
    public string? Notes { get; init; }

    public ExternalId? Identifier(string scheme) => Identifiers.FirstOrDefault(i => i.Scheme == scheme);
}
