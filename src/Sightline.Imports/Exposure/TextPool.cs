namespace Sightline.Imports.Exposure;

/// <summary>One string for each distinct short text a reader meets again and again (scan data repeats products, servers, titles,
/// page bodies, places and networks across thousands of records): a repeated value costs a lookup instead of a new string, and
/// records that share a value share one string. Bounded: past <see cref="MaxEntries"/> texts or <see cref="MaxCharacters"/>
/// characters, new texts are copied and not kept. One reader thread per pool.</summary>
internal sealed class TextPool
{
    /// <summary>The longest text kept (longer ones are always copied).</summary>
    public const int MaxLength = 8_192;

    public const int MaxEntries = 65_536;

    /// <summary>The characters kept in all (8 MiB of text).</summary>
    public const int MaxCharacters = 4 << 20;

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string?> _titles = new(StringComparer.Ordinal);
    private long _characters;

    public TextPool()
    {
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        Get = Share;
        TitleOf = Title;
    }

    /// <summary><see cref="Title"/> as a delegate made once (for <see cref="Core.Exposure.BannerParser.Fill"/>).</summary>
    public Func<string, string?> TitleOf { get; }

    /// <summary><see cref="Share"/> as a delegate made once (for <see cref="Core.Exposure.BannerParser.Split"/>).</summary>
    public Core.Exposure.BannerParser.TextOf Get { get; }

    /// <summary>The pool's string with this text, or a new one.</summary>
    public string Share(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        string copy = text.ToString();
        if (_texts.Count < MaxEntries && _characters + copy.Length <= MaxCharacters)
        {
            _texts.Add(copy);
            _characters += copy.Length;
        }

        return copy;
    }

    /// <summary>The title of a page body (<see cref="Core.Exposure.BannerParser.Title"/>), worked out once per body kept.</summary>
    public string? Title(string html)
    {
        if (html.Length > MaxLength)
        {
            return Core.Exposure.BannerParser.Title(html);
        }

        if (_titles.TryGetValue(html, out string? title))
        {
            return title;
        }

        title = Core.Exposure.BannerParser.Title(html);
        if (title is not null)
        {
            title = Share(title);
        }

        if (_titles.Count < MaxEntries && _lookup.TryGetValue(html, out string? kept) && ReferenceEquals(kept, html))
        {
            _titles.Add(html, title); // only bodies the pool keeps: they are the ones that come back
        }

        return title;
    }
}
