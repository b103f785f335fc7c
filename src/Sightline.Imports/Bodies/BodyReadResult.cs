using Sightline.Core.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Bodies;

/// <summary>Bodies read from one file, the rows deliberately left out (with why), and the problems that make the file unusable.
/// An import writes nothing when <see cref="Problems"/> is not empty.</summary>
public sealed record BodyReadResult(IReadOnlyList<Body> Bodies, IReadOnlyList<ImportProblem> Problems, IReadOnlyDictionary<string, int> Skipped)
{
    public static BodyReadResult Failed(ImportProblem problem) => new([], [problem], new Dictionary<string, int>());

    public bool Ok => Problems.Count == 0;
}
