using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;

namespace Sightline.Web.Tests;

public sealed class CampaignPagesTests(SightlineWebFactory web) : IClassFixture<SightlineWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PublishAsync()
    {
        string name = "Campaign " + Guid.NewGuid().ToString("N")[..6];
        static CodedResult R(string key, Sector sector, Region? region, ResultOutcome outcome, Finding hik) =>
            new(key, key, sector, Nation.England, region, outcome, hik, Finding.No, Finding.Unknown, new HashSet<Capability>(), new HashSet<Capability>(), [], null, null, null);
        await using AsyncServiceScope scope = web.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IResultStore>().ReplaceAsync(name, "test",
        [
            R("<b>bold</b> council", Sector.Council, Region.London, ResultOutcome.Answered, Finding.Yes),
            R("b", Sector.Council, Region.London, ResultOutcome.Refused, Finding.Unknown),
            R("c", Sector.School, Region.NorthEast, ResultOutcome.Answered, Finding.No),
        ], Ct);
        return name;
    }

    private async Task<(HttpStatusCode Status, string Body, string? Type)> GetAsync(string path)
    {
        using HttpClient client = web.CreateClient();
        HttpResponseMessage response = await client.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_published_campaign_has_a_page_with_denominators_intervals_and_a_map()
    {
        string name = await PublishAsync();

        (HttpStatusCode listStatus, string list, _) = await GetAsync("/campaigns");
        (HttpStatusCode status, string page, _) = await GetAsync("/campaigns/" + Uri.EscapeDataString(name));
        (_, string overResponses, _) = await GetAsync("/campaigns/" + Uri.EscapeDataString(name) + "?denominator=responses");

        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("answered bodies (responses less refusals", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">50.0</td>", page, StringComparison.Ordinal); // 1 of 2 answered bodies
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("London: 100.0%", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">33.3</td>", overResponses, StringComparison.Ordinal); // 1 of 3 responses
    }

    [Fact]
    public async Task The_table_downloads_as_csv_and_bad_input_is_answered_clearly()
    {
        string name = await PublishAsync();

        (HttpStatusCode status, string csv, string? type) = await GetAsync("/campaigns/" + Uri.EscapeDataString(name) + "/by-sector.csv");
        (HttpStatusCode missing, _, _) = await GetAsync("/campaigns/no-such-campaign");
        (HttpStatusCode bad, _, _) = await GetAsync("/campaigns/" + Uri.EscapeDataString(name) + "?denominator=everyone");
        (HttpStatusCode badCsv, _, string? problemType) = await GetAsync("/campaigns/" + Uri.EscapeDataString(name) + "/by-sector.csv?denominator=everyone");

        Assert.Equal((HttpStatusCode.OK, "text/csv"), (status, type));
        Assert.StartsWith("sector,requests,responses,refused,answered", csv, StringComparison.Ordinal);
        Assert.Contains("council,2,2,1,1,1,0,1,100.0", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (badCsv, problemType));
    }
}
