using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Core.Statistics;
using Sightline.Imports.Studies;

namespace Sightline.Web.Api;

/// <summary>Published studies bundled with Sightline: their figures as published, and what Sightline's audit finds in them.</summary>
public static class StudyEndpoints
{
    public static IEndpointRouteBuilder MapStudyEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/studies").WithTags("Studies").RequireRateLimiting(WebServiceCollectionExtensions.PublicPolicy);
        api.MapGet("/", () => TypedResults.Ok<IReadOnlyList<StudySummaryDto>>([.. PublishedStudies.All.Select(s => new StudySummaryDto(s.Name, s.Title, $"/api/studies/{s.Name}"))]))
            .WithName("ListStudies").WithSummary("Published studies whose tables Sightline ships and audits.");
        api.MapGet("/{name}", Results<Ok<StudyDto>, NotFound> (string name) => PublishedStudies.Find(name) is { } study ? TypedResults.Ok(StudyDto.From(study)) : TypedResults.NotFound())
            .WithName("GetStudy").WithSummary("A study's published figures and the audit's findings (impossible percentages, another denominator, rounding slips, rows that do not add up).");
        return routes;
    }
}

public sealed record StudySummaryDto(string Name, string Title, string Url);

public sealed record StudyDto(string Name, string Title, string Summary, string Source, string StatedDenominator, IReadOnlyList<PublishedValue> Values, IReadOnlyList<AuditFinding> Findings)
{
    public static StudyDto From(PublishedStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new StudyDto(study.Name, study.Title, study.Summary, study.Source, study.StatedDenominator.ToString().ToLowerInvariant(), study.Values, study.Audit());
    }
}
