using System.CommandLine;
using Sightline.Core.Bodies;
using Sightline.Hosting.Bodies;

namespace Sightline.Cli.Commands.Bodies;

/// <summary><c>sightline bodies show</c>.</summary>
internal static class BodiesShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A Sightline id (la-e08000003) or an external identifier (gss:E08000003, urn:100000)." };
        var command = new Command("show", "Show one body: identifiers, sector, nation and region, website, FOI contact, and what is unknown.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string text = parse.GetValue(id)!;
            bool isExternal = ExternalId.TryParse(text, out ExternalId? external);
            if (!isExternal && !BodyId.TryParse(text, out _))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    $"error: '{text}' is neither a Sightline id (like la-e08000003) nor an identifier (like gss:E08000003; schemes: {string.Join(", ", IdentifierSchemes.All)})");
                return ExitCodes.UsageError;
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var store = context.Get<IBodyStore>();
                Body? body = isExternal
                    ? await store.FindByIdentifierAsync(external!, cancellationToken)
                    : await store.FindAsync(BodyId.TryParse(text, out BodyId? bodyId) ? bodyId.Value : default, cancellationToken);
                if (body is null)
                {
                    await context.Error.WriteLineAsync($"error: no body with id '{text}' (search with: sightline bodies list --query TEXT)");
                    return ExitCodes.Failure;
                }

                BodyDto dto = BodyDto.From(body);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, dto);
                    return ExitCodes.Ok;
                }

                TextWriter o = context.Out;
                await o.WriteLineAsync(body.Name);
                await o.WriteLineAsync($"  id:              {dto.Id}{(body.Active ? string.Empty : "  (inactive: no longer in its source)")}");
                await o.WriteLineAsync($"  sector:          {body.Sector.ToLabel()}{(body.Subtype is null ? string.Empty : $" ({body.Subtype})")}");
                await o.WriteLineAsync($"  nation:          {body.Nation?.ToName() ?? (dto.Unknown.ContainsKey("nation") ? Unknown(dto, "nation") : "not applicable (UK-wide body)")}");
                await o.WriteLineAsync($"  region:          {body.Region?.ToName() ?? (dto.Unknown.ContainsKey("region") ? Unknown(dto, "region") : body.Nation is null ? "not applicable (UK-wide body)" : "not applicable (outside England)")}");
                if (body.LocalAuthority is not null)
                {
                    await o.WriteLineAsync($"  local authority: {body.LocalAuthority}");
                }

                await o.WriteLineAsync($"  law:             {body.Law.ToCitation()}");
                await o.WriteLineAsync($"  website:         {body.Website ?? Unknown(dto, "website")}");
                await o.WriteLineAsync($"  FOI contact:     {body.FoiEmail ?? Unknown(dto, "foi_email")}");
                await o.WriteLineAsync("  identifiers:");
                foreach (ExternalId identifier in body.Identifiers)
                {
                    await o.WriteLineAsync($"    {identifier}");
                }

                if (body.Tags.Count > 0)
                {
                    await o.WriteLineAsync($"  tags:            {string.Join(", ", body.Tags)}");
                }

                await o.WriteLineAsync($"  source:          {body.Source}");
                if (body.Notes is not null)
                {
                    await o.WriteLineAsync($"  notes:           {body.Notes}");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static string Unknown(BodyDto dto, string field) => $"unknown ({dto.Unknown[field]})";
}
