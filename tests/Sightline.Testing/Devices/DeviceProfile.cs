namespace Sightline.Testing.Devices;

/// <summary>ONVIF GetDeviceInformation fields a simulated device answers with.</summary>
public sealed record OnvifInfo(string Manufacturer, string Model, string Firmware, string Serial = "SN0001", string HardwareId = "1.00");

/// <summary>How a simulated device answers: the real strings of real devices (see /work/shared/docs/devices.md §5, §10), and what
/// Sightline should make of it.</summary>
/// <param name="Name">A short name for test output.</param>
/// <param name="ExpectedMaker">The knowledge-base maker code identification must give (null: no maker).</param>
/// <param name="ExpectedModel">The model identification must give when the device's credentials are supplied (null: any).</param>
public sealed record DeviceProfile(string Name, string? ExpectedMaker, string? ExpectedModel)
{
    public int RootStatus { get; init; } = 200;

    public string? HttpServer { get; init; }

    /// <summary>The <c>WWW-Authenticate</c> header of <c>GET /</c> (with a 401).</summary>
    public string? RootAuthenticate { get; init; }

    public string RootBody { get; init; } = string.Empty;

    public string? RtspServer { get; init; }

    /// <summary>RTSP OPTIONS answers 401 with this header when set, 200 otherwise.</summary>
    public string? RtspAuthenticate { get; init; }

    public OnvifInfo? Onvif { get; init; }

    /// <summary>The XML of <c>/ISAPI/System/deviceInfo</c> (behind Digest auth); null: 404.</summary>
    public string? Isapi { get; init; }

    /// <summary>The text of <c>magicBox.cgi?action=getSystemInfo</c> (behind Digest auth); null: 404.</summary>
    public string? MagicBox { get; init; }

    public string? MagicBoxVersion { get; init; }

    /// <summary>The Digest realm of the device-information pages.</summary>
    public string Realm { get; init; } = "IP Camera(D1486)";

    public string User { get; init; } = "admin";

    public string Password { get; init; } = "own-device-password";

