using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using Sightline.Core.Accounts;
using Sightline.Web.Api;

namespace Sightline.Web;

/// <summary>The web host's own services and pipeline; everything else comes from <c>AddSightline</c>.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>The rate-limit policy of public search and the JSON API: requests per minute per client address
    /// (configuration <c>Sightline:RateLimit:PerMinute</c>, default 300).</summary>
    public const string PublicPolicy = "public";

    /// <summary>The rate-limit policy of sign-in attempts: per minute per client address (configuration
    /// <c>Sightline:RateLimit:SignInPerMinute</c>, default 10).</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>The Content-Security-Policy of every response: scripts and styles only from this site's own files (no inline
    /// script, no eval), no plugins, no framing, forms post only here.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IServiceCollection AddSightlineWeb(this IServiceCollection services, IConfiguration? configuration = null)
    {
        int perMinute = int.TryParse(configuration?["Sightline:RateLimit:PerMinute"], NumberStyles.None, CultureInfo.InvariantCulture, out int configured) && configured > 0 ? configured : 300;
        int signInPerMinute = int.TryParse(configuration?["Sightline:RateLimit:SignInPerMinute"], NumberStyles.None, CultureInfo.InvariantCulture, out int signIns) && signIns > 0 ? signIns : 10;
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { type = "https://tools.ietf.org/html/rfc6585#section-4", title = "Too many requests", status = 429, detail = "Too many requests from this address; try again in a minute." },
                    options: null, contentType: "application/problem+json", cancellationToken);
            };
        });

        // Cookie keys live in the store, so a session survives a restart and works on every instance sharing the database.
        services.AddDataProtection().SetApplicationName("Sightline").PersistKeysToDbContext<Sightline.Storage.SightlineDbContext>();

        // Accounts: Identity's user store comes from AddSightline; the web adds sign-in with a cookie.
        new IdentityBuilder(typeof(IdentityUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sightline.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            // The API answers 401/403 with problem+json instead of redirecting to a page.
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Admin, Roles.Researcher, Roles.Reviewer))
            .AddPolicy(Policies.Research, p => p.RequireRole(Roles.Admin, Roles.Researcher))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sightline.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });

        services.AddRazorPages(o =>
        {
            // Belt and braces: every workspace page needs at least the review policy even if a page forgets its attribute.
            o.Conventions.AuthorizeFolder("/Workspace", Policies.Review);
        }).AddApplicationPart(typeof(SightlineWebApp).Assembly);
        // Welsh names and typographic punctuation stay readable in the HTML; markup characters are still escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi();
        // The API speaks the same JSON as the CLI's --json output: snake_case keys.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        services.AddProblemDetails();
        services.AddScoped<BodyFindings>();
        services.AddMemoryCache();
        services.AddSingleton<PublicStatisticsCache>();
        // Sending the outbox and filing replies in the background, when serve is given mail servers (idle otherwise).
        services.AddSingleton(sp => sp.GetRequiredService<Sightline.Hosting.SightlineOptions>().Mail);
        services.AddSingleton<Sightline.Hosting.Mail.MailWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Sightline.Hosting.Mail.MailWorker>());
        return services;
    }

    public static WebApplication UseSightlineWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/error");
        // Pages get a readable status page; the API's bare status codes get a problem+json body.
        app.UseWhen(context => !IsApi(context.Request), branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(context => IsApi(context.Request), branch => branch.UseStatusCodePages(async context =>
        {
            HttpResponse response = context.HttpContext.Response;
            int status = response.StatusCode;
            await response.WriteAsJsonAsync(new { type = "about:blank", title = ReasonPhrases.GetReasonPhrase(status), status }, options: null, contentType: "application/problem+json");
        }));
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            // Workspace and account pages carry forms, so antiforgery marks them no-store itself; the workspace's JSON needs it said.
            if (context.Request.Path.StartsWithSegments("/api/review", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(SightlineWebApp).Assembly, "Sightline.Web.wwwroot"),
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapBodyEndpoints();
        app.MapCampaignEndpoints();
        app.MapExposureEndpoints();
        app.MapStudyEndpoints();
        app.MapReviewEndpoints();
        app.MapRazorPages();
        return app;
    }

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task ApiOrRedirect(HttpContext context, string redirectUri, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>The authorisation policies of the workspace (see <see cref="Roles"/>).</summary>
public static class Policies
{
    public const string Review = "review";
    public const string Research = "research";
    public const string Admin = "admin";
}
