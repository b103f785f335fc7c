namespace Sightline.Core.Exposure;

/// <summary>Storage port of exposure datasets and their device observations.</summary>
/// <remarks>A dataset is written in three steps so that a reader can always tell whether it is whole: <see cref="BeginAsync"/>
/// replaces any dataset of that name with an empty one in state <see cref="DatasetState.Importing"/>, <see cref="AppendAsync"/>
/// adds observations in batches, and <see cref="FinishAsync"/> records the totals and the final state.</remarks>
public interface IExposureStore
{
    /// <returns>The new dataset's id.</returns>
    Task<long> BeginAsync(string name, string sources, CancellationToken cancellationToken);

    /// <param name="firstNumber">The 1-based number of the first observation of the batch within the dataset.</param>
    Task AppendAsync(long datasetId, int firstNumber, IReadOnlyList<ExposureObservation> observations, CancellationToken cancellationToken);

    Task FinishAsync(long datasetId, DatasetState state, ImportTotals totals, string problems, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExposureDataset>> ListAsync(CancellationToken cancellationToken);

    Task<ExposureDataset?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Observations per group key and maker group, for <see cref="ExposureSummary.Build"/>.</summary>
    Task<IReadOnlyList<GroupCount>> CountAsync(long datasetId, SummaryDimension by, SummaryFilter filter, CancellationToken cancellationToken);

    /// <summary>A page of a dataset's observations in the order they were stored.</summary>
    Task<IReadOnlyList<ExposureObservation>> LoadAsync(long datasetId, int skip, int take, CancellationToken cancellationToken);
}
