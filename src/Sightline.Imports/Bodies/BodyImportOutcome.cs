using Sightline.Core.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Bodies;

/// <summary>The outcome of importing one file or the bundled registry.</summary>
public abstract record BodyImportOutcome
{
    private BodyImportOutcome()
    {
    }

    /// <summary>Written, in one transaction per source.</summary>
    public sealed record Imported(IReadOnlyList<BodyImportSummary> Summaries, IReadOnlyDictionary<string, int> Skipped) : BodyImportOutcome;

    /// <summary>Nothing was written, because of these problems.</summary>
    public sealed record Rejected(IReadOnlyList<ImportProblem> Problems) : BodyImportOutcome;
}
