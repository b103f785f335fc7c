using System.Globalization;
using System.Reflection;
using Sightline.Core.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Bodies;

/// <summary>The bundled UK public-body registry, read from the reference data embedded in this assembly
/// (<c>data/registry/uk/*</c>, each folder with its PROVENANCE.md). Every value comes from those files; a value they do not
/// state is left empty.</summary>
public static class UkRegistry
{
    private static readonly Lazy<IReadOnlyList<UkSource>> Sources = new(Build);

    /// <summary>The sources, built once per process. Throws <see cref="InvalidDataException"/> if the embedded data is broken
    /// (a build defect, not user input).</summary>
    public static IReadOnlyList<UkSource> Load() => Sources.Value;

    /// <summary>WhatDoTheyKnow url names by identifier (<c>gss</c>, <c>urn</c>, <c>ukprn</c>, <c>ods</c>), where the mapping is one-to-one.</summary>
    public static IReadOnlyDictionary<(string Scheme, string Id), string> WdtkIds => WdtkLookup.Value;

    private static readonly Lazy<IReadOnlyDictionary<(string, string), string>> WdtkLookup = new(() =>
        Read("wdtk/wdtk-ids.csv").Rows.ToDictionary(r => (r.Get("scheme")!, r.Get("id")!.ToUpperInvariant()), r => r.Get("wdtk")!));

    private static List<UkSource> Build()
    {
        HashSet<string> scottish = ScottishAuthorities();
        return
        [
            new UkSource("uk:councils", "Current UK councils (mySociety register, GOV.UK homepages)", Councils()),
            new UkSource("uk:police", "UK territorial police forces (data.police.uk, FOI directory)", PoliceForces()),
            new UkSource("uk:nhs-trusts", "Open NHS trusts (NHS ODS)", NhsTrusts()),
            new UkSource("uk:universities", "Universities and HE providers with a UKPRN (DfE)", Universities(scottish)),
            new UkSource("uk:fe-colleges", "FE colleges (AoC list, 2018)", FeColleges()),
            new UkSource("uk:government", "Ministerial and non-ministerial departments (GOV.UK)", GovernmentDepartments()),
        ];
    }

