using Microsoft.AspNetCore.Http.HttpResults;
using Sightline.Core.Review;

namespace Sightline.Web.Api;

/// <summary>The review queue as JSON, for signed-in reviewers only (decisions are made through the workspace's forms, which carry
/// antiforgery tokens).</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/review", ListAsync).WithName("ListReviewQueue").WithTags("Workspace")
            .WithSummary("Proposed codings (state=proposed|accepted|corrected|rejected, campaign=NAME). Requires the reviewer, researcher or admin role.")
            .RequireAuthorization(Policies.Review);
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<ReviewItemDto>>, ValidationProblem>> ListAsync(IReviewStore store, string? campaign, string? state, CancellationToken cancellationToken)
    {
        ReviewState? s = null;
        if (state is not null)
        {
            if (!ReviewCodes.TryParseState(state, out ReviewState parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["One of proposed, accepted, corrected, rejected."] });
            }

            s = parsed;
        }

        if (campaign is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["campaign"] = ["At most 200 characters."] });
        }

        var items = await store.ListAsync(campaign, s, 1000, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReviewItemDto>>([.. items.Select(c => new ReviewItemDto(c.Id.Value, c.Campaign, c.BodyKey, c.BodyName, c.State.ToCode(),
            c.Current.Outcome, c.Current.Hikvision, c.Current.Dahua, c.ReviewedBy, c.ReviewedAt))]);
    }
}

public sealed record ReviewItemDto(long Id, string Campaign, string BodyKey, string BodyName, string State, string Outcome, string Hikvision, string Dahua, string? ReviewedBy, DateTimeOffset? ReviewedAt);
