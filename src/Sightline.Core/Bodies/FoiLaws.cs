using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Bodies;

/// <summary>Codes and citations of <see cref="FoiLaw"/>.</summary>
public static class FoiLaws
{
    public static IReadOnlyList<string> Codes { get; } = ["foia", "foisa", "eir", "eisr"];

    public static string ToCode(this FoiLaw law) => law switch
    {
        FoiLaw.Foia => "foia",
        FoiLaw.Foisa => "foisa",
        FoiLaw.Eir => "eir",
        FoiLaw.Eisr => "eisr",
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, null),
    };

    /// <summary>The law's full citation, as it appears in a request letter.</summary>
    public static string ToCitation(this FoiLaw law) => law switch
    {
        FoiLaw.Foia => "Freedom of Information Act 2000",
        FoiLaw.Foisa => "Freedom of Information (Scotland) Act 2002",
        FoiLaw.Eir => "Environmental Information Regulations 2004",
        FoiLaw.Eisr => "Environmental Information (Scotland) Regulations 2004",
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, null),
    };

    /// <summary>The law that applies to ordinary information requests to a body in <paramref name="nation"/>.</summary>
    public static FoiLaw ForNation(Nation? nation) => nation == Nation.Scotland ? FoiLaw.Foisa : FoiLaw.Foia;

    public static bool TryParse(string? text, [NotNullWhen(true)] out FoiLaw? law)
    {
        law = NameNormalizer.Compact(text) switch
        {
            "foia" or "foi" or "foia2000" => FoiLaw.Foia,
            "foisa" or "foiscotland" or "foisa2002" => FoiLaw.Foisa,
            "eir" or "eir2004" => FoiLaw.Eir,
            "eisr" or "eisr2004" => FoiLaw.Eisr,
            _ => null,
        };
        return law is not null;
    }
}
