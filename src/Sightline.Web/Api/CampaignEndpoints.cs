using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Core.Statistics;
using Sightline.Reports;

namespace Sightline.Web.Api;

/// <summary>Campaigns' published statistics: the JSON API and the open-data downloads (CSV, XLSX, JSON).</summary>
public static class CampaignEndpoints
{
    public const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapCampaignEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/campaigns").WithTags("Campaigns").RequireRateLimiting(WebServiceCollectionExtensions.PublicPolicy);
        api.MapGet("/", ListAsync).WithName("ListCampaigns").WithSummary("Published campaigns with their headline figure (bodies using Hikvision or Dahua).");
        api.MapGet("/{name}", GetAsync).WithName("GetCampaign").WithSummary("A campaign's tables (by sector, nation, region, capabilities). denominator: answered (default) or responses.");
        api.MapGet("/{name}/tables/{table}", TableAsync).WithName("GetCampaignTable").WithSummary("One table of a campaign, or its record-level data (table=records).");
        routes.MapGet("/campaigns/{name}/data/{table}.{format}", DownloadAsync).WithName("DownloadCampaignTable").WithTags("Campaigns")
            .WithSummary("Open data: one table as csv, xlsx or json; table 'all' with format xlsx gives every table, one sheet each.")
            .RequireRateLimiting(WebServiceCollectionExtensions.PublicPolicy);
        return routes;
    }

    /// <summary>Parses the denominator parameter shared by pages, downloads and the API.</summary>
    public static bool TryParseDenominator(string? text, out Denominator denominator)
    {
        denominator = text == "responses" ? Denominator.Responses : Denominator.Answered;
        return text is null or "" or "answered" or "responses";
    }

    public static string ToCode(this Denominator denominator) => denominator == Denominator.Responses ? "responses" : "answered";

    internal static async Task<IReadOnlyList<CampaignHeadline>> HeadlinesAsync(IResultStore results, CancellationToken cancellationToken)
    {
        var list = new List<CampaignHeadline>();
        foreach (string name in await results.ListCampaignsAsync(cancellationToken))
        {
            if (await results.LoadAsync(name, cancellationToken) is { } coded)
            {
                list.Add(CampaignHeadline.From(name, StatisticsCalculator.Compute(coded, [], Denominator.Answered)[0]));
            }
        }

        return list;
    }

    private static async Task<Ok<IReadOnlyList<CampaignHeadline>>> ListAsync(IResultStore results, CancellationToken cancellationToken) =>
        TypedResults.Ok(await HeadlinesAsync(results, cancellationToken));

    private static async Task<Results<Ok<CampaignDto>, ProblemHttpResult>> GetAsync(IResultStore results, string name, string? denominator, CancellationToken cancellationToken)
    {
        if (!TryParseDenominator(denominator, out Denominator d))
        {
            return BadDenominator();
        }

        if (await LoadAsync(results, name, cancellationToken) is not { } coded)
        {
            return NotFound();
        }

        var tables = OpenData.Tables(coded, d).Where(t => t.Id != "records").Select(TableDto.From).ToList();
        return TypedResults.Ok(new CampaignDto(name, d.ToCode(), CampaignHeadline.From(name, StatisticsCalculator.Compute(coded, [], d)[0]), tables));
    }

    private static async Task<Results<Ok<TableDto>, ProblemHttpResult>> TableAsync(IResultStore results, string name, string table, string? denominator, CancellationToken cancellationToken)
    {
        if (!TryParseDenominator(denominator, out Denominator d))
        {
            return BadDenominator();
        }

        if (!OpenData.TableIds.Contains(table))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No table '{Truncate(table)}'; tables: {string.Join(", ", OpenData.TableIds)}.");
        }

        if (await LoadAsync(results, name, cancellationToken) is not { } coded)
        {
            return NotFound();
        }

        return TypedResults.Ok(TableDto.From(OpenData.Tables(coded, d).Single(t => t.Id == table)));
    }

    private static async Task<IResult> DownloadAsync(IResultStore results, string name, string table, string format, string? denominator, CancellationToken cancellationToken)
    {
        if (!TryParseDenominator(denominator, out Denominator d))
        {
            return BadDenominator();
        }

        if (format is not ("csv" or "xlsx" or "json") || (table == "all" ? format != "xlsx" : !OpenData.TableIds.Contains(table)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"Downloads are TABLE.csv, TABLE.xlsx or TABLE.json with TABLE one of {string.Join(", ", OpenData.TableIds)}, or all.xlsx.");
        }

        if (await LoadAsync(results, name, cancellationToken) is not { } coded)
        {
            return NotFound();
        }

        var tables = OpenData.Tables(coded, d);
        string file = $"{Slug(name)}-{table}-{d.ToCode()}.{format}";
        if (table == "all")
        {
            return TypedResults.File(await OpenData.XlsxAsync(tables, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        }

        ReportTable t = tables.Single(x => x.Id == table);
        return format switch
        {
            "csv" => TypedResults.File(OpenData.Csv(t), "text/csv; charset=utf-8", file),
            "xlsx" => TypedResults.File(await OpenData.XlsxAsync([t], cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file),
            _ => TypedResults.Json(TableDto.From(t), contentType: "application/json; charset=utf-8"),
        };
    }

    internal static async Task<IReadOnlyList<CodedResult>?> LoadAsync(IResultStore results, string name, CancellationToken cancellationToken) =>
        name.Length > MaxNameLength ? null : await results.LoadAsync(name, cancellationToken);

    private static string Slug(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-')]);

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No published campaign has this name.");

    private static ProblemHttpResult BadDenominator() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "denominator must be answered or responses.");
}

/// <summary>A campaign's headline: how many bodies use Hikvision or Dahua, of how many, with a Wilson 95% interval.</summary>
public sealed record CampaignHeadline(string Name, int Requests, int Responses, int Refused, int Answered, int Either, double? EitherPct, double? EitherCi95Low, double? EitherCi95High, string Denominator)
{
    public static CampaignHeadline From(string name, GroupStatistics overall)
    {
        ArgumentNullException.ThrowIfNull(overall);
        Proportion share = overall.EitherShare;
        return new CampaignHeadline(name, overall.Requests, overall.Responses, overall.Refused, overall.Answered, share.Count, share.Percent,
            share.Interval95?.Low, share.Interval95?.High, overall.Denominator.ToCode());
    }
}

/// <summary>A published table: its columns and its rows as objects keyed by column.</summary>
public sealed record TableDto(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<Dictionary<string, string>> Rows)
{
    public static TableDto From(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new TableDto(table.Id, table.Title, table.Header, OpenData.Objects(table));
    }
}

/// <summary>A campaign's tables as JSON.</summary>
public sealed record CampaignDto(string Name, string Denominator, CampaignHeadline Headline, IReadOnlyList<TableDto> Tables);
