using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;

namespace Sightline.Imports.Tests.Exposure;

public sealed class HostGrouperTests
{
    private static IEnumerable<ScanRecord> Records()
    {
        // 300 hosts; each host's second service comes 150 records after its first (far from adjacent).
        for (int i = 0; i < 300; i++)
        {
            yield return new ScanRecord { Ip = $"198.18.1.{i % 256}", Port = 80, Line = i, HttpServer = i >= 256 ? "second-block" : null };
        }

        for (int i = 0; i < 300; i++)
        {
            yield return new ScanRecord { Ip = $"198.18.1.{i % 256}", Port = 554, Line = 300 + i, City = "Leeds", Hostnames = "h.example" };
        }
    }

    [Theory]
    [InlineData(100_000)] // all in memory
    [InlineData(50)] // spilled to partition files
    public void Records_of_a_host_are_grouped_together_wherever_they_are_in_the_input(int memoryRecords)
    {
        using var grouper = new HostGrouper(expectedRecords: 600, memoryRecords: memoryRecords);
        foreach (ScanRecord record in Records())
        {
            grouper.Add(record);
        }

        var hosts = grouper.Hosts().ToList();

        Assert.Equal(memoryRecords < 600, grouper.Spilled);
        Assert.Equal(256, hosts.Count);
        Assert.All(hosts, h => Assert.Single(h.Select(r => r.Ip).Distinct()));
        Assert.Equal(600, hosts.Sum(h => h.Count));
        IReadOnlyList<ScanRecord> first = hosts.Single(h => h[0].Ip == "198.18.1.0");
        Assert.Equal([(80, 0L), (80, 256L), (554, 300L), (554, 556L)], first.Select(r => (r.Port!.Value, r.Line)));
        Assert.Equal(("second-block", "Leeds", "h.example"), (first[1].HttpServer, first[2].City, first[2].Hostnames));
    }

    [Fact]
    public void Spilled_records_come_back_with_every_field_and_repeated_values_as_one_string()
    {
        string longBody = new('x', 5_000); // longer than any tabled value: written whole each time
        using var grouper = new HostGrouper(expectedRecords: 400, memoryRecords: 10);
        for (int i = 0; i < 400; i++)
        {
            grouper.Add(new ScanRecord
            {
                Ip = $"198.18.2.{i % 50}", Port = 80 + (i / 50), Line = i, File = i % 2, Transport = "tcp", Product = "Hikvision IP Camera",
                HttpServer = "App-webs/", WwwAuthenticate = $"Digest realm=\"IP Camera(C{i:D4})\"", HtmlTitle = "Login",
                HttpBody = i % 3 == 0 ? longBody : "<title>Login</title>", City = i % 2 == 0 ? "Leeds" : "Cardiff", Org = "Example Broadband", Asn = "AS64500",
                MacAddress = $"44:19:b6:00:00:{i % 256:x2}", Hostnames = $"h{i}.example", Timestamp = $"2022-10-0{1 + (i % 9)}T10:00:00",
            });
        }

        var hosts = grouper.Hosts().ToList();
        var records = hosts.SelectMany(h => h).OrderBy(r => r.Line).ToList();

        Assert.True(grouper.Spilled);
        Assert.Equal(400, records.Count);
        ScanRecord r7 = records[7];
        Assert.Equal(("198.18.2.7", 80, 1, "tcp", "Hikvision IP Camera", "Cardiff", "Example Broadband", "AS64500"),
            (r7.Ip, r7.Port, r7.File, r7.Transport, r7.Product, r7.City, r7.Org, r7.Asn));
        Assert.Equal(("App-webs/", "Digest realm=\"IP Camera(C0007)\"", "Login"), (r7.HttpServer, r7.WwwAuthenticate, r7.HtmlTitle));
        Assert.Equal(("44:19:b6:00:00:07", "h7.example", "2022-10-08T10:00:00"), (r7.MacAddress, r7.Hostnames, r7.Timestamp));
        Assert.Equal(longBody, records[9].HttpBody);
        Assert.Equal("<title>Login</title>", records[10].HttpBody);
        // Within a partition a repeated value is read back once and shared.
        IReadOnlyList<ScanRecord> host = hosts.Single(h => h[0].Ip == "198.18.2.7");
        Assert.Equal(8, host.Count);
        Assert.All(host, r => Assert.Same(host[0].Product, r.Product));
    }
}