    private static List<Body> Councils()
    {
        Table govuk = Read("councils/govuk-local-authorities.csv");
        var homepageByGss = govuk.Rows.Where(r => r.Get("gss") is not null && r.Get("homepage_url") is not null)
            .GroupBy(r => r.Get("gss")!).ToDictionary(g => g.Key, g => g.First().Get("homepage_url")!, StringComparer.OrdinalIgnoreCase);
        var homepageBySnac = govuk.Rows.Where(r => r.Get("snac") is not null && r.Get("homepage_url") is not null)
            .GroupBy(r => r.Get("snac")!).ToDictionary(g => g.Key, g => g.First().Get("homepage_url")!, StringComparer.OrdinalIgnoreCase);
        var wdtkById = Read("wdtk/wdtk-council-url-names.csv").Rows.ToDictionary(r => r.Get("wdtk_id")!, r => r.Get("url_name")!, StringComparer.Ordinal);

        var bodies = new List<Body>();
        Table table = Read("councils/uk_local_authorities_current.csv");
        foreach (TableRow row in table.Rows.Where(r => r.Get("current-authority") == "True"))
        {
            string name = Required(table, row, "official-name");
            string code = Required(table, row, "local-authority-code");
            string? gss = row.Get("gss-code");
            Nation nation = ParseNation(table, row, "nation");
            Region? region = nation == Nation.England ? ParseRegion(table, row, "region") : null;
            var identifiers = new List<ExternalId> { ExternalId.Create(IdentifierSchemes.LocalAuthorityCode, code) };
            if (gss is not null)
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Gss, gss));
            }

            if (row.Get("wdtk-id") is { } wdtkId && wdtkById.TryGetValue(((int)double.Parse(wdtkId, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), out string? urlName))
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Wdtk, urlName));
            }

            string? homepage = (gss is not null ? homepageByGss.GetValueOrDefault(gss) : null) ?? (row.Get("snac") is { } snac ? homepageBySnac.GetValueOrDefault(snac) : null);
            string type = row.Get("local-authority-type-name") ?? "Council";
            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.Council, gss ?? code),
                Name = name,
                Sector = Sector.Council,
                Nation = nation,
                Region = region,
                Law = FoiLaws.ForNation(nation),
                Subtype = type,
                Website = homepage is not null && BodyTableReader.TryNormalizeWebsite(homepage, out string? site) ? site : null,
                Identifiers = identifiers,
                Tags = row.Get("lower-or-unitary") == "True" ? [NameNormalizer.Slug(type), "lower-or-unitary"] : [NameNormalizer.Slug(type)],
                Source = "uk:councils",
            });
        }

        return bodies;
    }

    private static List<Body> PoliceForces()
    {
        Table forces = Read("police/police-force.tsv", TableFormat.Tsv);
        var idByName = forces.Rows.ToDictionary(r => ForceKey(r.Get("name")), r => r.Get("police-force")!, StringComparer.Ordinal);
        var geography = Read("police/police-force-regions.csv").Rows.ToDictionary(r => r.Get("police_force")!, StringComparer.Ordinal);
        Table wdtk = Read("police/wdtk-police-bodies.csv");
        var wdtkByName = wdtk.Rows.Where(r => r.Get("is_defunct") != "true")
            .GroupBy(r => ForceKey(r.Get("name"))).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var bodies = new List<Body>();
        Table directory = Read("police/foi-directory.csv");
        foreach (TableRow row in directory.Rows)
        {
            string name = Required(directory, row, "Public Authority");
            string key = ForceKey(name);
            Nation nation = ParseNation(directory, row, "Country");
            string? forceId = idByName.GetValueOrDefault(key);
            Region? region = null;
            if (forceId is not null && geography.TryGetValue(forceId, out TableRow? geo) && geo.Get("region") is { } regionCode)
            {
                region = Geography.TryParseRegion(regionCode, out Region? r) ? r : throw Broken(directory, row, "region", regionCode);
            }

            var identifiers = new List<ExternalId>();
            if (forceId is not null)
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Police, forceId));
            }

            TableRow? onWdtk = wdtkByName.GetValueOrDefault(key);
            if (onWdtk?.Get("wdtk_url_name") is { } urlName)
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Wdtk, urlName));
            }

            string? email = row.Get("FOI Email");
            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.Police, forceId ?? name),
                Name = name,
                Sector = Sector.Police,
                Nation = nation,
                Region = region,
                Law = FoiLaws.ForNation(nation),
                Subtype = "Territorial police force",
                Website = onWdtk?.Get("home_page_url") is { } home && BodyTableReader.TryNormalizeWebsite(home, out string? site) ? site : null,
                FoiEmail = email is not null && BodyTableReader.IsEmail(email) ? email : null,
                Identifiers = identifiers,
                Tags = ["territorial-police"],
                Source = "uk:police",
            });
        }

        return bodies;
    }

    private static List<Body> NhsTrusts()
    {
        var bodies = new List<Body>();
        Table table = Read("nhs/nhs_trusts.csv");
        foreach (TableRow row in table.Rows.Where(r => r.Get("is_open") == "true"))
        {
            string code = Required(table, row, "ods_code");
            string regionText = Required(table, row, "region");
            Nation nation = Geography.TryParseNation(regionText, out Nation? n) && n != Nation.England ? n.Value : Nation.England;
            Region? region = nation == Nation.England ? ParseRegion(table, row, "region") : null;
            var identifiers = new List<ExternalId> { ExternalId.Create(IdentifierSchemes.Ods, code) };
            if (WdtkIds.TryGetValue((IdentifierSchemes.Ods, code.ToUpperInvariant()), out string? urlName))
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Wdtk, urlName));
            }

            string name = TitleCase(Required(table, row, "name"));
            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.NhsTrust, code),
                Name = name,
                Sector = Sector.NhsTrust,
                Nation = nation,
                Region = region,
                Law = FoiLaw.Foia,
                Subtype = name.Contains("Foundation Trust", StringComparison.Ordinal) ? "NHS foundation trust" : "NHS trust",
                Identifiers = identifiers,
                Tags = [name.Contains("Foundation Trust", StringComparison.Ordinal) ? "foundation-trust" : "nhs-trust"],
                Source = "uk:nhs-trusts",
            });
        }

        return bodies;
    }

    private static List<Body> Universities(HashSet<string> scottish)
    {
        var bodies = new List<Body>();
        Table table = Read("universities/dfe_degree_institutions.csv");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TableRow row in table.Rows.Where(r => r.Get("ukprn") is not null && r.Get("closed") is null))
        {
            string ukprn = Required(table, row, "ukprn");
            if (!seen.Add(ukprn))
            {
                continue; // the DfE list repeats a provider under former names; the first entry is the current one
            }

            string name = Required(table, row, "name");
            string[] names = [name, .. (row.Get("match_synonyms") ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries)];
            bool isScottish = names.Any(n => scottish.Contains(NameNormalizer.Normalize(n)));
            var identifiers = new List<ExternalId> { ExternalId.Create(IdentifierSchemes.Ukprn, ukprn) };
            if (row.Get("hesa_itt_code") is { } hesa)
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Hesa, hesa));
            }

            if (WdtkIds.TryGetValue((IdentifierSchemes.Ukprn, ukprn), out string? urlName))
            {
                identifiers.Add(ExternalId.Create(IdentifierSchemes.Wdtk, urlName));
            }

            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.University, ukprn),
                Name = name,
                Sector = Sector.University,
                Nation = isScottish ? Nation.Scotland : null,
                Law = isScottish ? FoiLaw.Foisa : FoiLaw.Foia,
                Subtype = row.Get("has_never_awarded_degrees") == "true" ? "Higher-education provider" : "Degree-awarding institution",
                Identifiers = identifiers,
                Tags = [.. (row.Get("institution_groups") ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries).Select(NameNormalizer.Slug)],
                Source = "uk:universities",
                Notes = isScottish ? "Region not in the source data." : "Nation and region are not in the source data (DfE reference list).",
            });
        }

        return bodies;
    }

    private static List<Body> FeColleges()
    {
        var nations = Read("fe-colleges/further-education-college-region-uk.tsv", TableFormat.Tsv).Rows
            .ToDictionary(r => "further-education-college-region-uk:" + r.Get("further-education-college-region-uk"), r => r.Get("name")!, StringComparer.Ordinal);
        var bodies = new List<Body>();
        Table table = Read("fe-colleges/further-education-college-uk.tsv", TableFormat.Tsv);
        foreach (TableRow row in table.Rows.Where(r => r.Get("end-date") is null))
        {
            string name = Required(table, row, "name");
            string regionRef = Required(table, row, "region");
            if (!nations.TryGetValue(regionRef, out string? nationName) || !Geography.TryParseNation(nationName, out Nation? nation))
            {
                throw Broken(table, row, "region", regionRef);
            }

            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.FeCollege, name),
                Name = name,
                Sector = Sector.FeCollege,
                Nation = nation,
                Law = FoiLaws.ForNation(nation),
                Subtype = "Further-education college",
                Identifiers = [],
                Source = "uk:fe-colleges",
                Notes = nation == Nation.England
                    ? "From the 2018 Association of Colleges list; English region not in the source data; the college may have merged since."
                    : "From the 2018 Association of Colleges list; the college may have merged since.",
            });
        }

        return bodies;
    }

    private static List<Body> GovernmentDepartments()
    {
        var bodies = new List<Body>();
        Table table = Read("government/govuk_organisations.csv");
        foreach (TableRow row in table.Rows)
        {
            string format = row.Get("format") ?? string.Empty;
            if (format is not ("Ministerial department" or "Non-ministerial department") || row.Get("govuk_status") == "closed" || row.Get("closed_at") is not null)
            {
                continue;
            }

            string slug = Required(table, row, "slug");
            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.Government, slug),
                Name = Required(table, row, "title"),
                Sector = Sector.Government,
                Law = FoiLaw.Foia,
                Subtype = format,
                Website = row.Get("web_url") is { } url && BodyTableReader.TryNormalizeWebsite(url, out string? site) ? site : null,
                Identifiers = [ExternalId.Create(IdentifierSchemes.GovUk, slug)],
                Tags = row.Get("abbreviation") is { } abbreviation ? [NameNormalizer.Slug(format), NameNormalizer.Slug(abbreviation)] : [NameNormalizer.Slug(format)],
                Source = "uk:government",
                Notes = "UK government department: not tied to one nation or region.",
            });
        }

        return bodies;
    }

    /// <summary>A force's name without the words that vary between lists: "Devon &amp; Cornwall Police" and "Devon and Cornwall
    /// Constabulary" both give "devon and cornwall"; "Metropolitan Police Service" gives "metropolitan".</summary>
    private static string ForceKey(string? name) =>
        string.Join(' ', NameNormalizer.Normalize(name).Split(' ').Where(w => w is not ("police" or "constabulary" or "service" or "the")));

    private static HashSet<string> ScottishAuthorities() =>
        [.. Read("scotland/scotland_foisa_authorities.csv").Rows.Select(r => NameNormalizer.Normalize(r.Get("AuthorityName")))];

    /// <summary>"MANCHESTER UNIVERSITY NHS FOUNDATION TRUST" → "Manchester University NHS Foundation Trust".</summary>
    internal static string TitleCase(string upper)
    {
        string[] keepUpper = ["NHS", "UK", "ICB", "CIC", "HQ"];
        string[] small = ["of", "and", "the", "for", "in", "on", "at", "by", "with"];
        var words = upper.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            string? acronym = keepUpper.FirstOrDefault(a => a.Equals(word, StringComparison.OrdinalIgnoreCase));
            words[i] = acronym ?? (i > 0 && small.Contains(word, StringComparer.Ordinal) ? word : CapitaliseParts(word));
        }

        return string.Join(' ', words);
    }

    private static string CapitaliseParts(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    private static Nation ParseNation(Table table, TableRow row, string column)
    {
        string text = Required(table, row, column);
        return Geography.TryParseNation(text, out Nation? nation) ? nation.Value : throw Broken(table, row, column, text);
    }

    private static Region ParseRegion(Table table, TableRow row, string column)
    {
        string text = Required(table, row, column);
        return Geography.TryParseRegion(text, out Region? region) ? region.Value : throw Broken(table, row, column, text);
    }

    private static string Required(Table table, TableRow row, string column) => row.Get(column) ?? throw Broken(table, row, column, "(empty)");

    private static InvalidDataException Broken(Table table, TableRow row, string column, string value) =>
        new($"Bundled registry data is broken: {new ImportProblem(table.File, row.Line, column, $"unexpected value '{value}'")}");

    private static Table Read(string resource, TableFormat format = TableFormat.Csv)
    {
        Assembly assembly = typeof(UkRegistry).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("uk/" + resource)
            ?? throw new InvalidDataException($"Bundled registry file uk/{resource} is missing from {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        TableReadResult result = TableReader.Read(buffer.ToArray(), format, "uk/" + resource);
        return result.Table ?? throw new InvalidDataException($"Bundled registry data is broken: {result.Problem}");
    }
}
