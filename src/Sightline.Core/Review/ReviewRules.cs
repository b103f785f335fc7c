using Sightline.Core.Answers;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;

namespace Sightline.Core.Review;

/// <summary>The rules of review, kept apart from storage so that every store applies the same ones.</summary>
public static class ReviewRules
{
    /// <summary>Checks a decision against the coding it is about; null when it may be applied.</summary>
    public static string? Validate(ReviewDecision decision, ProposedCoding coding)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(coding);
        if (string.IsNullOrWhiteSpace(decision.Reviewer))
        {
            return "A decision needs a reviewer.";
        }

        if (decision.Note is { Length: > 2000 })
        {
            return "A note has at most 2,000 characters.";
        }

        if (decision.Action == ReviewAction.Correct)
        {
            if (decision.Correction is not { } c)
            {
                return "A correction needs the corrected codes.";
            }

            if (!ReplyCodes.Outcomes.Contains(c.Outcome) || !ReplyCodes.Kinds.Contains(c.Kind))
            {
                return "Unknown kind or outcome.";
            }

            if (!ReplyCodes.MakerValues.Contains(c.Hikvision) || !ReplyCodes.MakerValues.Contains(c.Dahua) || !ReplyCodes.MakerValues.Contains(c.OtherChinese))
            {
                return "Maker values are yes, no or unknown.";
            }

            if (c.HikvisionCount is < 0 || c.DahuaCount is < 0)
            {
                return "Counts cannot be negative.";
            }
        }

        return null;
    }

    /// <summary>The coding after <paramref name="decision"/>, reviewed by its reviewer at <paramref name="at"/>.</summary>
    public static ProposedCoding Apply(ReviewDecision decision, ProposedCoding coding, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(coding);
        return coding with
        {
            State = decision.Action.After(),
            Reviewed = decision.Action switch
            {
                ReviewAction.Accept => coding.Proposed,
                ReviewAction.Correct => decision.Correction,
                _ => null,
            },
            ReviewedBy = decision.Reviewer,
            ReviewedAt = at,
        };
    }

    /// <summary>The codings whose codes may reach published statistics: reviewed ones (accepted or corrected), or, when a
    /// campaign allows unreviewed codes, also those still proposed. Rejected codings never do.</summary>
    public static IEnumerable<ProposedCoding> Publishable(IEnumerable<ProposedCoding> codings, bool includeUnreviewed)
    {
        ArgumentNullException.ThrowIfNull(codings);
        return codings.Where(c => c.IsReviewed || (includeUnreviewed && c.State == ReviewState.Proposed));
    }

    /// <summary>A coding's current codes as a campaign result of <paramref name="body"/>, for the statistics.</summary>
    public static CodedResult ToCodedResult(ProposedCoding coding, Body body)
    {
        ArgumentNullException.ThrowIfNull(coding);
        ArgumentNullException.ThrowIfNull(body);
        AnswerCoding c = coding.Current;
        ResultOutcome outcome = c.Outcome == "none" ? (c.Kind == "acknowledgement" ? ResultOutcome.Acknowledgement : ResultOutcome.NoResponse)
            : ResultCodes.TryParseOutcome(c.Outcome, out ResultOutcome parsed) ? parsed : ResultOutcome.NoResponse;
        static Finding F(string v) => ResultCodes.TryParseFinding(v, out Finding f) ? f : Finding.Unknown;
        static HashSet<Capability> Caps(IEnumerable<string> codes) => [.. codes.Select(code => Capabilities.TryParse(code, out Capability? cap) ? cap : null).OfType<Capability>()];
        return new CodedResult(body.Id.Value, body.Name, body.Sector, body.Nation, body.Region, outcome, F(c.Hikvision), F(c.Dahua), F(c.OtherChinese),
            Caps(c.CapabilitiesHas), Caps(c.CapabilitiesInUse), c.Exemptions, c.HikvisionCount, c.DahuaCount, null);
    }
}
