using System.Net;

namespace Sightline.Web.Tests;

public sealed class ErrorHandlingTests(SightlineWebFactory web) : IClassFixture<SightlineWebFactory>
{
    [Theory]
    [InlineData("/bodies/la-doesnotexist")]
    [InlineData("/no/such/page")]
    public async Task Unknown_pages_are_404_pages_not_exceptions(string path)
    {
        using HttpClient client = web.CreateClient();
        HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_api_parameter_is_a_400_problem()
    {
        using HttpClient client = web.CreateClient();
        HttpResponseMessage response = await client.GetAsync("/api/bodies?sector=skool&limit=100000", TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sector", body, StringComparison.Ordinal);
        Assert.Contains("limit", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy()
    {
        using HttpClient client = web.CreateClient();
        HttpResponseMessage response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
