using System.CommandLine;
using System.Globalization;
using Sightline.Core.Devices;

namespace Sightline.Cli.Commands.Devices;

/// <summary><c>sightline vulns</c>: known vulnerabilities of a model.</summary>
internal static class VulnsCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The model number, e.g. DS-2CD2032F-I or IPC-HDW5831R-ZE.", Required = true, HelpName = "MODEL" };
        var firmware = new Option<string?>("--firmware") { Description = "Firmware version with its build, e.g. 'V5.4.0 build 160530' or '2.800.0000016.0.R,build:2020-06-05'.", HelpName = "VERSION" };
        var command = new Command("vulns", "List the known vulnerabilities of a model (with CVSS and CISA KEV status), narrowed by firmware build date when given.") { model, firmware };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                DeviceKnowledgeBase kb = await KnowledgeBaseLoader.LoadAsync(context.Get<IKnowledgeBaseOverlayStore>(), cancellationToken);
                string modelText = parse.GetValue(model)!;
                string? firmwareText = parse.GetValue(firmware);
                ModelMatch? match = kb.ClassifyModel(modelText);
                if (match is null)
                {
                    await context.Error.WriteLineAsync($"warning: '{modelText}' does not follow any maker's model grammar Sightline knows; matching it against the CVE list as written");
                }

                string normalized = match?.Model ?? modelText.Trim().ToUpperInvariant();
                var found = kb.VulnerabilitiesFor(normalized, firmwareText);
                DateOnly? build = Firmware.BuildDate(firmwareText);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Model = normalized,
                        Maker = match?.Rule.Maker,
                        Firmware = firmwareText,
                        Build = build?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        Vulnerabilities = found.Select(v => new
                        {
                            v.Vulnerability.Cve,
                            v.Vulnerability.Title,
                            v.Vulnerability.Cvss,
                            Kev = v.Vulnerability.KevAdded is not null,
                            KevAdded = v.Vulnerability.KevAdded?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            v.Status,
                            v.Vulnerability.Affected,
                        }),
                    });
                    return ExitCodes.Ok;
                }

                await context.Out.WriteLineAsync($"{normalized}{(match is null ? string.Empty : $" ({kb.Maker(match.Rule.Maker)?.Name}, {match.Rule.Kind.ToCode()})")}" +
                    (firmwareText is null ? ": firmware not given, so every CVE of the model is 'possibly affected'" : build is null ? ": no build date in the firmware string" : $": firmware built {build:yyyy-MM-dd}"));
                if (found.Count == 0)
                {
                    await context.Out.WriteLineAsync("No known vulnerabilities in the knowledge base.");
                }

                foreach (VulnerabilityMatch v in found)
                {
                    string kev = v.Vulnerability.KevAdded is { } added ? $"KEV since {added:yyyy-MM-dd}" : "not in KEV";
                    await context.Out.WriteLineAsync($"  {v.Vulnerability.Cve}  CVSS {v.Vulnerability.Cvss.ToString("0.0", CultureInfo.InvariantCulture)}  {kev}  {v.Status.Replace('_', ' ')}: {v.Vulnerability.Title}");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
