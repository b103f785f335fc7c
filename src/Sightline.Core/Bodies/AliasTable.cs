namespace Sightline.Core.Bodies;

/// <summary>Looks values up by any of their spellings, compared with <see cref="NameNormalizer.Compact"/> (case, punctuation,
/// "&amp;"/"and" and a leading "the" ignored).</summary>
internal sealed class AliasTable<T>
    where T : struct
{
    private readonly Dictionary<string, T> _aliases = new(StringComparer.Ordinal);

    public AliasTable<T> Add(T value, params IEnumerable<string> spellings)
    {
        foreach (string spelling in spellings)
        {
            _aliases[NameNormalizer.Compact(spelling)] = value;
        }

        return this;
    }

    public T? Find(string? text) => text is not null && _aliases.TryGetValue(NameNormalizer.Compact(text), out T value) ? value : null;
}
