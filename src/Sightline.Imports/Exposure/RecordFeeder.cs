using System.Collections.Concurrent;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>Hands records to a <see cref="HostGrouper"/> on another thread, in batches, so that parsing the input and grouping
/// (or writing partitions to disk) use two cores. Order is kept. At most 64 batches of 1,024 records wait at a time, so memory
/// stays bounded when the grouper is slower than the reader.</summary>
public sealed class RecordFeeder : IDisposable
{
    private const int BatchSize = 1_024;

    private readonly BlockingCollection<ScanRecord[]> _queue = new(boundedCapacity: 64);
    private readonly Task _consumer;
    private ScanRecord[] _batch = new ScanRecord[BatchSize];
    private int _count;

    public RecordFeeder(HostGrouper grouper)
    {
        ArgumentNullException.ThrowIfNull(grouper);
        _consumer = Task.Factory.StartNew(() =>
        {
            foreach (ScanRecord[] batch in _queue.GetConsumingEnumerable())
            {
                foreach (ScanRecord record in batch)
                {
                    if (record is null)
                    {
                        break; // the last, partly filled batch
                    }

                    grouper.Add(record);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Records added so far.</summary>
    public long Count { get; private set; }

    public void Add(ScanRecord record)
    {
        _batch[_count++] = record;
        Count++;
        if (_count == BatchSize)
        {
            Send();
        }
    }

    /// <summary>Waits until the grouper has every record; rethrows what the grouper threw (e.g. a full disk).</summary>
    public void Complete()
    {
        if (_count > 0)
        {
            Send();
        }

        _queue.CompleteAdding();
        _consumer.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
            try
            {
                _consumer.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Already failing: the caller is unwinding from an earlier error, which is the one to report.
            }
        }

        _queue.Dispose();
    }

    private void Send()
    {
        if (_consumer.IsFaulted)
        {
            _consumer.GetAwaiter().GetResult(); // surface the grouper's failure instead of queueing into nothing
        }

        _queue.Add(_batch);
        _batch = new ScanRecord[BatchSize];
        _count = 0;
    }
}
