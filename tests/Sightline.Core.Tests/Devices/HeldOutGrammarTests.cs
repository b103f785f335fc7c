using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Devices;

/// <summary>Model numbers built from the makers' published grammar with parts the corpus never uses, and the figures for them.</summary>
public sealed class HeldOutGrammarTests(ITestOutputHelper output)
{
    private static readonly DeviceTextScanner Scanner = new(DeviceKnowledgeBase.Default);

    private static string P(Random r, params string[] options) => options[r.Next(options.Length)];

    private static string D(Random r, int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + r.Next(10))));

    internal static IEnumerable<(string Maker, string Model)> Generate(int seed, int count)
    {
        var r = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            yield return (r.Next(13)) switch
            {
                0 => ("hikvision", $"DS-2CD{P(r, "1", "2", "3", "4", "5", "7")}{P(r, "0", "1", "3", "5", "T", "A", "H")}{D(r, 1)}{D(r, 1)}{P(r, "G0", "G1", "G2", "G2H", "FWD")}-{P(r, "IZSU", "LIZU", "4I", "LISU/SL", "I2", "IWF", "XSL")}"),
                1 => ("hikvision", $"DS-2DE{P(r, "2", "3", "4", "5", "7")}{P(r, "A", "")}{D(r, 3)}{P(r, "IWG", "IX", "IW")}-{P(r, "E", "DE/W", "AE(S5)")}"),
                2 => ("hikvision", $"DS-{P(r, "7604", "7608", "7716", "7732", "9632", "96256", "7108")}NXI-{P(r, "K1/4P", "I4/16P", "M4", "K2")}"),
                3 => ("hikvision", $"DS-{P(r, "7204", "7208", "7216", "7332")}{P(r, "HGHI", "HQHI", "HUHI")}-{P(r, "K1", "K2", "M1", "M2")}"),
                4 => ("hikvision", $"DS-2TD{P(r, "1", "2", "4")}{D(r, 3)}T-{P(r, "3", "7", "10")}/{P(r, "PA", "PI", "P")}"),
                5 => ("hikvision", $"iDS-2CD7{D(r, 3)}G0-{P(r, "IZHSY", "XZHSY", "IZS")}"),
                6 => ("dahua", $"{P(r, "IPC-", "DH-IPC-", "DHI-IPC-")}{P(r, "HFW", "HDBW", "HDW", "EBW", "PFW")}{P(r, "1", "2", "3", "5", "7")}{D(r, 3)}{P(r, "T1", "E", "R", "S", "M")}-{P(r, "ZS", "ZAS-S2", "AS-PV-0280B", "IL", "ASE")}"),
                7 => ("dahua", $"{P(r, "NVR", "DHI-NVR", "DH-NVR")}{P(r, "2", "4", "5", "6")}{D(r, 3)}{P(r, "HS", "-EI", "-4KS2", "-I")}"),
                8 => ("dahua", $"{P(r, "XVR", "DH-XVR")}{P(r, "4", "5", "7")}{D(r, 3)}{P(r, "AN", "HS", "HE")}-{P(r, "I3", "4KL-I2", "X")}"),
                9 => ("dahua", $"{P(r, "SD", "DH-SD")}{P(r, "49", "59", "6C", "1A")}{D(r, 3)}{P(r, "XA", "U", "T", "DB")}-{P(r, "HNR", "GN", "HNI")}"),
                10 => ("dahua", $"{P(r, "TPC-BF", "TPC-SD", "DH-TPC-PT")}{D(r, 4)}-{P(r, "B7F8", "T", "HTM")}"),
                11 => ("dahua", $"HAC-{P(r, "HFW", "HDW", "HDBW")}{P(r, "1", "2")}{D(r, 3)}{P(r, "T", "R", "E")}-{P(r, "Z-A", "A", "IL-A")}"),
                _ => (P(r, "none"), $"{P(r, "AXIS Q", "XND-", "NDE-", "WV-S", "FD")}{D(r, 4)}-{P(r, "LE", "R", "AL", "L", "H")}"),
            };
        }
    }

    [Fact]
    public void Models_never_listed_anywhere_are_still_recognised()
    {
        var items = Generate(seed: 4242, count: 3000).ToList();
        foreach (string maker in new[] { "hikvision", "dahua" })
        {
            var (precision, recall, tp, fp, fn, errors) = CorpusAccuracyTests.Measure(maker, items.Select(i => (i.Maker, i.Model)));
            output.WriteLine($"held-out {maker}: precision {precision:P2}, recall {recall:P2} (tp {tp}, fp {fp}, fn {fn}) over {items.Count} generated models");
            Assert.True(recall >= 0.98, $"{maker} recall {recall:P2}: {string.Join(" | ", errors.Take(10))}");
            Assert.True(precision >= 0.995, $"{maker} precision {precision:P2}: {string.Join(" | ", errors.Take(10))}");
        }
    }
}
