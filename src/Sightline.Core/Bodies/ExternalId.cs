using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Bodies;

/// <summary>An identifier given to a body by someone else, written <c>scheme:value</c>: <c>gss:E08000003</c>, <c>urn:100000</c>,
/// <c>ukprn:10007857</c>, <c>ods:RXX</c>, <c>police:avon-and-somerset</c>, <c>wdtk:manchester_city_council</c>.</summary>
/// <remarks>Schemes are lower case. Values keep their case except where the scheme is case-insensitive (GSS, ODS: upper case).</remarks>
public sealed record ExternalId
{
    private ExternalId(string scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    public string Scheme { get; }

    public string Value { get; }

    /// <exception cref="ArgumentException">The scheme is not known or the value is empty.</exception>
    public static ExternalId Create(string scheme, string value)
    {
        if (!TryCreate(scheme, value, out ExternalId? id, out string? error))
        {
            throw new ArgumentException(error);
        }

        return id;
    }

    public static bool TryCreate(string? scheme, string? value, [NotNullWhen(true)] out ExternalId? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        string s = (scheme ?? string.Empty).Trim().ToLowerInvariant();
        string v = (value ?? string.Empty).Trim();
        if (!IdentifierSchemes.IsKnown(s))
        {
            error = $"unknown identifier scheme '{scheme}' (accepted: {string.Join(", ", IdentifierSchemes.All)})";
            return false;
        }

        if (v.Length == 0 || v.Length > 200)
        {
            error = $"identifier value for '{s}' must be 1-200 characters";
            return false;
        }

        id = new ExternalId(s, IdentifierSchemes.Canonical(s, v));
        error = null;
        return true;
    }

    /// <summary>Parses <c>scheme:value</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ExternalId? id)
    {
        id = null;
        int colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && TryCreate(text![..colon], text[(colon + 1)..], out id, out _);
    }

    public override string ToString() => $"{Scheme}:{Value}";
}
