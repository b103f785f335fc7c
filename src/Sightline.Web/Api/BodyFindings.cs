using Sightline.Core.Answers;
using Sightline.Core.Correspondence;
using Sightline.Core.Devices;
using Sightline.Core.Requests;
using Sightline.Core.Review;
using Sightline.Core.Statistics;

namespace Sightline.Web.Api;

/// <summary>What is published about one body: its coded result in each campaign, the reviewed evidence (quotes with personal
/// data removed), and its requests' states with the deadline trail when late. Used by the body page and the API.</summary>
public sealed class BodyFindings(IResultStore results, IReviewStore reviews, IRequestStore requests, RequestLifecycle lifecycle, TimeProvider clock)
{
    public async Task<BodyFindingsDto> LoadAsync(string bodyId, CancellationToken cancellationToken)
    {
        var campaigns = await results.FindByBodyAsync(bodyId, cancellationToken);
        var codings = await reviews.ListForBodyAsync(bodyId, cancellationToken);
        var foi = await requests.FindByBodiesAsync([bodyId], cancellationToken);
        DateOnly today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var evidence = codings.Where(c => c.IsReviewed).SelectMany(c => c.Current.Evidence.Select(e => new EvidenceDto(
            c.Campaign, c.State.ToCode(), e.Field, e.Value, PersonalDataRedactor.Redact(e.Quote), e.Document, e.Page))).ToList();
        var requestDtos = foi.OrderBy(r => r.Reference.Value, StringComparer.Ordinal).Select(r =>
        {
            RequestStatus status = lifecycle.Evaluate(r, today);
            bool late = status.DaysOverdue > 0;
            return new RequestDto(r.Reference.Value, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.State.ToString()), status.Deadline?.Due, status.DaysOverdue,
                late && status.Deadline is { } d ? [.. d.Trail.Select(t => t.ToString())] : []);
        }).ToList();
        var replies = codings.Where(c => c.IsReviewed).OrderBy(c => c.Campaign, StringComparer.Ordinal).ThenBy(c => c.Id.Value)
            .Select(c => new ReplyDto(c.Campaign, c.Id.Value, c.Document, c.State.ToCode(), $"/bodies/{Uri.EscapeDataString(bodyId)}/replies/{c.Id.Value}")).ToList();
        return new BodyFindingsDto(bodyId, [.. campaigns.Select(CampaignFindingDto.From)], evidence, requestDtos, replies);
    }

    /// <summary>A reviewed reply of the body as published: its text with personal data removed, and its evidence marked where the
    /// (redacted) quote is found. Null when there is no such reply, it belongs to another body, or no one has reviewed it.</summary>
    public async Task<PublishedReply?> ReplyAsync(string bodyId, long id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(new ProposedCodingId(id), cancellationToken) is not { } coding || coding.BodyKey != bodyId || !coding.IsReviewed)
        {
            return null;
        }

        string text = PersonalDataRedactor.Redact(coding.Text);
        var evidence = new List<CodingEvidence>();
        foreach (CodingEvidence e in coding.Current.Evidence)
        {
            string quote = PersonalDataRedactor.Redact(e.Quote);
            int start = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
            evidence.Add(e with { Quote = quote, Start = start, End = start < 0 ? -1 : start + quote.Length });
        }

        return new PublishedReply(coding, text, evidence);
    }
}

public sealed record BodyFindingsDto(string BodyId, IReadOnlyList<CampaignFindingDto> Campaigns, IReadOnlyList<EvidenceDto> Evidence, IReadOnlyList<RequestDto> Requests,
    IReadOnlyList<ReplyDto> Replies);

/// <summary>A reviewed reply, published as text with personal data removed at <paramref name="Url"/>.</summary>
public sealed record ReplyDto(string Campaign, long Id, string Document, string ReviewState, string Url);

/// <summary>A reviewed reply with personal data removed, and its evidence positioned in that text (Start −1 where not found).</summary>
public sealed record PublishedReply(Sightline.Core.Review.ProposedCoding Coding, string Text, IReadOnlyList<CodingEvidence> Evidence);

public sealed record CampaignFindingDto(string Campaign, string Outcome, string Hikvision, string Dahua, string OtherChinese, int? HikvisionCount, int? DahuaCount,
    IReadOnlyList<string> Capabilities, IReadOnlyList<string> CapabilitiesInUse, IReadOnlyList<string> Exemptions)
{
    public static CampaignFindingDto From(CampaignResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CodedResult r = result.Result;
        return new CampaignFindingDto(result.Campaign, r.Outcome.ToCode(), r.Hikvision.ToCode(), r.Dahua.ToCode(), r.OtherChinese.ToCode(), r.HikvisionCount, r.DahuaCount,
            [.. r.Capabilities.Select(c => c.ToCode()).Order(StringComparer.Ordinal)], [.. r.CapabilitiesInUse.Select(c => c.ToCode()).Order(StringComparer.Ordinal)], r.Exemptions);
    }
}

/// <summary>A reviewed code's quoted evidence, as published (personal data removed).</summary>
public sealed record EvidenceDto(string Campaign, string ReviewState, string Field, string Value, string Quote, string Document, int? Page);

/// <summary>A request's state; <paramref name="Trail"/> explains the deadline when the request is late.</summary>
public sealed record RequestDto(string Reference, string State, DateOnly? Due, int DaysOverdue, IReadOnlyList<string> Trail);

/// <summary>Codes used in evidence lists (for labels on the page).</summary>
public static class FieldLabels
{
    public static string Of(string field) => field switch
    {
        "kind" => "Kind of reply",
        "outcome" => "Outcome",
        "hikvision" => "Hikvision",
        "dahua" => "Dahua",
        "other_chinese" => "Other Chinese makers",
        "exemptions" => "Exemption cited",
        "capabilities_has" => "Capability held",
        "capabilities_in_use" => "Capability in use",
        "hikvision_count" => "Number of Hikvision devices",
        "dahua_count" => "Number of Dahua devices",
        "models" => "Model",
        _ => field,
    };

    public static string Value(string value) => value switch
    {
        ReplyCodes.Yes => "Yes",
        ReplyCodes.No => "No",
        ReplyCodes.Unknown => "Unknown",
        _ => value,
    };
}
