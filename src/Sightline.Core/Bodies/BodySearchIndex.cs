namespace Sightline.Core.Bodies;

/// <summary>The whole registry in memory, answering a <see cref="BodyQuery"/> exactly as the store's search does (the same
/// matches, order, totals and identifier handling; <c>EfBodyStore.SearchAsync</c> is the reference and the storage tests compare
/// the two on both engines), without a database round trip or a scan of every name.</summary>
/// <remarks>Immutable once built, so any number of readers may share it; a newer registry is a new index.
/// Names are matched through a sorted list of their distinct normalised words, each with the ascending positions of the bodies
/// whose name has it: a query word selects the contiguous run of words it starts, and the bodies are kept in result order
/// (normalised name, then id, by code point as SQLite's BINARY and PostgreSQL's C collations compare), so walking the
/// matching positions in ascending order yields the page and the total in one pass.</remarks>
public sealed class BodySearchIndex
{
    private const int MaxWords = 8;

    private readonly Body[] _bodies;
    private readonly string[] _words;
    private readonly int[][] _postings;
    private readonly Dictionary<(string Scheme, string Value), int[]> _byIdentifier;
    private readonly Dictionary<string, int[]> _byIdentifierValue;

    private BodySearchIndex(Body[] bodies, string[] words, int[][] postings,
        Dictionary<(string Scheme, string Value), int[]> byIdentifier, Dictionary<string, int[]> byIdentifierValue)
    {
        _bodies = bodies;
        _words = words;
        _postings = postings;
        _byIdentifier = byIdentifier;
        _byIdentifierValue = byIdentifierValue;
    }

    /// <summary>Bodies held, active or not.</summary>
    public int Count => _bodies.Length;

    /// <summary>Distinct normalised name words.</summary>
    public int WordCount => _words.Length;

    /// <summary>An index of <paramref name="bodies"/> (every body of the registry, inactive ones included).</summary>
    public static BodySearchIndex Build(IEnumerable<Body> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var entries = bodies.Select(b => (SearchName: SearchText(b.Name), Body: b)).ToArray();
        Array.Sort(entries, (x, y) =>
        {
            int byName = CompareCodePoints(x.SearchName, y.SearchName);
            return byName != 0 ? byName : CompareCodePoints(x.Body.Id.Value, y.Body.Id.Value);
        });

        var positionsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byIdentifier = new Dictionary<(string, string), List<int>>();
        var byValue = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Length; i++)
        {
            foreach (string word in entries[i].SearchName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                AddPosition(positionsByWord, word, i);
            }

            foreach (ExternalId identifier in entries[i].Body.Identifiers)
            {
                AddPosition(byIdentifier, (identifier.Scheme, identifier.Value), i);
                AddPosition(byValue, identifier.Value, i);
            }
        }

        string[] words = [.. positionsByWord.Keys.Order(StringComparer.Ordinal)];
        int[][] postings = [.. words.Select(w => positionsByWord[w].ToArray())];
        return new BodySearchIndex(
            [.. entries.Select(e => e.Body)], words, postings,
            byIdentifier.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()),
            byValue.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The page of <paramref name="query"/> and its total, as the store's search gives them.</summary>
    public BodyPage Search(BodyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string text = (query.Text ?? string.Empty).Trim();
        if (text.Length > BodyQuery.MaxTextLength)
        {
            text = text[..BodyQuery.MaxTextLength];
        }

        ulong[]? candidates = text.Length > 0 ? MatchText(text) : null; // null: every body
        string? tag = string.IsNullOrWhiteSpace(query.Tag) ? null : query.Tag.Trim().ToLowerInvariant();
        int limit = Math.Clamp(query.Limit, 1, BodyQuery.MaxLimit);
        int offset = Math.Max(0, query.Offset);
        var page = new List<Body>(Math.Min(limit, 100));
        int total = 0;
        void Visit(Body body)
        {
            if (!Passes(body, query, tag))
            {
                return;
            }

            if (total >= offset && page.Count < limit)
            {
                page.Add(body);
            }

            total++;
        }

        if (candidates is null)
        {
            foreach (Body body in _bodies)
            {
                Visit(body);
            }
        }
        else
        {
            for (int block = 0; block < candidates.Length; block++)
            {
                ulong bits = candidates[block];
                while (bits != 0)
                {
                    int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    Visit(_bodies[(block * 64) + bit]);
                }
            }
        }

        return new BodyPage(page, total);
    }

