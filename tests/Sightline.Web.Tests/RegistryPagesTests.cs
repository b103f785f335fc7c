using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Testing;

namespace Sightline.Web.Tests;

public sealed class RegistryPagesTests(SightlineWebFactory web) : IClassFixture<SightlineWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using HttpClient client = web.CreateClient();
        HttpResponseMessage response = await client.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_home_page_counts_the_registry_by_sector()
    {
        (HttpStatusCode status, string html) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Who makes the cameras watching the public?", html, StringComparison.Ordinal);
        Assert.Matches(@"Police force</a></td><td class=""num"">45<", html);
    }

    [Fact]
    public async Task Search_filters_by_name_sector_and_region()
    {
        (_, string html) = await GetAsync("/bodies?q=manchester&sector=council");
        (_, string london) = await GetAsync("/bodies?sector=police&region=london");

        Assert.Contains("href=\"/bodies/la-e08000003\">Manchester City Council</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Manchester University NHS Foundation Trust", html, StringComparison.Ordinal);
        Assert.Contains("City of London Police", london, StringComparison.Ordinal);
        Assert.Contains("Metropolitan Police Service", london, StringComparison.Ordinal);
        Assert.Contains("2 bodies found", london, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_filter_is_explained_on_the_page_with_a_400()
    {
        (HttpStatusCode status, string html) = await GetAsync("/bodies?sector=skool");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("Unknown sector", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_page_shows_identifiers_region_website_and_what_is_unknown()
    {
        (HttpStatusCode status, string html) = await GetAsync("/bodies/la-e08000003");
        (_, string police) = await GetAsync("/bodies/pol-avon-and-somerset");
        (_, string byGss) = await GetAsync("/bodies/gss:E08000003");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Manchester City Council</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<code>E08000003</code>", html, StringComparison.Ordinal);
        Assert.Contains("North West", html, StringComparison.Ordinal);
        Assert.Contains("Unknown — no FOI address in the source data", html, StringComparison.Ordinal);
        Assert.Contains("mailto:FOIREQUESTS@avonandsomerset.police.uk", police, StringComparison.Ordinal);
        Assert.Contains("<h1>Manchester City Council</h1>", byGss, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_returns_bodies_as_json_and_is_described_by_openapi()
    {
        (HttpStatusCode status, string json) = await GetAsync("/api/bodies?q=avon&sector=police");
        (HttpStatusCode missing, string problem) = await GetAsync("/api/bodies/la-nothing");
        (HttpStatusCode openApiStatus, string openApi) = await GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        JsonElement root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal("pol-avon-and-somerset", root.GetProperty("bodies")[0].GetProperty("id").GetString());
        Assert.Equal("FOIREQUESTS@avonandsomerset.police.uk", root.GetProperty("bodies")[0].GetProperty("foi_email").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(404, JsonDocument.Parse(problem).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, openApiStatus);
        Assert.Contains("/api/bodies/{id}", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_from_imported_files_are_rendered_escaped()
    {
        await using (AsyncServiceScope scope = web.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IBodyStore>();
            await store.ImportAsync("test:xss", [Some.Body("<script>alert('x')</script> Council", key: "xss-council")], false, Ct);
        }

        (_, string page) = await GetAsync("/bodies/la-xss-council");
        (_, string search) = await GetAsync("/bodies?q=script");

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Council", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", search, StringComparison.Ordinal);
    }
}
