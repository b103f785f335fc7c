using Sightline.Core.Answers;

namespace Sightline.Core.Correspondence;

/// <summary>The coder's proposal for one received message, awaiting a person's review. Filing it also puts it in the review
/// queue (<see cref="Review.IReviewStore"/>) with <see cref="Text"/>, and a reviewer's decision there is its status here.</summary>
/// <param name="Document">The name the review text goes by (the message's name, or its documents' names joined).</param>
/// <param name="Text">The reply's extracted text, every document in order; the evidence positions of <see cref="Coding"/> index it.</param>
public sealed record ProposedCoding(AnswerCoding Coding, string Document, string Text)
{
    /// <summary>Heading put before each document's text when a reply has more than one.</summary>
    public static string Heading(string name) => $"=== {name} ===\n";

    /// <summary>The proposal for <paramref name="reply"/>: its documents' texts joined into one, and the coding's evidence moved
    /// from positions in each document to positions in that text (each quote keeps its document's name).</summary>
    public static ProposedCoding For(Answers.Reply reply, AnswerCoding coding)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(coding);
        if (reply.Documents.Count == 1)
        {
            return new ProposedCoding(coding, reply.Documents[0].Name, reply.Documents[0].Text);
        }

        var text = new System.Text.StringBuilder();
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Answers.ReplyDocument document in reply.Documents)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(Heading(document.Name));
            offsets.TryAdd(document.Name, text.Length);
            text.Append(document.Text);
        }

        var evidence = coding.Evidence
            .Select(e => offsets.TryGetValue(e.Document, out int offset) ? e with { Start = e.Start + offset, End = e.End + offset } : e with { Start = -1, End = -1 })
            .ToList();
        return new ProposedCoding(coding with { Evidence = evidence }, reply.Name, text.ToString());
    }
}

/// <summary>Where a proposal is in review.</summary>
public enum ReviewStatus
{
    Proposed,
    Accepted,
    Corrected,
    Rejected,
}

/// <summary>A proposal as stored, with its review.</summary>
/// <param name="Corrected">The reviewer's coding when <see cref="Status"/> is <see cref="ReviewStatus.Corrected"/>.</param>
public sealed record StoredCoding(long Id, long MessageId, string Reference, AnswerCoding Proposed, ReviewStatus Status, string? Reviewer, DateTimeOffset? ReviewedUtc, AnswerCoding? Corrected);

/// <summary>Storage port of received messages' proposed codings, by request. Read-only: each one is reviewed in the review queue
/// (<see cref="Review.IReviewStore.DecideAsync"/>), which records the decision here in the same transaction.</summary>
public interface IProposedCodingStore
{
    Task<IReadOnlyList<StoredCoding>> ListAsync(ReviewStatus? status, string? reference, int limit, CancellationToken cancellationToken);
}
