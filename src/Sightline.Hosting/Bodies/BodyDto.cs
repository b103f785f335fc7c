using Sightline.Core.Bodies;

namespace Sightline.Hosting.Bodies;

/// <summary>The public shape of a body, shared by the CLI's <c>--json</c> output and the web API, so both say the same thing.</summary>
/// <param name="Unknown">Fields the registry does not know for this body, each with why: Sightline never guesses a value.</param>
public sealed record BodyDto(
    string Id,
    string Name,
    string Sector,
    string? Nation,
    string? Region,
    string Law,
    string? Subtype,
    string? LocalAuthority,
    string? Website,
    string? FoiEmail,
    IReadOnlyDictionary<string, string> Identifiers,
    IReadOnlyList<string> Tags,
    string Source,
    bool Active,
    string? Notes,
    IReadOnlyDictionary<string, string> Unknown)
{
    public static BodyDto From(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new BodyDto(
            body.Id.Value,
            body.Name,
            body.Sector.ToCode(),
            body.Nation?.ToCode(),
            body.Region?.ToCode(),
            body.Law.ToCode(),
            body.Subtype,
            body.LocalAuthority,
            body.Website,
            body.FoiEmail,
            body.Identifiers.GroupBy(i => i.Scheme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(i => i.Value)), StringComparer.Ordinal),
            body.Tags,
            body.Source,
            body.Active,
            body.Notes,
            Unknowns(body));
    }

    /// <summary>What is missing and why, in words for a reader.</summary>
    public static IReadOnlyDictionary<string, string> Unknowns(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var unknown = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ukWide = body.Sector == Core.Bodies.Sector.Government; // a UK department has no nation or region to know
        if (body.Nation is null && !ukWide)
        {
            unknown["nation"] = "not stated by the source data";
        }

        if (body.Region is null && body.Nation is null or Core.Bodies.Nation.England && !ukWide)
        {
            unknown["region"] = body.Nation is null
                ? "not stated by the source data"
                : "not stated by the source data (English regions are only given where the source names one)";
        }

        if (body.Website is null)
        {
            unknown["website"] = "not in the source data";
        }

        if (body.FoiEmail is null)
        {
            unknown["foi_email"] = "no FOI address in the source data; use the body's website or WhatDoTheyKnow";
        }

        return unknown;
    }
}
