using System.Text;
using BenchmarkDotNet.Attributes;
using Sightline.Core.Devices;

namespace Sightline.Benchmarks.Devices;

/// <summary>Mentions extracted per second over a large generated text, model lookups per second, and device identifications
/// per second from banner evidence.
/// Run: dotnet run -c Release --project bench/Sightline.Benchmarks -- --filter '*DeviceBenchmarks*' --job short --inProcess</summary>
[MemoryDiagnoser]
public class DeviceBenchmarks
{
    private static readonly string[] Sentences =
    [
        "The school operates 42 Hikvision DS-2CD2347G2-LU cameras recorded on a DS-7616NI-K2/16P.",
        "Our contractor installed Dahua IPC-HFW2431T-ZS-S2 bullets and an NVR4108HS-4KS2 in 2019.",
        "All cameras on the estate are Axis P3245-LVE; none are made by the companies named in your request.",
        "Please find attached the council's response to your request under the Freedom of Information Act 2000.",
        "Car park, ds2cd2143g2i, 10.0.4.12, 2021; Reception, IPC-B140H, 10.0.4.13, 2020; Gate, Hanwha XNV-6080R, 10.0.4.14, 2022",
        "We hold no information about the manufacturer of the cameras operated by the police on our behalf.",
    ];

    private readonly DeviceTextScanner _scanner = new(DeviceKnowledgeBase.Default);
    private readonly DeviceIdentifier _identifier = new(DeviceKnowledgeBase.Default);
    private string _text = string.Empty;
    private string[] _models = [];
    private DeviceEvidence[] _evidence = [];

    /// <summary>Characters in the scanned text (about 1 MB).</summary>
    public int TextLength => _text.Length;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
        }

        _text = builder.ToString();
        _models = ["DS-2CD2143G2-I", "IPC-HFW5442E-ZE", "DHI-NVR4108HS-8P-4KS2", "iDS-2CD7146G0-IZS", "AXIS P3245-LVE", "XNV-6080R", "LM7805", "IP4M-1041B"];
        _evidence =
        [
            new DeviceEvidence { HttpServer = "Hikvision-Webs", WwwAuthenticate = "Digest realm=\"IP Camera(D1486)\", nonce=\"25a9\"" },
            new DeviceEvidence { RtspServer = "Dahua Rtsp Server", WwwAuthenticate = "Digest realm=\"Login to 2J01018PAA00813\"" },
            new DeviceEvidence { HttpServer = "nginx/1.24.0", HtmlTitle = "Welcome" },
            new DeviceEvidence { HttpServer = "App-webs/", MacAddress = "98:8b:0a:04:d6:1e", Product = "Hikvision IP Camera" },
        ];
    }

    [Benchmark(Description = "scan 1 MB of answer text")]
    public int ScanText() => _scanner.Scan(_text).Count;

    [Benchmark(OperationsPerInvoke = 8, Description = "model lookup")]
    public int ClassifyModels()
    {
        int found = 0;
        foreach (string model in _models)
        {
            found += DeviceKnowledgeBase.Default.ClassifyModel(model) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 4, Description = "identify from banners")]
    public int Identify()
    {
        int found = 0;
        foreach (DeviceEvidence evidence in _evidence)
        {
            found += _identifier.Identify(evidence).Maker is null ? 0 : 1;
        }

        return found;
    }
}
