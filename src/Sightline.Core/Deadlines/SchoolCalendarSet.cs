namespace Sightline.Core.Deadlines;

/// <summary>Term calendars keyed by scope: a body (<c>sch-100049</c> or <c>urn:100049</c>), a local authority
/// (<c>la:Camden</c>, by name as GIAS writes it) or <c>default</c>. A school uses its own calendar, else its local
/// authority's, else the default.</summary>
public sealed class SchoolCalendarSet(IReadOnlyDictionary<string, SchoolCalendar> calendars)
{
    public const string DefaultScope = "default";

    public static SchoolCalendarSet Empty { get; } = new(new Dictionary<string, SchoolCalendar>());

    public int Count => calendars.Count;

    /// <summary>The calendar for a school, or null when none applies.</summary>
    /// <param name="keys">The school's own keys, most specific first (its Sightline id, <c>urn:…</c>).</param>
    public SchoolCalendar? Resolve(IEnumerable<string> keys, string? localAuthority)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (string key in keys)
        {
            if (calendars.TryGetValue(Normalize(key), out SchoolCalendar? own))
            {
                return own;
            }
        }

        if (localAuthority is not null && calendars.TryGetValue(Normalize("la:" + localAuthority), out SchoolCalendar? la))
        {
            return la;
        }

        return calendars.GetValueOrDefault(DefaultScope);
    }

    /// <summary>Scopes compare case-insensitively, with spaces and punctuation of local authority names ignored.</summary>
    public static string Normalize(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        int colon = scope.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? Bodies.NameNormalizer.Compact(scope)
            : $"{scope[..colon].Trim().ToLowerInvariant()}:{Bodies.NameNormalizer.Compact(scope[(colon + 1)..])}";
    }
}
