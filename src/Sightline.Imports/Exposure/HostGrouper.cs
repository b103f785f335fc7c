using System.Text;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>Collects records and hands them back grouped by host (IP), whatever their order in the input, with memory that does
/// not grow with the input: up to <c>memoryRecords</c> records are grouped in memory; past that, every record is written to one
/// of a number of temporary partition files chosen by a hash of its IP, and each partition is grouped on its own afterwards
/// (a grace hash grouping). All records of a host land in the same partition, so a host is never split.</summary>
/// <remarks>Partitions are sized from the expected number of records so that one holds about <c>memoryRecords</c>; the
/// temporary files are deleted when the grouper is disposed. In the partition files, values that scan data repeats (products,
/// servers, titles, page bodies, places, networks) are written once per partition and then referred to by number, within a
/// budget of <see cref="TableBudget"/> characters for all partitions together: less to write and read back, and a host's
/// repeated values come back as one string. Several threads can add records at once through the writers of
/// <see cref="Split"/>, one per consecutive part of the input; each writer keeps its own memory and partition files, read back in
/// order, so hosts come back exactly as from one writer.</remarks>
public sealed class HostGrouper : IDisposable
{
    public const int DefaultMemoryRecords = 20_000;
    private const int MaxPartitions = 256;

    /// <summary>The characters of repeated values remembered for all partition files together (16 MiB of text).</summary>
    public const int TableBudget = 8 << 20;

    private const int MaxTabledLength = 4_096;
    private const byte Null = 0, Inline = 1, NewEntry = 2, Reference = 3;

    private readonly int _memoryRecords;
    private readonly long _expectedRecords;
    private readonly string _tempRoot;
    private readonly List<Segment> _segments = [];
    private readonly Lock _lock = new();
    private Segment? _current;
    private string? _directory;
    private int _partitionCount;
    private long _tabled;

