using Sightline.Core.Bodies;

namespace Sightline.Storage.Bodies;

internal static class BodyMapping
{
    public static Body ToDomain(this BodyRow row) => new()
    {
        Id = BodyId.TryParse(row.Id, out BodyId? id) ? id.Value : throw new InvalidDataException($"Stored body id '{row.Id}' is malformed."),
        Name = row.Name,
        Sector = Sectors.TryParse(row.Sector, out Sector? sector) ? sector.Value : Sector.Other,
        Nation = Geography.TryParseNation(row.Nation, out Nation? nation) ? nation : null,
        Region = Geography.TryParseRegion(row.Region, out Region? region) ? region : null,
        Law = FoiLaws.TryParse(row.Law, out FoiLaw? law) ? law.Value : FoiLaw.Foia,
        Subtype = row.Subtype,
        LocalAuthority = row.LocalAuthority,
        Website = row.Website,
        FoiEmail = row.FoiEmail,
        Identifiers = [.. row.Identifiers.OrderBy(i => i.Scheme, StringComparer.Ordinal).Select(i => ExternalId.Create(i.Scheme, i.Value))],
        Tags = [.. row.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)],
        Source = row.Source,
        Active = row.Active,
        Notes = row.Notes,
    };

    /// <summary>Copies the body's fields onto <paramref name="row"/>; returns whether anything changed.</summary>
    /// <remarks>A field the incoming body leaves empty keeps its stored value, so an import that lacks a column
    /// (or a user list that only adds FOI addresses) never erases what another source said.</remarks>
    public static bool Apply(this BodyRow row, Body body)
    {
        bool changed = false;
        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }

        Set(row.Name, body.Name, v => row.Name = v);
        Set(row.SearchName, SearchText(body.Name), v => row.SearchName = v);
        Set(row.Sector, body.Sector.ToCode(), v => row.Sector = v);
        Set(row.Law, body.Law.ToCode(), v => row.Law = v);
        Set(row.Active, body.Active, v => row.Active = v);
        if (body.Nation is { } nation)
        {
            Set(row.Nation, nation.ToCode(), v => row.Nation = v);
        }

        if (body.Region is { } region)
        {
            Set(row.Region, region.ToCode(), v => row.Region = v);
        }

        SetIfGiven(row.Subtype, body.Subtype, v => row.Subtype = v, ref changed);
        SetIfGiven(row.LocalAuthority, body.LocalAuthority, v => row.LocalAuthority = v, ref changed);
        SetIfGiven(row.Website, body.Website, v => row.Website = v, ref changed);
        SetIfGiven(row.FoiEmail, body.FoiEmail, v => row.FoiEmail = v, ref changed);
        SetIfGiven(row.Notes, body.Notes, v => row.Notes = v, ref changed);

        foreach (ExternalId identifier in body.Identifiers)
        {
            if (!row.Identifiers.Any(i => i.Scheme == identifier.Scheme && i.Value == identifier.Value))
            {
                row.Identifiers.Add(new BodyIdentifierRow { BodyId = row.Id, Scheme = identifier.Scheme, Value = identifier.Value });
                changed = true;
            }
        }

        foreach (string tag in body.Tags)
        {
            if (!row.Tags.Any(t => t.Tag == tag))
            {
                row.Tags.Add(new BodyTagRow { BodyId = row.Id, Tag = tag });
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>The searchable form of a name: normalised words between single spaces, so " word" finds word starts.</summary>
    public static string SearchText(string name) => $" {NameNormalizer.Normalize(name)} ";

    private static void SetIfGiven(string? current, string? value, Action<string> assign, ref bool changed)
    {
        if (!string.IsNullOrWhiteSpace(value) && !string.Equals(current, value, StringComparison.Ordinal))
        {
            assign(value);
            changed = true;
        }
    }
}