    /// <summary>The searchable form of a name, as the store keeps it: normalised words between single spaces.</summary>
    public static string SearchText(string name) => $" {NameNormalizer.Normalize(name)} ";

    /// <summary>Orders strings by Unicode code point (UTF-16 order differs only where a surrogate pair meets U+E000–U+FFFF).</summary>
    public static int CompareCodePoints(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int length = Math.Min(x.Length, y.Length);
        for (int i = 0; i < length; i++)
        {
            char a = x[i], b = y[i];
            if (a != b)
            {
                return CodePointRank(a) - CodePointRank(b);
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int CodePointRank(char c) => c < '\uD800' ? c : c >= '\uE000' ? c - 0x800 : c + 0x2000;

    private static bool Passes(Body body, BodyQuery query, string? tag) =>
        (query.IncludeInactive || body.Active)
        && (query.Sector is not { } sector || body.Sector == sector)
        && (query.Nation is not { } nation || body.Nation == nation)
        && (query.Region is not { } region || body.Region == region)
        && (tag is null || body.Tags.Contains(tag, StringComparer.Ordinal));

    /// <summary>The store's rule: a query that is an identifier ("gss:E08000003") finds the body it identifies; otherwise every
    /// word (the first eight) must start a word of the name, and a single word with a digit and no space also finds the bodies
    /// that have it as an identifier value in any scheme ("E08000003", "100000", "0100000").</summary>
    private ulong[]? MatchText(string text)
    {
        if (ExternalId.TryParse(text, out ExternalId? identifier))
        {
            return Bits(_byIdentifier.GetValueOrDefault((identifier.Scheme, identifier.Value)));
        }

        string[] words = NameNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ulong[]? byName = null;
        foreach (string word in words.Take(MaxWords))
        {
            ulong[] starts = StartingWith(word);
            if (byName is null)
            {
                byName = starts;
            }
            else
            {
                for (int i = 0; i < byName.Length; i++)
                {
                    byName[i] &= starts[i];
                }
            }
        }

        if (words.Length != 1 || text.Contains(' ', StringComparison.Ordinal) || !text.Any(char.IsAsciiDigit))
        {
            return byName;
        }

        // One word: byName holds the bodies whose name has a word starting with it; add those it identifies.
        foreach (string value in new[] { text, text.ToUpperInvariant(), text.TrimStart('0') }.Distinct(StringComparer.Ordinal))
        {
            foreach (int position in _byIdentifierValue.GetValueOrDefault(value) ?? [])
            {
                byName![position >> 6] |= 1UL << (position & 63);
            }
        }

        return byName;
    }

    /// <summary>The bodies with a name word that starts with <paramref name="prefix"/>.</summary>
    private ulong[] StartingWith(string prefix)
    {
        ulong[] bits = NewBits();
        int first = Array.BinarySearch(_words, prefix, StringComparer.Ordinal);
        for (int w = first >= 0 ? first : ~first; w < _words.Length && _words[w].StartsWith(prefix, StringComparison.Ordinal); w++)
        {
            foreach (int position in _postings[w])
            {
                bits[position >> 6] |= 1UL << (position & 63);
            }
        }

        return bits;
    }

    private ulong[] Bits(int[]? positions)
    {
        ulong[] bits = NewBits();
        foreach (int position in positions ?? [])
        {
            bits[position >> 6] |= 1UL << (position & 63);
        }

        return bits;
    }

    private ulong[] NewBits() => new ulong[(_bodies.Length + 63) / 64];

    private static void AddPosition<TKey>(Dictionary<TKey, List<int>> map, TKey key, int position)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out List<int>? positions))
        {
            map[key] = positions = [];
        }

        if (positions.Count == 0 || positions[^1] != position)
        {
            positions.Add(position);
        }
    }
}