    /// <param name="expectedRecords">A guess at how many records will come (e.g. from file sizes), used to size partitions.</param>
    public HostGrouper(long expectedRecords, int memoryRecords = DefaultMemoryRecords, string? tempDirectory = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryRecords, 1);
        _memoryRecords = memoryRecords;
        _expectedRecords = expectedRecords;
        _tempRoot = tempDirectory ?? Path.GetTempPath();
    }

    public long Count
    {
        get
        {
            long count = 0;
            foreach (Segment segment in _segments)
            {
                count += segment.Count;
            }

            return count;
        }
    }

    /// <summary>True once records went to temporary files.</summary>
    public bool Spilled => _partitionCount > 0;

    public int Partitions => Math.Max(_partitionCount, 1);

    /// <summary>Adds a record after every record added before it (one writer at a time).</summary>
    public void Add(ScanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_current is null)
        {
            SealAll();
            _current = new Segment(this, _segments.Count, _memoryRecords);
            _segments.Add(_current);
        }

        _current.Add(record);
    }

    /// <summary>Opens <paramref name="count"/> writers that may add records at the same time, one thread each, for consecutive
    /// parts of the input: hosts come back as if every record of the first writer had been added, then every record of the
    /// second, and so on, after everything added before. The next <see cref="Add"/> comes after all of them.</summary>
    public IReadOnlyList<Action<ScanRecord>> Split(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        SealAll();
        _current = null;
        var writers = new Action<ScanRecord>[count];
        for (int i = 0; i < count; i++)
        {
            var segment = new Segment(this, _segments.Count, Math.Max(1, _memoryRecords / count)); // together no more than one writer keeps
            _segments.Add(segment);
            writers[i] = segment.Add;
        }

        return writers;
    }

    /// <summary>Earlier segments get no more records: their partition files are closed (a file handle each).</summary>
    private void SealAll()
    {
        foreach (Segment segment in _segments)
        {
            segment.Seal();
        }
    }

    /// <summary>Every host's records, in the order they were added. Call once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<IReadOnlyList<ScanRecord>> Hosts()
    {
        if (!Spilled)
        {
            var all = new List<ScanRecord>();
            foreach (Segment segment in _segments)
            {
                all.AddRange(segment.TakeBuffer());
            }

            foreach (IReadOnlyList<ScanRecord> host in Group(all))
            {
                yield return host;
            }

            yield break;
        }

        foreach (Segment segment in _segments)
        {
            segment.Close(); // a segment that stayed in memory writes its records out now, so that partitions keep the order
        }

        for (int i = 0; i < _partitionCount; i++)
        {
            var records = new List<ScanRecord>();
            for (int s = 0; s < _segments.Count; s++)
            {
                string path = PartitionPath(s, i);
                var table = new List<string>(); // each segment's file has its own table of repeated values
                using (var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.SequentialScan), Encoding.UTF8))
                {
                    long length = reader.BaseStream.Length; // FileStream.Length asks the file system each time
                    while (reader.BaseStream.Position < length)
                    {
                        records.Add(ReadRecord(reader, table));
                    }
                }

                File.Delete(path);
            }

            foreach (IReadOnlyList<ScanRecord> host in Group(records))
            {
                yield return host;
            }
        }
    }

    public void Dispose()
    {
        foreach (Segment segment in _segments)
        {
            segment.Dispose();
        }

        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static List<List<ScanRecord>> Group(List<ScanRecord> records)
    {
        var hosts = new Dictionary<string, List<ScanRecord>>(StringComparer.Ordinal);
        var order = new List<List<ScanRecord>>();
        foreach (ScanRecord record in records)
        {
            if (!hosts.TryGetValue(record.Ip, out List<ScanRecord>? host))
            {
                host = [];
                hosts[record.Ip] = host;
                order.Add(host);
            }

            host.Add(record);
        }

        return order;
    }

    /// <summary>The number of partitions, fixed by the first segment that spills: from the expected records, or four times
    /// what fits in memory, so that the same input is always partitioned the same way whichever segment spills first.</summary>
    private int SpillSetUp()
    {
        lock (_lock)
        {
            if (_partitionCount == 0)
            {
                _directory = Path.Combine(_tempRoot, $"sightline-hosts-{Guid.NewGuid():N}");
                Directory.CreateDirectory(_directory);
                _partitionCount = (int)Math.Clamp(Math.Max(_expectedRecords, (long)_memoryRecords * 4) / _memoryRecords + 1, 16, MaxPartitions);
            }

            return _partitionCount;
        }
    }

    /// <summary>Reserves room for a value in the table budget shared by every partition file.</summary>
    private bool Reserve(int length)
    {
        long after = Interlocked.Add(ref _tabled, length);
        if (after <= TableBudget)
        {
            return true;
        }

        Interlocked.Add(ref _tabled, -length);
        return false;
    }

    private string PartitionPath(int segment, int partition) =>
        Path.Combine(_directory!, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"s{segment:D3}-p{partition:D3}.bin"));

    /// <summary>The records of one writer: in memory up to its share of the grouper's limit, then in partition files of its own.</summary>
    private sealed class Segment(HostGrouper owner, int index, int memoryRecords) : IDisposable
    {
        private List<ScanRecord> _buffer = [];
        private BinaryWriter[]? _partitions;
        private Dictionary<string, int>[]? _tables;
        private bool _sealed;

        public long Count { get; private set; }

        public void Add(ScanRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            ObjectDisposedException.ThrowIf(_sealed, this);
            Count++;
            if (_partitions is not null)
            {
                Write(record);
                return;
            }

            _buffer.Add(record);
            if (_buffer.Count >= memoryRecords)
            {
                Spill();
            }
        }

        public List<ScanRecord> TakeBuffer()
        {
            List<ScanRecord> buffer = _buffer;
            _buffer = [];
            return buffer;
        }

        /// <summary>No more records will come: closes the partition files written so far (records still in memory stay there).</summary>
        public void Seal()
        {
            _sealed = true;
            _tables = null;
            Dispose();
        }

        /// <summary>Writes what is still in memory to partition files and closes them.</summary>
        public void Close()
        {
            if (_partitions is null)
            {
                Spill();
            }

            Seal();
        }

        public void Dispose()
        {
            foreach (BinaryWriter writer in _partitions ?? [])
            {
                writer.Dispose();
            }
        }

        private void Spill()
        {
            int partitions = owner.SpillSetUp();
            _partitions = new BinaryWriter[partitions];
            _tables = new Dictionary<string, int>[partitions];
            for (int i = 0; i < partitions; i++)
            {
                _partitions[i] = new BinaryWriter(new FileStream(owner.PartitionPath(index, i), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 15), Encoding.UTF8);
                _tables[i] = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (ScanRecord record in _buffer)
            {
                Write(record);
            }

            _buffer = [];
        }

        private void Write(ScanRecord record)
        {
            // FNV-1a: stable across processes, so the same input always gives the same order of observations.
            uint hash = 2166136261;
            foreach (char c in record.Ip)
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            uint partition = hash % (uint)_partitions!.Length;
            BinaryWriter w = _partitions[partition];
            Dictionary<string, int> table = _tables![partition];
            w.Write(record.Ip);
            w.Write(record.Port ?? -1);
            w.Write(record.Line);
            w.Write(record.File);
            // The order ReadRecord reads them in. Per-device values (realms with nonces, MAC addresses, host names, times) are
            // never tabled: they rarely repeat.
            Repeated(w, table, record.Transport);
            Repeated(w, table, record.Product);
            Once(w, record.Banner);
            Repeated(w, table, record.HttpServer);
            Once(w, record.WwwAuthenticate);
            Repeated(w, table, record.HtmlTitle);
            Repeated(w, table, record.HttpBody);
            Repeated(w, table, record.RtspServer);
            Repeated(w, table, record.TlsSubject);
            Repeated(w, table, record.FaviconMmh3);
            Once(w, record.MacAddress);
            Repeated(w, table, record.OtherBanner);
            Repeated(w, table, record.CountryCode);
            Repeated(w, table, record.CountryName);
            Repeated(w, table, record.City);
            Repeated(w, table, record.Org);
            Repeated(w, table, record.Isp);
            Repeated(w, table, record.Asn);
            Once(w, record.Hostnames);
            Once(w, record.Timestamp);
        }

        private static void Once(BinaryWriter w, string? value)
        {
            if (value is null)
            {
                w.Write(Null);
            }
            else
            {
                w.Write(Inline);
                w.Write(value);
            }
        }

        private void Repeated(BinaryWriter w, Dictionary<string, int> table, string? value)
        {
            if (value is null)
            {
                w.Write(Null);
            }
            else if (table.TryGetValue(value, out int entry))
            {
                w.Write(Reference);
                w.Write7BitEncodedInt(entry);
            }
            else if (value.Length <= MaxTabledLength && owner.Reserve(value.Length))
            {
                table.Add(value, table.Count);
                w.Write(NewEntry);
                w.Write(value);
            }
            else
            {
                w.Write(Inline);
                w.Write(value);
            }
        }
    }

    private static ScanRecord ReadRecord(BinaryReader reader, List<string> table)
    {
        string ip = reader.ReadString();
        int port = reader.ReadInt32();
        var record = new ScanRecord { Ip = ip, Port = port < 0 ? null : port, Line = reader.ReadInt64(), File = reader.ReadInt32() };
        string? Next()
        {
            switch (reader.ReadByte())
            {
                case Null:
                    return null;
                case Inline:
                    return reader.ReadString();
                case NewEntry:
                    string value = reader.ReadString();
                    table.Add(value);
                    return value;
                case Reference:
                    return table[reader.Read7BitEncodedInt()];
                default:
                    throw new InvalidDataException("A host partition file is corrupt.");
            }
        }

        record.Transport = Next();
        record.Product = Next();
        record.Banner = Next();
        record.HttpServer = Next();
        record.WwwAuthenticate = Next();
        record.HtmlTitle = Next();
        record.HttpBody = Next();
        record.RtspServer = Next();
        record.TlsSubject = Next();
        record.FaviconMmh3 = Next();
        record.MacAddress = Next();
        record.OtherBanner = Next();
        record.CountryCode = Next();
        record.CountryName = Next();
        record.City = Next();
        record.Org = Next();
        record.Isp = Next();
        record.Asn = Next();
        record.Hostnames = Next();
        record.Timestamp = Next();
        return record;
    }
}
