using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Core.Campaigns;

/// <summary>Which bodies a campaign asks: registry filters (each list ORs its values, lists AND together) and/or an explicit list.</summary>
public sealed record CampaignTargets
{
    public IReadOnlyList<Sector> Sectors { get; init; } = [];

    public IReadOnlyList<Nation> Nations { get; init; } = [];

    public IReadOnlyList<Region> Regions { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Body ids or external identifiers (<c>gss:E08000003</c>), from <c>--bodies FILE</c>.</summary>
    public IReadOnlyList<string> Explicit { get; init; } = [];

    public bool IsEmpty => Sectors.Count == 0 && Nations.Count == 0 && Regions.Count == 0 && Tags.Count == 0 && Explicit.Count == 0;

    /// <summary>Targets from the codes a person gives (<c>--sector police</c>, a form's ticked boxes). Each unknown code is a problem
    /// keyed by its field (<c>sector</c>, <c>nation</c>, <c>region</c>) and left out.</summary>
    public static CampaignTargets Parse(IEnumerable<string> sectors, IEnumerable<string> nations, IEnumerable<string> regions, IEnumerable<string> tags,
        IReadOnlyList<string> explicitBodies, out IReadOnlyList<KeyValuePair<string, string>> problems)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var sectorList = Codes<Sector>(sectors, Bodies.Sectors.TryParse, "sector", $" (accepted: {string.Join(", ", Bodies.Sectors.Codes)})", errors);
        var nationList = Codes<Nation>(nations, Geography.TryParseNation, "nation", $" (accepted: {string.Join(", ", Geography.NationCodes)})", errors);
        var regionList = Codes<Region>(regions, Geography.TryParseRegion, "region", string.Empty, errors);
        problems = errors;
        return new CampaignTargets { Sectors = sectorList, Nations = nationList, Regions = regionList, Tags = [.. tags], Explicit = explicitBodies };
    }

    private delegate bool TryParseCode<T>(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : struct;

    private static List<T> Codes<T>(IEnumerable<string> texts, TryParseCode<T> tryParse, string field, string accepted, List<KeyValuePair<string, string>> errors)
        where T : struct
    {
        var values = new List<T>();
        foreach (string text in texts)
        {
            if (tryParse(text, out T? value))
            {
                values.Add(value.Value);
            }
            else
            {
                errors.Add(new(field, $"unknown {field} '{text}'{accepted}"));
            }
        }

        return values;
    }
}

/// <summary>A body chosen for a campaign and the address its request will go to.</summary>
/// <param name="AddressSource"><c>registry</c> or <c>contacts:FILE</c>.</param>
public sealed record PlannedTarget(Body Body, string Email, string AddressSource);

/// <summary>The bodies a campaign will ask, and those it cannot, each with the reason.</summary>
public sealed record TargetPlan(IReadOnlyList<PlannedTarget> Targets, IReadOnlyList<SkippedTarget> Skipped);

/// <param name="Reason"><c>no_foi_address</c>, <c>invalid_address</c>, <c>not_found</c> or <c>inactive</c>.</param>
public sealed record SkippedTarget(string Id, string Name, string Reason, string Detail);

/// <summary>One request of a campaign as created: its reference and where it goes.</summary>
public sealed record PlannedRequest(string Reference, int Number, Body Body, string Email, string ReplyAddress)
{
    /// <summary>The request as it is created, before any event: the body's law, and the school deadline rule for schools.</summary>
    public FoiRequest ToRequest() => new()
    {
        Reference = RequestReference.Parse(Reference), BodyId = Body.Id, BodyName = Body.Name, Law = Body.Law,
        BodyType = Body.Sector == Sector.School ? DeadlineBodyType.School : DeadlineBodyType.Standard,
    };
}
