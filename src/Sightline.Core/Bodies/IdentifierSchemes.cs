namespace Sightline.Core.Bodies;

/// <summary>The identifier schemes Sightline knows, with how each is written.</summary>
public static class IdentifierSchemes
{
    /// <summary>ONS Government Statistical Service code (councils, regions), e.g. E08000003.</summary>
    public const string Gss = "gss";

    /// <summary>DfE Unique Reference Number of a school or college.</summary>
    public const string Urn = "urn";

    /// <summary>UK Register of Learning Providers number (universities, colleges).</summary>
    public const string Ukprn = "ukprn";

    /// <summary>NHS Organisation Data Service code.</summary>
    public const string Ods = "ods";

    /// <summary>data.police.uk force id.</summary>
    public const string Police = "police";

    /// <summary>WhatDoTheyKnow url name.</summary>
    public const string Wdtk = "wdtk";

    /// <summary>mySociety three-letter local authority code.</summary>
    public const string LocalAuthorityCode = "la";

    /// <summary>GOV.UK organisation slug.</summary>
    public const string GovUk = "govuk";

    /// <summary>HESA institution code.</summary>
    public const string Hesa = "hesa";

    /// <summary>An identifier from a user's own list, scoped to that list.</summary>
    public const string Local = "local";

    public static IReadOnlyList<string> All { get; } = [Gss, Urn, Ukprn, Ods, Police, Wdtk, LocalAuthorityCode, GovUk, Hesa, Local];

    public static bool IsKnown(string scheme) => All.Contains(scheme, StringComparer.Ordinal);

    internal static string Canonical(string scheme, string value) => scheme switch
    {
        Gss or Ods or LocalAuthorityCode => value.ToUpperInvariant(),
        Police or GovUk => value.ToLowerInvariant(),
        Urn or Ukprn => value.TrimStart('0') is { Length: > 0 } digits ? digits : value,
        _ => value,
    };
}
