using System.Net;

namespace Sightline.Network.Tests;

/// <summary>WS-Discovery messages, without any network.</summary>
public sealed class WsDiscoveryTests
{
    // A ProbeMatches as a Hikvision camera sends it (namespace prefixes, scope list and XAddrs as seen from DS-2CD2xxx firmware).
    private const string HikvisionProbeMatches = """
        <?xml version="1.0" encoding="UTF-8"?>
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:soapenc="http://www.w3.org/2003/05/soap-encoding"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"
          xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:tds="http://www.onvif.org/ver10/device/wsdl"
          xmlns:dn="http://www.onvif.org/ver10/network/wsdl" xmlns:wsadis="http://schemas.xmlsoap.org/ws/2004/08/addressing"
          xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery">
         <env:Header>
          <wsadis:MessageID>urn:uuid:3ab0cf2c-1dd2-11b2-9b35-c056e3e6b1a2</wsadis:MessageID>
          <wsadis:RelatesTo>urn:uuid:9a6f1c44-8e1f-4a2e-9a1d-6a1e5a1b2c3d</wsadis:RelatesTo>
          <wsadis:To env:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsadis:To>
          <wsadis:Action env:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsadis:Action>
          <d:AppSequence InstanceId="1604043510" MessageNumber="12"/>
         </env:Header>
         <env:Body>
          <d:ProbeMatches>
           <d:ProbeMatch>
            <wsadis:EndpointReference><wsadis:Address>urn:uuid:3ab0cf2c-1dd2-11b2-9b34-c056e3e6b1a2</wsadis:Address></wsadis:EndpointReference>
            <d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>
            <d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/Profile/Streaming onvif://www.onvif.org/Profile/G
              onvif://www.onvif.org/Profile/T onvif://www.onvif.org/MfrName/HIKVISION onvif://www.onvif.org/hardware/DS-2CD2143G0-I
              onvif://www.onvif.org/name/HIKVISION%20DS-2CD2143G0-I onvif://www.onvif.org/location/city/hangzhou</d:Scopes>
            <d:XAddrs>http://192.168.1.64/onvif/device_service http://[fe80::c256:e3ff:fee6:b1a2]/onvif/device_service</d:XAddrs>
            <d:MetadataVersion>10</d:MetadataVersion>
           </d:ProbeMatch>
          </d:ProbeMatches>
         </env:Body>
        </env:Envelope>
        """;

    [Fact]
    public void A_Hikvision_ProbeMatches_is_parsed()
    {
        WsDiscoveryMatch match = Assert.Single(WsDiscovery.ParseProbeMatches(HikvisionProbeMatches, IPAddress.Parse("192.168.1.64")));

        Assert.Equal("urn:uuid:3ab0cf2c-1dd2-11b2-9b34-c056e3e6b1a2", match.EndpointReference);
        Assert.Equal("urn:uuid:9a6f1c44-8e1f-4a2e-9a1d-6a1e5a1b2c3d", match.RelatesTo);
        Assert.Equal(["dn:NetworkVideoTransmitter", "tds:Device"], match.Types);
        Assert.Equal(["http://192.168.1.64/onvif/device_service", "http://[fe80::c256:e3ff:fee6:b1a2]/onvif/device_service"], match.XAddrs);
        Assert.Equal(8, match.Scopes.Count);
        Assert.Equal("DS-2CD2143G0-I", match.Hardware);
        Assert.Equal("HIKVISION DS-2CD2143G0-I", match.Name);
        Assert.Equal("HIKVISION", match.Manufacturer);
        Assert.True(match.IsOnvif);
        Assert.Equal(IPAddress.Parse("192.168.1.64"), match.Responder);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>")]
    [InlineData("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><d:Hello xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"/></env:Body></env:Envelope>")]
    public void Anything_but_ProbeMatches_gives_no_match(string xml) =>
        Assert.Empty(WsDiscovery.ParseProbeMatches(xml, IPAddress.Loopback));

    [Fact]
    public void The_Probe_is_a_WS_Discovery_2005_04_Probe_with_its_message_id()
    {
        var id = Guid.Parse("9a6f1c44-8e1f-4a2e-9a1d-6a1e5a1b2c3d");
        string probe = WsDiscovery.BuildProbe(id, "dn:NetworkVideoTransmitter");

        var document = System.Xml.Linq.XDocument.Parse(probe);
        System.Xml.Linq.XNamespace d = "http://schemas.xmlsoap.org/ws/2005/04/discovery";
        Assert.Equal("dn:NetworkVideoTransmitter", document.Descendants(d + "Types").Single().Value);
        Assert.Contains("<a:MessageID>urn:uuid:9a6f1c44-8e1f-4a2e-9a1d-6a1e5a1b2c3d</a:MessageID>", probe, StringComparison.Ordinal);
        Assert.Contains("http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe<", probe, StringComparison.Ordinal);
        Assert.Empty(System.Xml.Linq.XDocument.Parse(WsDiscovery.BuildProbe(id, null)).Descendants(d + "Types"));
    }
}
