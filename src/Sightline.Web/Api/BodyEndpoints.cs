using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Core.Bodies;
using Sightline.Hosting.Bodies;

namespace Sightline.Web.Api;

/// <summary>The registry's JSON API.</summary>
public static class BodyEndpoints
{
    public static IEndpointRouteBuilder MapBodyEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/bodies").WithTags("Bodies").RequireRateLimiting(WebServiceCollectionExtensions.PublicPolicy);
        group.MapGet("/", SearchAsync).WithName("SearchBodies").WithSummary("Search the registry of public bodies.");
        group.MapGet("/{id}", GetAsync).WithName("GetBody").WithSummary("One body by Sightline id or external identifier (gss:E08000003).");
        group.MapGet("/{id}/findings", FindingsAsync).WithName("GetBodyFindings")
            .WithSummary("A body's coded result in each campaign, the reviewed evidence (personal data removed) and its requests' states.");
        routes.MapGet("/campaigns/{name}/by-sector.csv", CampaignCsvAsync).WithName("CampaignTableCsv").WithTags("Campaigns")
            .WithSummary("A campaign's table by sector as CSV (denominator: answered or responses).").RequireRateLimiting(WebServiceCollectionExtensions.PublicPolicy);
        return routes;
    }

    /// <summary>Parses the shared search parameters of the API and the search page; a bad value is a message, not an exception.</summary>
    internal static bool TryBuildQuery(string? q, string? sector, string? nation, string? region, int? limit, int? offset, out BodyQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        query = new BodyQuery { Text = q, Limit = limit ?? 50, Offset = offset ?? 0 };
        if (q is { Length: > BodyQuery.MaxTextLength })
        {
            errors["q"] = [$"At most {BodyQuery.MaxTextLength} characters."];
        }

        if (query.Limit is < 1 or > 500)
        {
            errors["limit"] = ["Between 1 and 500."];
        }

        if (query.Offset is < 0 or > 1_000_000)
        {
            errors["offset"] = ["Between 0 and 1000000."];
        }

        if (!string.IsNullOrEmpty(sector))
        {
            if (Sectors.TryParse(sector, out Sector? s))
            {
                query = query with { Sector = s };
            }
            else
            {
                errors["sector"] = [$"Unknown sector; accepted: {string.Join(", ", Sectors.Codes)}."];
            }
        }

        if (!string.IsNullOrEmpty(nation))
        {
            if (Geography.TryParseNation(nation, out Nation? n))
            {
                query = query with { Nation = n };
            }
            else
            {
                errors["nation"] = [$"Unknown nation; accepted: {string.Join(", ", Geography.NationCodes)}."];
            }
        }

        if (!string.IsNullOrEmpty(region))
        {
            if (Geography.TryParseRegion(region, out Region? r))
            {
                query = query with { Region = r };
            }
            else
            {
                errors["region"] = [$"Unknown region; accepted: {string.Join(", ", Geography.RegionCodes)}."];
            }
        }

        return errors.Count == 0;
    }

    internal static async Task<Body?> FindAsync(IBodyStore store, string id, CancellationToken cancellationToken)
    {
        if (ExternalId.TryParse(id, out ExternalId? external))
        {
            return await store.FindByIdentifierAsync(external, cancellationToken);
        }

        return BodyId.TryParse(id, out BodyId? bodyId) ? await store.FindAsync(bodyId.Value, cancellationToken) : null;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CampaignCsvAsync(Sightline.Core.Statistics.IResultStore results, string name, string? denominator, CancellationToken cancellationToken)
    {
        if (denominator is not (null or "answered" or "responses"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "denominator must be answered or responses.");
        }

        if (name.Length > 200 || await results.LoadAsync(name, cancellationToken) is not { } coded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No campaign has this name.");
        }

        var d = denominator == "responses" ? Sightline.Core.Statistics.Denominator.Responses : Sightline.Core.Statistics.Denominator.Answered;
        var csv = new System.Text.StringBuilder("sector,requests,responses,refused,answered,hikvision,dahua,either,either_pct,either_ci95_low,either_ci95_high\n");
        foreach (var g in Sightline.Core.Statistics.StatisticsCalculator.Compute(coded, [Sightline.Core.Statistics.GroupDimension.Sector], d))
        {
            string P(double? v) => v is { } x ? x.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{Sightline.Reports.CsvCell.Escape(g.Sector?.ToCode() ?? "overall")},{g.Requests},{g.Responses},{g.Refused},{g.Answered},{g.Hikvision},{g.Dahua},{g.Either},{P(g.EitherShare.Percent)},{P(g.EitherShare.Interval95?.Low)},{P(g.EitherShare.Interval95?.High)}\n");
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "by-sector.csv");
    }

    private static async Task<Results<Ok<BodySearchDto>, ValidationProblem>> SearchAsync(
        BodySearch search, string? q, string? sector, string? nation, string? region, int? limit, int? offset, CancellationToken cancellationToken)
    {
        if (!TryBuildQuery(q, sector, nation, region, limit, offset, out BodyQuery query, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        BodyPage page = await search.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(new BodySearchDto(page.Total, query.Offset, page.Bodies.Select(BodyDto.From).ToList()));
    }

    private static async Task<Results<Ok<BodyFindingsDto>, ProblemHttpResult>> FindingsAsync(IBodyStore store, BodyFindings findings, string id, CancellationToken cancellationToken)
    {
        Body? body = id.Length <= 250 ? await FindAsync(store, id, cancellationToken) : null;
        return body is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No body has this id.")
            : TypedResults.Ok(await findings.LoadAsync(body.Id.Value, cancellationToken));
    }

    private static async Task<Results<Ok<BodyDto>, ProblemHttpResult>> GetAsync(IBodyStore store, string id, CancellationToken cancellationToken)
    {
        Body? body = id.Length <= 250 ? await FindAsync(store, id, cancellationToken) : null;
        return body is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No body has this id.")
            : TypedResults.Ok(BodyDto.From(body));
    }
}

/// <summary>A page of search results.</summary>
public sealed record BodySearchDto(int Total, int Offset, IReadOnlyList<BodyDto> Bodies);
