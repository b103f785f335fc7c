using Sightline.Core.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Bodies;

/// <summary>Reads bodies from the bundled UK data or a user's file and writes them to the registry.</summary>
public sealed class BodyImporter(IBodyStore store)
{
    /// <summary>Loads every bundled UK source, each in its own transaction, marking bodies that left a source inactive.</summary>
    public async Task<IReadOnlyList<BodyImportSummary>> ImportUkAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<BodyImportSummary>();
        foreach (UkSource source in UkRegistry.Load())
        {
            summaries.Add(await store.ImportAsync(source.Name, source.Bodies, deactivateMissing: true, cancellationToken).ConfigureAwait(false));
        }

        return summaries;
    }

    /// <summary>Reads <paramref name="path"/> completely and writes nothing unless every row is valid.</summary>
    /// <param name="mapping">For CSV/XLSX: file column → Sightline field (see <see cref="BodyTableReader.Fields"/>).</param>
    public async Task<BodyImportOutcome> ImportFileAsync(string path, BodyFileFormat format, IReadOnlyDictionary<string, string> mapping, CancellationToken cancellationToken)
    {
        TableFormat tableFormat = format switch
        {
            BodyFileFormat.Xlsx => TableFormat.Xlsx,
            _ => TableReader.FormatFromExtension(path) == TableFormat.Tsv ? TableFormat.Tsv : TableFormat.Csv,
        };
        TableReadResult read = await TableReader.ReadFileAsync(path, tableFormat, cancellationToken).ConfigureAwait(false);
        if (read.Problem is { } problem)
        {
            return new BodyImportOutcome.Rejected([problem]);
        }

        BodyReadResult result = format == BodyFileFormat.Gias
            ? GiasReader.Read(read.Table!)
            : BodyTableReader.Read(read.Table!, mapping);
        if (!result.Ok)
        {
            return new BodyImportOutcome.Rejected(result.Problems);
        }

        // A GIAS extract is the complete list of schools, so schools missing from a newer one are closed: mark them inactive.
        // A user's list may be partial, so it never deactivates anything.
        string source = format == BodyFileFormat.Gias ? GiasReader.SourceName : $"file:{Path.GetFileName(path)}";
        BodyImportSummary summary = await store.ImportAsync(source, result.Bodies, deactivateMissing: format == BodyFileFormat.Gias, cancellationToken).ConfigureAwait(false);
        return new BodyImportOutcome.Imported([summary], result.Skipped);
    }
}
