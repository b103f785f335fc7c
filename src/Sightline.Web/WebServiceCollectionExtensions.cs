using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using System.Text.Unicode;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using Sightline.Web.Api;

namespace Sightline.Web;

/// <summary>The web host's own services and pipeline; everything else comes from <c>AddSightline</c>.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>The rate-limit policy of public search and the JSON API: requests per minute per client address
    /// (configuration <c>Sightline:RateLimit:PerMinute</c>, default 300).</summary>
    public const string PublicPolicy = "public";

    public static IServiceCollection AddSightlineWeb(this IServiceCollection services, IConfiguration? configuration = null)
    {
        int perMinute = int.TryParse(configuration?["Sightline:RateLimit:PerMinute"], NumberStyles.None, CultureInfo.InvariantCulture, out int configured) && configured > 0 ? configured : 300;
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { type = "https://tools.ietf.org/html/rfc6585#section-4", title = "Too many requests", status = 429, detail = $"At most {perMinute} requests a minute; try again shortly." },
                    options: null, contentType: "application/problem+json", cancellationToken);
            };
        });
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
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapBodyEndpoints();
        app.MapRazorPages();
        return app;
    }
}
