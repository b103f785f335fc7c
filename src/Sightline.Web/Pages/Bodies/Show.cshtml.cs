using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Hosting.Bodies;
using Sightline.Web.Api;

namespace Sightline.Web.Pages.Bodies;

public sealed class ShowModel(IBodyStore bodies, BodyFindings findings) : PageModel
{
    public Body? Body { get; private set; }

    public BodyDto Dto { get; private set; } = null!;

    public BodyFindingsDto Findings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Body = id.Length <= 250 ? await BodyEndpoints.FindAsync(bodies, id, cancellationToken) : null;
        if (Body is null)
        {
            return NotFound();
        }

        Dto = BodyDto.From(Body);
        Findings = await findings.LoadAsync(Body.Id.Value, cancellationToken);
        return Page();
    }

    public string Unknown(string field) => $"Unknown — {Dto.Unknown[field]}";

    public string SchemeLabel(string scheme) => scheme switch
    {
        IdentifierSchemes.Gss => "ONS GSS code",
        IdentifierSchemes.Urn => "DfE URN",
        IdentifierSchemes.Ukprn => "UKPRN",
        IdentifierSchemes.Ods => "NHS ODS code",
        IdentifierSchemes.Police => "data.police.uk force id",
        IdentifierSchemes.Wdtk => "WhatDoTheyKnow",
        IdentifierSchemes.LocalAuthorityCode => "Local authority code (mySociety)",
        IdentifierSchemes.GovUk => "GOV.UK organisation",
        IdentifierSchemes.Hesa => "HESA code",
        _ => scheme,
    };
}
