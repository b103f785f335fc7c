using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using Sightline.Web.Api;

namespace Sightline.Web;

/// <summary>The web host's own services and pipeline; everything else comes from <c>AddSightline</c>.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddSightlineWeb(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(SightlineWebApp).Assembly);
        // Welsh names and typographic punctuation stay readable in the HTML; markup characters are still escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi();
        // The API speaks the same JSON as the CLI's --json output: snake_case keys.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseSightlineWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["X-Frame-Options"] = "DENY";
            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(SightlineWebApp).Assembly, "Sightline.Web.wwwroot"),
        });
        app.UseRouting();
        app.MapOpenApi();
        app.MapBodyEndpoints();
        app.MapRazorPages();
        return app;
    }
}
