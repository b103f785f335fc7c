using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Bodies;

/// <summary>A body's stable Sightline id: a sector prefix and a key taken from the body's main external identifier,
/// e.g. <c>la-e08000003</c>, <c>sch-100000</c>, <c>pol-avon-and-somerset</c>. The same source row always gives the same id,
/// on any machine, so ids can be cited in exports and URLs.</summary>
public readonly record struct BodyId
{
    public const int MaxLength = 120;

    private BodyId(string value) => Value = value;

    public string Value { get; }

    /// <summary>Makes the id of a body of <paramref name="sector"/> whose key is <paramref name="key"/> (any text; slugified).</summary>
    /// <exception cref="ArgumentException">The key has no letters or digits.</exception>
    public static BodyId For(Sector sector, string key)
    {
        string slug = NameNormalizer.Slug(key);
        if (slug.Length == 0)
        {
            throw new ArgumentException("A body id key needs at least one letter or digit.", nameof(key));
        }

        string value = $"{sector.IdPrefix()}-{slug}";
        return new BodyId(value.Length <= MaxLength ? value : value[..MaxLength].TrimEnd('-'));
    }

    /// <summary>Accepts an id as printed by Sightline (lower-case letters, digits and hyphens).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BodyId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        string trimmed = text.Trim().ToLowerInvariant();
        if (!trimmed.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || !trimmed.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        id = new BodyId(trimmed);
        return true;
    }

    public override string ToString() => Value;
}
