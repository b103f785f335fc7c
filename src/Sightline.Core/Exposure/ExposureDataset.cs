namespace Sightline.Core.Exposure;

/// <summary>Where a dataset's import stands.</summary>
public enum DatasetState
{
    /// <summary>Started and not finished: still running, or interrupted. Its figures are incomplete.</summary>
    Importing,

    /// <summary>Every input was read to its end (malformed records may have been skipped; they are counted).</summary>
    Complete,

    /// <summary>The import finished but an input could not be read to its end (a truncated gzip file, an XML error part way, a
    /// file that could not be opened). What was read is stored; the figures are incomplete.</summary>
    Partial,
}

/// <summary>What an import read and made of it.</summary>
/// <param name="Records">Records read and kept (services).</param>
/// <param name="Skipped">Malformed records skipped (invalid JSON, no address, a line over the length limit …).</param>
/// <param name="TruncatedFields">Field values cut to <see cref="ScanRecord.MaxFieldLength"/>.</param>
/// <param name="Hosts">Device observations: distinct hosts.</param>
public sealed record ImportTotals(long Records, long Skipped, long TruncatedFields, long Hosts, long Hikvision, long Dahua, long OtherChinese, long Other)
{
    public long Identified => Hikvision + Dahua + OtherChinese + Other;
}

/// <summary>A named set of device observations imported from scan files.</summary>
/// <param name="Sources">The files and formats it was imported from, as text.</param>
/// <param name="Problems">The first problems met (file, line and message), one per line; empty when none.</param>
public sealed record ExposureDataset(long Id, string Name, DatasetState State, string Sources, DateTime StartedUtc, DateTime? FinishedUtc, ImportTotals Totals, string Problems);

public static class DatasetStates
{
    public static string ToCode(this DatasetState state) => state switch
    {
        DatasetState.Importing => "importing",
        DatasetState.Complete => "complete",
        DatasetState.Partial => "partial",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static DatasetState Parse(string code) => code switch
    {
        "importing" => DatasetState.Importing,
        "complete" => DatasetState.Complete,
        "partial" => DatasetState.Partial,
        _ => throw new InvalidDataException($"Unknown dataset state '{code}'."),
    };
}
