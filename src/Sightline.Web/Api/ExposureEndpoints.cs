using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Core.Exposure;

namespace Sightline.Web.Api;

/// <summary>Imported exposure datasets (internet scan records identified as cameras and recorders): their totals and summaries.</summary>
public static class ExposureEndpoints
{
    public static IEndpointRouteBuilder MapExposureEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/exposure").WithTags("Exposure").RequireRateLimiting(WebServiceCollectionExtensions.PublicPolicy);
        api.MapGet("/", ListAsync).WithName("ListExposureDatasets").WithSummary("Exposure datasets with their totals.");
        api.MapGet("/{name}", SummaryAsync).WithName("GetExposureSummary")
            .WithSummary("A dataset's devices grouped by country, city, org, asn, maker, model, firmware or vuln (by=, default maker; top= 1-500).");
        return routes;
    }

    internal static async Task<IReadOnlyList<ExposureDataset>> PublishedAsync(IExposureStore store, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Where(d => d.State != DatasetState.Importing)];

    private static async Task<Ok<IReadOnlyList<ExposureDatasetDto>>> ListAsync(IExposureStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ExposureDatasetDto>>([.. (await PublishedAsync(store, cancellationToken)).Select(ExposureDatasetDto.From)]);

    private static async Task<Results<Ok<ExposureSummaryDto>, ProblemHttpResult, ValidationProblem>> SummaryAsync(IExposureStore store, string name, string? by, int? top, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        SummaryDimension dimension = SummaryDimension.Maker;
        if (by is not null && !ExposureSummary.TryParse(by, out dimension))
        {
            errors["by"] = [$"One of {string.Join(", ", Enum.GetValues<SummaryDimension>().Select(d => d.ToCode()))}."];
        }

        if (top is < 1 or > 500)
        {
            errors["top"] = ["Between 1 and 500."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (name.Length > 200 || await store.FindAsync(name, cancellationToken) is not { State: not DatasetState.Importing } dataset)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No exposure dataset has this name.");
        }

        var counts = await store.CountAsync(dataset.Id, dimension, new SummaryFilter(), cancellationToken);
        return TypedResults.Ok(new ExposureSummaryDto(ExposureDatasetDto.From(dataset), dimension.ToCode(), ExposureSummary.Build(counts, top ?? 50)));
    }
}

public sealed record ExposureDatasetDto(string Name, string State, string Sources, DateTime StartedUtc, DateTime? FinishedUtc, long Records, long Hosts, long Hikvision, long Dahua, long OtherChinese, long Other)
{
    public static ExposureDatasetDto From(ExposureDataset d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new ExposureDatasetDto(d.Name, d.State.ToCode(), d.Sources, d.StartedUtc, d.FinishedUtc, d.Totals.Records, d.Totals.Hosts, d.Totals.Hikvision, d.Totals.Dahua, d.Totals.OtherChinese, d.Totals.Other);
    }
}

public sealed record ExposureSummaryDto(ExposureDatasetDto Dataset, string By, IReadOnlyList<SummaryRow> Rows);