    private static string IsapiXml(string model, string firmware, string build, string type) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
        <deviceName>IP CAMERA</deviceName>
        <deviceID>88a1c1ec-1dd2-11b2-8a3b-c056e3e6b1a2</deviceID>
        <model>{model}</model>
        <serialNumber>{model}20210105AAWRF30001259</serialNumber>
        <macAddress>c0:56:e3:e6:b1:a2</macAddress>
        <firmwareVersion>{firmware}</firmwareVersion>
        <firmwareReleasedDate>{build}</firmwareReleasedDate>
        <deviceType>{type}</deviceType>
        </DeviceInfo>
        """;

    /// <summary>Hikvision and Dahua cameras and recorders, Dahua-made OEM devices, and other makers as negatives.</summary>
    public static IReadOnlyList<DeviceProfile> Catalogue { get; } =
    [
        new("hikvision-camera", "hikvision", "DS-2CD2143G0-I")
        {
            HttpServer = "App-webs/",
            RootBody = "<!DOCTYPE html><html><head><title></title><script>window.location.href = \"/doc/page/login.asp?_\" + (new Date()).getTime();</script></head></html>",
            RtspAuthenticate = "Digest realm=\"IP Camera(D1486)\", nonce=\"25a94a716ee6d7e74d6edda0e6f15dd6\", stale=\"FALSE\"",
            Onvif = new OnvifInfo("HIKVISION", "DS-2CD2143G0-I", "V5.5.82 build 190220"),
            Isapi = IsapiXml("DS-2CD2143G0-I", "V5.5.82", "build 190220", "IPCamera"),
        },
        new("hikvision-nvr", "hikvision", "DS-7608NI-K2")
        {
            HttpServer = "DNVRS-Webs",
            RootStatus = 401,
            RootAuthenticate = "Digest realm=\"Hikvision\", nonce=\"4e5749784e7a4d3d\", stale=\"FALSE\"",
            RootBody = "<!DOCTYPE html><html><head><title>Document Error: Unauthorized</title></head><body><h2>Access Error: 401 -- Unauthorized</h2></body></html>",
            RtspServer = "Hikvision RTSP Server",
            Realm = "Hikvision",
            Isapi = IsapiXml("DS-7608NI-K2", "V4.22.005", "build 190724", "NVR"),
        },
        // magicBox updateSerial names the Dahua hardware model (IPC-HDW5830R-Z), which identification prefers to deviceType.
        new("dahua-camera", "dahua", "IPC-HDW5830R-Z")
        {
            RootBody = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>WEB SERVICE</title></head><body><div id=\"download\">Please install plugins first!</div></body></html>",
            RtspServer = "Dahua Rtsp Server",
            RtspAuthenticate = "Basic realm=\"device\"",
            Onvif = new OnvifInfo("Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R"),
            Realm = "Login to 4X7C5A1ZAG21L3F",
            MagicBox = "appAutoStart=true\r\ndeviceType=IPC-HDW5831R-ZE\r\nhardwareVersion=1.00\r\nprocessor=S3LM\r\nserialNumber=4X7C5A1ZAG21L3F\r\nupdateSerial=IPC-HDW5830R-Z\r\n",
            MagicBoxVersion = "version=2.800.0000016.0.R,build:2020-06-05\r\n",
        },
        new("dahua-nvr", "dahua", "DHI-NVR4108HS-8P-4KS2")
        {
            RootStatus = 401,
            RootAuthenticate = "Digest realm=\"Login to 2J01018PAA00813\",qop=\"auth\",nonce=\"1125189736\",opaque=\"\",stale=\"false\"",
            RtspServer = "Dahua Rtsp Server",
            Realm = "Login to 2J01018PAA00813",
            MagicBox = "deviceType=DHI-NVR4108HS-8P-4KS2\r\nhardwareVersion=1.00\r\nserialNumber=2J01018PAA00813\r\nupdateSerial=DHI-NVR4108HS-8P-4KS2\r\n",
        },
        new("lorex-nvr", "dahua", "DHI-NVR4108HS-8P-4KS2")
        {
            RootStatus = 401,
            RootAuthenticate = "Digest realm=\"Login to ND011811000000\", nonce=\"ec3682ef24b2cd9cedefe5cc26110000\"",
            Realm = "Login to ND011811000000",
            MagicBox = "deviceType=31\r\nhardwareVersion=1.00\r\nserialNumber=ND011811000000\r\nupdateSerial=DHI-NVR4108HS-8P-4KS2\r\n",
        },
        new("amcrest-camera", "dahua", null)
        {
            RootBody = "<!DOCTYPE html><html><head><title>WEB SERVICE</title></head><body>Please install plugins first!</body></html>",
            RtspServer = "Dahua Rtsp Server",
            Onvif = new OnvifInfo("Amcrest", "IP4M-1041B", "V2.620.00AC000.0.R"),
            Realm = "Login to AMC0005F8A3D2B7C",
            MagicBox = "deviceType=IP4M-1041B\r\nhardwareVersion=1.00\r\nprocessor=SSC327DE\r\nserialNumber=AMC0005F8A3D2B7C\r\nupdateSerial=IPC-AW46WN-S2\r\n",
        },
        new("axis-camera", "axis", null)
        {
            HttpServer = "Apache",
            RootBody = "<html><head><title>AXIS</title><meta http-equiv=\"refresh\" content=\"0; URL=/camera/index.html\"></head></html>",
            RtspServer = "GStreamer RTSP server",
            RtspAuthenticate = "Digest realm=\"AXIS_ACCC8E000000\", nonce=\"0002d3b0Y1\", stale=FALSE",
            Onvif = new OnvifInfo("AXIS", "P3245-LVE", "10.12.114"),
        },
        new("nginx", null, null)
        {
            HttpServer = "nginx/1.22.1",
            RootBody = "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1></body></html>",
        },
    ];
}
