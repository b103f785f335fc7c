using System.Net;

namespace Sightline.Web.Tests;

/// <summary>The app with a limit of 3 public requests a minute and an empty registry.</summary>
public sealed class RateLimitedWebFactory : SightlineWebFactory
{
    protected override bool Seed => false;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Sightline:RateLimit:PerMinute"] = "3" };
}

public sealed class RateLimitTests(RateLimitedWebFactory web) : IClassFixture<RateLimitedWebFactory>
{
    [Fact]
    public async Task Public_search_and_api_answer_429_with_a_problem_once_the_limit_is_reached_while_other_pages_stay_up()
    {
        using HttpClient client = web.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/bodies?q=x", TestContext.Current.CancellationToken)).StatusCode);
        }

        HttpResponseMessage limited = await client.GetAsync("/bodies?q=x", TestContext.Current.CancellationToken);
        HttpResponseMessage home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
