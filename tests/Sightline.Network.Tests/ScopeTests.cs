using System.Net;
using Sightline.Testing;

namespace Sightline.Network.Tests;

public sealed class ScopeTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-scope");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("127.0.0.7", "127.0.0.7", "127.0.0.7")]
    [InlineData("127.0.0.0/30", "127.0.0.0", "127.0.0.3")]
    [InlineData("127.0.0.2-127.0.0.9", "127.0.0.2", "127.0.0.9")]
    [InlineData("127.0.0.2-9", "127.0.0.2", "127.0.0.9")]
    public void Targets_are_addresses_blocks_and_ranges(string text, string first, string last)
    {
        Assert.True(AddressRange.TryParse(text, out AddressRange? range, out _));
        Assert.Equal([IPAddress.Parse(first), IPAddress.Parse(last)], new[] { range!.Addresses().First(), range.Addresses().Last() });
    }

    [Theory]
    [InlineData("camera.local")]
    [InlineData("127.0.0.9-127.0.0.2")]
    [InlineData("127.0.0.0/33")]
    public void Malformed_targets_are_errors_naming_them(string text)
    {
        Assert.False(AddressRange.TryParse(text, out _, out string? error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_file_with_a_bad_line_is_an_error_naming_file_and_line()
    {
        string path = Write("scope.txt", "# my lab\n127.0.0.0/24\n127.0.1.300\n");

        Assert.Null(ScanScope.Load(path, out string? error));
        Assert.StartsWith("scope.txt:3: '127.0.1.300'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_scope_file_is_an_error()
    {
        string path = Write("empty.txt", "# nothing here\n\n");

        Assert.Null(ScanScope.Load(path, out string? error));
        Assert.Contains("empty.txt: the scope file declares no address", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_outside_the_scope_are_refused_by_name()
    {
        ScanScope scope = ScanScope.Load(Write("scope.txt", "127.0.0.0/29\n"), out _)!;
        var targets = NetworkScanner.ParseTargets(["127.0.0.2", "127.0.0.5-127.0.0.12"], out _)!;

        string? refusal = NetworkScanner.Check(targets, scope, limit: null);

        Assert.Equal("target 127.0.0.5-127.0.0.12 is outside the declared scope (scope.txt); nothing was sent to any target", refusal);
    }

    [Fact]
    public void Owning_a_network_covers_only_private_and_loopback_targets()
    {
        Assert.NotNull(ScanScope.OwnNetwork(NetworkScanner.ParseTargets(["192.168.1.0/24", "127.0.0.1", "10.1.2.3"], out _)!, out _));
        Assert.Null(ScanScope.OwnNetwork(NetworkScanner.ParseTargets(["192.168.1.0/24", "8.8.8.8"], out _)!, out string? error));
        Assert.StartsWith("target 8.8.8.8 is not inside a private", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Port_lists_take_protocols()
    {
        var ports = ScanPort.ParseList("80,554,8000,18554/rtsp,9443/https", out _)!;

        Assert.Equal(["80/http", "554/rtsp", "8000/tcp", "18554/rtsp", "9443/https"], ports.Select(p => p.ToString()));
        Assert.Null(ScanPort.ParseList("80,70000", out string? error));
        Assert.Contains("70000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credentials_file_names_hosts_and_reports_bad_lines()
    {
        CredentialSet set = CredentialSet.Load(Write("logins.txt", "# mine\n127.0.0.2 admin pass word\n"), out _)!;

        Assert.Equal("pass word", set.For(IPAddress.Parse("127.0.0.2"))!.Password);
        Assert.Null(set.For(IPAddress.Parse("127.0.0.3")));
        Assert.Null(CredentialSet.Load(Write("bad.txt", "127.0.0.2 admin\n"), out string? error));
        Assert.Equal("bad.txt:1: expected 'TARGET USER PASSWORD'", error);
    }
}
