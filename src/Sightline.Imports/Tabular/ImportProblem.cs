namespace Sightline.Imports.Tabular;

/// <summary>Something wrong with an input file, located as precisely as the format allows.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">1-based line (CSV) or row (XLSX) number; null when the problem is the whole file.</param>
/// <param name="Field">The column at fault, when there is one.</param>
public sealed record ImportProblem(string File, int? Line, string? Field, string Message)
{
    public override string ToString() =>
        (Line, Field) switch
        {
            (null, null) => $"{File}: {Message}",
            (null, _) => $"{File}: column '{Field}': {Message}",
            (_, null) => $"{File}:{Line}: {Message}",
            _ => $"{File}:{Line}: field '{Field}': {Message}",
        };
}