public sealed class RecordFeederTests
{
    [Fact]
    public void Records_fed_from_another_thread_arrive_whole_and_in_order()
    {
        using var grouper = new HostGrouper(expectedRecords: 5_000, memoryRecords: 1_000);
        using (var feeder = new RecordFeeder(grouper))
        {
            for (int i = 0; i < 2_500; i++) // two full batches of 1,024 and a partial one
            {
                feeder.Add(new ScanRecord { Ip = $"198.18.{i % 7}.1", Port = i, Line = i });
            }

            feeder.Complete();
            Assert.Equal(2_500, feeder.Count);
        }

        var hosts = grouper.Hosts().ToList();

        Assert.Equal((2_500L, 7), (grouper.Count, hosts.Count));
        Assert.All(hosts, h => Assert.Equal(h.Select(r => r.Line).Order(), h.Select(r => r.Line)));
        Assert.Equal(Enumerable.Range(0, 2_500).Where(i => i % 7 == 3).Select(i => (long)i), hosts.Single(h => h[0].Ip == "198.18.3.1").Select(r => r.Line));
    }
}

public sealed class HostGrouperSplitTests
{
    private static ScanRecord Record(int i) => new() { Ip = $"198.18.{i % 5}.{i % 37}", Port = 80 + (i % 3), Line = i, HttpServer = i % 2 == 0 ? "App-webs/" : "DNVRS-Webs", City = "Leeds" };

    /// <summary>Hosts as one writer adding records 0..n-1 in order gives them.</summary>
    private static List<List<(string, long)>> OneWriter(int n, int memoryRecords, int before = 0)
    {
        using var grouper = new HostGrouper(expectedRecords: n, memoryRecords: memoryRecords);
        for (int i = 0; i < n; i++)
        {
            grouper.Add(Record(i));
        }

        return [.. grouper.Hosts().Select(h => h.Select(r => (r.Ip, r.Line)).ToList())];
    }

    [Theory]
    [InlineData(100_000)] // every segment in memory
    [InlineData(60)] // every segment spills
    [InlineData(170)] // the middle segments spill, the short first and last ones stay in memory until read back
    public void Writers_adding_at_once_give_the_hosts_one_writer_would(int memoryRecords)
    {
        const int n = 1_000;
        int[] cuts = [0, 90, 400, 820, 900, n]; // one Add-ed part, then four writers of Split
        using var grouper = new HostGrouper(expectedRecords: n, memoryRecords: memoryRecords);
        for (int i = cuts[0]; i < cuts[1]; i++)
        {
            grouper.Add(Record(i));
        }

        IReadOnlyList<Action<ScanRecord>> writers = grouper.Split(4);
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, w =>
        {
            for (int i = cuts[w + 1]; i < cuts[w + 2]; i++)
            {
                writers[w](Record(i));
            }
        });

        var hosts = grouper.Hosts().Select(h => h.Select(r => (r.Ip, r.Line)).ToList()).ToList();

        Assert.Equal(n, grouper.Count);
        Assert.Equal(memoryRecords < n, grouper.Spilled);
        Assert.Equal(OneWriter(n, memoryRecords), hosts);
        Assert.All(hosts, h => Assert.Equal(h.Select(r => r.Item2).Order(), h.Select(r => r.Item2)));
    }

    [Fact]
    public void Records_added_after_a_split_come_after_it()
    {
        using var grouper = new HostGrouper(expectedRecords: 300, memoryRecords: 50);
        IReadOnlyList<Action<ScanRecord>> writers = grouper.Split(2);
        for (int i = 0; i < 100; i++)
        {
            writers[i < 50 ? 0 : 1](Record(i));
        }

        for (int i = 100; i < 300; i++)
        {
            grouper.Add(Record(i));
        }

        // The split's writers were closed (their partition files too) when records came after them.
        Assert.Throws<ObjectDisposedException>(() => writers[1](Record(300)));
        Assert.Equal(OneWriter(300, 50), grouper.Hosts().Select(h => h.Select(r => (r.Ip, r.Line)).ToList()).ToList());
    }
}
