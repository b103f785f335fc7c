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
