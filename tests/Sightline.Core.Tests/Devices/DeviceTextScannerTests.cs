using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Devices;

public sealed class DeviceTextScannerTests
{
    private static readonly DeviceTextScanner Scanner = new(DeviceKnowledgeBase.Default);

    [Fact]
    public void Finds_brands_and_models_with_their_evidence_spans()
    {
        const string text = "We have 40 Hikvision DS-2CD2347G2-LU cameras and a Dahua IPC-HFW5442E-ZE on the gate.";

        var mentions = Scanner.Scan(text);

        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        DeviceMention colorVu = mentions.Single(m => m.Model == "DS-2CD2347G2-LU");
        Assert.Equal(("hikvision", DeviceKind.Camera, "ColorVu", true, true), (colorVu.Maker, colorVu.Kind, colorVu.ProductLine, colorVu.Watchlisted, colorVu.MakerIsChinese));
        DeviceMention wizMind = mentions.Single(m => m.Model == "IPC-HFW5442E-ZE");
        Assert.Equal(("dahua", "WizMind"), (wizMind.Maker, wizMind.ProductLine));
        Assert.Contains(Capability.FaceDetection, wizMind.Capabilities);
        Assert.Contains(mentions, m => m.Text == "Hikvision" && m.Relation == BrandRelation.Own);
        Assert.Contains(mentions, m => m.Text == "Dahua" && m.Maker == "dahua");
    }

    [Theory]
    [InlineData("ds2cd2143g2i", "DS-2CD2143G2I")]
    [InlineData("DS-2CD2143G2-I", "DS-2CD2143G2-I")]
    [InlineData("ids-2cd7146g0-izs", "iDS-2CD7146G0-IZS")]
    [InlineData("DHI-NVR4108HS-8P-4KS2", "DHI-NVR4108HS-8P-4KS2")]
    public void Lower_case_and_missing_dashes_are_normalised(string written, string model) =>
        Assert.Equal(model, Assert.Single(Scanner.Scan(written)).Model);

    [Theory]
    [InlineData("NVR2821", "kedacom")]
    [InlineData("NVR2108HS-S2", "dahua")]
    [InlineData("NVR4216-16P-4KS2", "dahua")]
    [InlineData("NVR616-128-4KS2", "dahua")]
    [InlineData("NVR608H-64-XI", "dahua")]
    [InlineData("NVR302-08S", "uniview")]
    [InlineData("NVR516-128", "uniview")]
    public void Recorder_series_name_their_maker(string model, string maker) =>
        Assert.Contains(Scanner.Scan(model), m => m.Model is not null && m.Maker == maker);

    [Theory]
    [InlineData("Honeywell HDZ302D cameras on the roof", "dahua", BrandRelation.OemReported)]
    [InlineData("An Ezviz doorbell", "hikvision", BrandRelation.SubBrand)]
    [InlineData("Lorex recorders in the depot", "dahua", BrandRelation.OemConfirmed)]
    [InlineData("Imou indoor cameras", "dahua", BrandRelation.SubBrand)]
    [InlineData("an Interlogix TruVision NVR", "hikvision", BrandRelation.OemConfirmed)]
    public void Relabelled_brands_name_the_real_maker(string text, string maker, BrandRelation relation) =>
        Assert.Contains(Scanner.Scan(text), m => m.Maker == maker && m.Relation == relation);

    [Theory]
    [InlineData("Shanghai Dahua Scale Factory supplied the weighbridge.")]
    [InlineData("The office is on Dahua Road, Hangzhou.")]
    [InlineData("Call 0161 234 5000 or write to M60 2LA.")]
    [InlineData("Servers run Ubuntu 22.04 LTS and Windows Server 2019.")]
    [InlineData("Temperature probes are DS18B20 sensors with a DS3231 clock.")]
    [InlineData("The Honeywell thermostats in the plant room were replaced.")]
    [InlineData("Reference FOI-2022-10455; invoice INV-2024-0042.")]
    [InlineData("Our cameras are Axis P3245-LVE and Hanwha XNV-6080R.")]
    [InlineData("The recorder is a Kedacom NVR2821.")]
    public void Look_alikes_do_not_fire_as_hikvision_or_dahua(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), m => m.Maker is "hikvision" or "dahua");

    [Fact]
    public void Other_chinese_and_western_makers_are_recognised_as_such()
    {
        var mentions = Scanner.Scan("Uniview IPC2124LB-SF28KM-G, Milesight MS-C5376-PB and an Axis M3106-L Mk II");

        Assert.Contains(mentions, m => m.Maker == "uniview" && m.MakerIsChinese && m.Watchlisted);
        Assert.Contains(mentions, m => m.Maker == "milesight" && m.Model == "MS-C5376-PB");
        Assert.Contains(mentions, m => m.Maker == "axis" && !m.MakerIsChinese && !m.Watchlisted);
    }

    [Fact]
    public void Product_lines_bring_their_capabilities()
    {
        DeviceMention line = Assert.Single(Scanner.Scan("All new cameras are DeepinView models."));

        Assert.Equal(("hikvision", "DeepinView"), (line.Maker, line.ProductLine));
        Assert.Contains(Capability.FaceDetection, line.Capabilities);
    }

    [Fact]
    public void Huge_and_binary_input_is_scanned_without_failing()
    {
        string noise = string.Concat(Enumerable.Repeat("\0\u0001\uFFFD garbage 0xDEADBEEF ", 20_000)) + " DS-7608NI-K2/8P";
        string broken = DeviceTextScanner.Sanitize("Dahua \uD800 IPC-HDW1230T2");

        Assert.Equal("hikvision", Scanner.Scan(noise).Single().Maker);
        Assert.Contains(Scanner.Scan(broken), m => m.Model == "IPC-HDW1230T2");
    }
}
