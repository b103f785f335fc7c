using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Commands.Exposure;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Sightline.Network;
using Spectre.Console;

namespace Sightline.Cli.Commands.Scan;

/// <summary><c>sightline scan TARGETS --scope FILE | --i-own-this-network</c>: identify the cameras of a network the user owns.</summary>
internal static class ScanCommand
{
    private const int NotesShown = 20;

    public static Command Create()
    {
        var targets = new Argument<string[]>("TARGETS") { Description = "Addresses, CIDR blocks or ranges to probe: 192.168.1.20, 192.168.1.0/24, 192.168.1.10-192.168.1.40 " +
            "or 192.168.1.10-40. Host names are not accepted.", Arity = ArgumentArity.OneOrMore };
        var scope = new Option<string?>("--scope") { Description = "A file declaring the addresses you may probe: one address, CIDR block or range per line, '#' comments. " +
            "Every target must lie inside it; otherwise nothing at all is sent.", HelpName = "FILE" };
        var own = new Option<bool>("--i-own-this-network") { Description = "Declare that you own the targets themselves; allowed only for private, loopback and link-local " +
            "addresses (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, fc00::/7, fe80::/10)." };
        var ports = new Option<string>("--ports") { Description = "Ports to probe, comma-separated, each optionally with /tcp, /http, /https or /rtsp (without one: 443 and 8443 " +
            "HTTPS, 554 and 8554 RTSP, 8000 and 37777 TCP connect only, others HTTP).", HelpName = "LIST", DefaultValueFactory = _ => ScanPort.Defaults };
        var rate = new Option<double>("--rate") { Description = "The most probe steps (new connections) started per second, over the whole scan.", HelpName = "N", DefaultValueFactory = _ => 100 };
        var concurrency = new Option<int>("--concurrency") { Description = "The most probe steps (connections) open at once, over the whole scan.", HelpName = "N", DefaultValueFactory = _ => 32 };
        var timeout = new Option<int>("--timeout") { Description = "Milliseconds to wait for a connection and for each answer, per host and port.", HelpName = "MS", DefaultValueFactory = _ => 3000 };
        var credentials = new Option<string?>("--credentials") { Description = "A file of your own devices' logins, 'TARGET USER PASSWORD' per line. Only hosts it names are " +
            "asked for their device-information pages (Hikvision ISAPI, Dahua magicBox), with that login only (HTTP Digest; Basic only over TLS). No password is ever guessed.", HelpName = "FILE" };
        var dataset = new Option<string>("--dataset") { Description = "The dataset the observations are stored as (replaced if it exists); read it with 'sightline exposure summary'.",
            HelpName = "NAME", DefaultValueFactory = _ => "scan" };
        var discover = new Option<bool>("--discover") { Description = "First send an ONVIF/WS-Discovery Probe (UDP multicast to 239.255.255.250:3702, TTL 1) from the local " +
            "interfaces whose subnet overlaps the scope, list the devices that answer, and probe those inside the scope too. Answers from outside the scope are dropped." };
        var discoverWait = new Option<int>("--discover-wait") { Description = "Milliseconds to wait for WS-Discovery answers.", HelpName = "MS", DefaultValueFactory = _ => 3000 };
        var command = new Command("scan", "Identify the cameras and recorders of a network you own: TCP connect, HTTP(S) GET /, RTSP OPTIONS, ONVIF GetDeviceInformation and, " +
            "with your credentials, Hikvision ISAPI and Dahua magicBox device information. Targets outside the declared scope are refused before any packet is sent. " +
            "Identification only: no exploit, no password guessing. Each answering host becomes one device observation of an exposure dataset.")
        {
            targets, scope, own, ports, rate, concurrency, timeout, credentials, dataset, discover, discoverWait,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            async Task<int> Fail(int code, string message)
            {
                await error.WriteLineAsync($"error: {message}");
                return code;
            }

            string? scopeFile = parse.GetValue(scope);
            bool owned = parse.GetValue(own);
            if ((scopeFile is null) == !owned)
            {
                return await Fail(ExitCodes.UsageError, scopeFile is null
                    ? "declare what you may probe: --scope FILE, or --i-own-this-network for private addresses you own"
                    : "give --scope or --i-own-this-network, not both");
            }

            if (parse.GetValue(rate) is var r && (r <= 0 || r > 10_000))
            {
                return await Fail(ExitCodes.UsageError, "--rate: 0 < N <= 10000 connections per second");
            }

            if (parse.GetValue(concurrency) is var c && c is < 1 or > 1_024)
            {
                return await Fail(ExitCodes.UsageError, "--concurrency: 1-1024");
            }

            if (parse.GetValue(timeout) is var t && t is < 10 or > 120_000)
            {
                return await Fail(ExitCodes.UsageError, "--timeout: 10-120000 milliseconds");
            }

            string name = parse.GetValue(dataset)!.Trim();
            if (name.Length is 0 or > 200)
            {
                return await Fail(ExitCodes.UsageError, "--dataset: a name of 1-200 characters is needed");
            }

            if (ScanPort.ParseList(parse.GetValue(ports)!, out string? portError) is not { } portList)
            {
                return await Fail(ExitCodes.UsageError, $"--ports: {portError}");
            }

            if (NetworkScanner.ParseTargets(parse.GetValue(targets)!, out string? targetError) is not { } targetList)
            {
                return await Fail(ExitCodes.UsageError, $"TARGETS: {targetError}");
            }

            ScanScope? declared = scopeFile is not null ? ScanScope.Load(scopeFile, out string? scopeError) : ScanScope.OwnNetwork(targetList, out scopeError);
            if (declared is null)
            {
                return await Fail(scopeFile is null ? ExitCodes.UsageError : ExitCodes.BadInput, scopeError!);
            }

            ScanScope? limit = ScanScope.FromEnvironment(out string? limitError);
            if (limitError is not null)
            {
                return await Fail(ExitCodes.UsageError, limitError);
            }

            // Every target is checked before anything is sent.
            if (NetworkScanner.Check(targetList, declared, limit) is { } refusal)
            {
                return await Fail(ExitCodes.UsageError, refusal);
            }

            if (parse.GetValue(discoverWait) is var w && w is < 100 or > 60_000)
            {
                return await Fail(ExitCodes.UsageError, "--discover-wait: 100-60000 milliseconds");
            }

            CredentialSet? logins = null;
            if (parse.GetValue(credentials) is { } credentialFile && (logins = CredentialSet.Load(credentialFile, out string? credentialError)) is null)
            {
                return await Fail(ExitCodes.BadInput, credentialError!);
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                WsDiscoveryOutcome? discovery = null;
                if (parse.GetValue(discover))
                {
                    discovery = await WsDiscovery.DiscoverAsync(declared, limit, TimeSpan.FromMilliseconds(w), cancellationToken);
                    if (discovery.Interfaces.Count == 0)
                    {
                        await context.Error.WriteLineAsync("note: --discover: no local interface's subnet overlaps the scope; no Probe was sent");
                    }

                    foreach (string dropped in discovery.Refused)
                    {
                        await context.Error.WriteLineAsync($"note: --discover: an answer from {dropped} is outside the scope and was dropped");
                    }

                    // Responders are inside the scope (checked on receipt); probe the ones the targets do not already cover.
                    var extra = discovery.Matches.Select(m => m.Responder).Distinct().Where(a => !targetList.Any(range => range.Contains(a))).ToList();
                    if (extra.Count > 0)
                    {
                        targetList = [.. targetList, .. extra.Select(a => AddressRange.TryParse(a.ToString(), out AddressRange? one, out _) ? one! : throw new InvalidOperationException())];
                    }
                }

                var settings = new ScanSettings(portList, TimeSpan.FromMilliseconds(t), r, c, logins);
                var progress = Console.IsErrorRedirected ? null : new Progress<int>(n => Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rhosts probed: {n:N0}   ")));
                ScanOutcome outcome = await context.Get<NetworkScanner>().ScanAsync(
                    new ScanRequest(targetList, declared, settings, name, limit, discovery?.Matches.Select(WsDiscovery.ToRecord).ToList()), progress, cancellationToken);
                if (progress is not null)
                {
                    await Console.Error.WriteLineAsync();
                }

                foreach (string note in outcome.Notes.Take(NotesShown))
                {
                    await context.Error.WriteLineAsync($"note: {note}");
                }

                if (outcome.Notes.Count > NotesShown)
                {
                    await context.Error.WriteLineAsync($"... and {outcome.Notes.Count - NotesShown:N0} more note(s)");
                }

                ImportTotals totals = outcome.Totals;
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        outcome.Dataset,
                        outcome.Addresses,
                        totals.Hosts,
                        totals.Hikvision,
                        totals.Dahua,
                        totals.OtherChinese,
                        totals.Other,
                        Unidentified = totals.Hosts - totals.Identified,
                        outcome.Connections,
                        Discovered = discovery?.Matches.Select(m => new
                        {
                            Ip = m.Responder.ToString(),
                            Endpoint = m.EndpointReference,
                            m.XAddrs,
                            m.Types,
                            m.Scopes,
                            m.Hardware,
                            m.Name,
                            m.Manufacturer,
                            m.IsOnvif,
                        }),
                        Seconds = Math.Round(outcome.Elapsed.TotalSeconds, 3),
                        Devices = outcome.Observations.Select(o => new
                        {
                            o.Ip,
                            o.Ports,
                            o.Maker,
                            Group = o.Group.ToCode(),
                            o.Brand,
                            Relation = o.Relation?.ToCode(),
                            o.Model,
                            o.Firmware,
                            Kind = o.Kind?.ToCode(),
                            Confidence = Math.Round(o.Confidence, 3),
                            o.Watchlisted,
                            Evidence = o.Evidence.Select(e => new { e.Field, e.Value, e.Maker, e.Brand, Confidence = Math.Round(e.Confidence, 3) }),
                            Vulnerabilities = o.Vulnerabilities.Select(v => new { v.Cve, v.Status, v.Cvss, v.Kev }),
                        }),
                        outcome.Notes,
                    });
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("address", "ports", "maker", "brand", "model", "firmware", "confidence");
                foreach (ExposureObservation o in outcome.Observations)
                {
                    table.AddRow(o.Ip, string.Join(',', o.Ports), o.Maker ?? "?", Markup.Escape(o.Brand ?? "-"), Markup.Escape(o.Model ?? "-"), Markup.Escape(o.Firmware ?? "-"),
                        o.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
                }

                if (outcome.Observations.Count > 0)
                {
                    context.Terminal.Write(table);
                }

                foreach (WsDiscoveryMatch match in discovery?.Matches ?? [])
                {
                    await context.Out.WriteLineAsync($"discovered: {WsDiscovery.Describe(match)}");
                }

                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Dataset '{name}' ({ExposureCommand.Describe(DatasetState.Complete)}): {outcome.Addresses:N0} address(es) probed in {outcome.Elapsed.TotalSeconds:0.0} s " +
                    $"with {outcome.Connections:N0} connection(s); {totals.Hosts:N0} answered: {totals.Hikvision:N0} Hikvision, {totals.Dahua:N0} Dahua, " +
                    $"{totals.OtherChinese:N0} other Chinese, {totals.Other:N0} other makers, {totals.Hosts - totals.Identified:N0} unidentified."));
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
