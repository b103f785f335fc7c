using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Sightline.Core.Review;
using Sightline.Core.Statistics;

namespace Sightline.Web.Tests;

/// <summary>Accounts, roles, the review workflow, the public data built on it, and bad input — over HTTP against the real app.</summary>
public sealed class WorkspaceEndpointTests(WorkspaceWebFactory web) : IClassFixture<WorkspaceWebFactory>
{
    private const string Anonymous = "anonymous";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Matrix { get; } = new()
    {
        // role, path, expected: ok | sign-in | denied | 401
        { Anonymous, "/workspace", "sign-in" },
        { Anonymous, "/workspace/review", "sign-in" },
        { Anonymous, "/workspace/review/1", "sign-in" },
        { Anonymous, "/workspace/publish", "sign-in" },
        { Anonymous, "/workspace/users", "sign-in" },
        { Anonymous, "/api/review", "401" },
        { Anonymous, "/workspace/requests", "sign-in" },
        { WorkspaceWebFactory.Reviewer, "/workspace/requests", "denied" },
        { WorkspaceWebFactory.Researcher, "/workspace/requests", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/requests", "ok" },
        { WorkspaceWebFactory.Reviewer, "/workspace", "ok" },
        { WorkspaceWebFactory.Reviewer, "/workspace/review", "ok" },
        { WorkspaceWebFactory.Reviewer, "/workspace/review/1", "ok" },
        { WorkspaceWebFactory.Reviewer, "/workspace/publish", "denied" },
        { WorkspaceWebFactory.Reviewer, "/workspace/users", "denied" },
        { WorkspaceWebFactory.Reviewer, "/api/review", "ok" },
        { WorkspaceWebFactory.Researcher, "/workspace", "ok" },
        { WorkspaceWebFactory.Researcher, "/workspace/review", "ok" },
        { WorkspaceWebFactory.Researcher, "/workspace/review/1", "ok" },
        { WorkspaceWebFactory.Researcher, "/workspace/publish", "ok" },
        { WorkspaceWebFactory.Researcher, "/workspace/users", "denied" },
        { WorkspaceWebFactory.Researcher, "/api/review", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/review", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/review/1", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/publish", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/users", "ok" },
        { WorkspaceWebFactory.Admin, "/api/review", "ok" },
        { Anonymous, "/workspace/campaigns", "sign-in" },
        { WorkspaceWebFactory.Reviewer, "/workspace/campaigns", "denied" },
        { WorkspaceWebFactory.Researcher, "/workspace/campaigns", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/campaigns", "ok" },
        { Anonymous, "/workspace/campaigns/new", "sign-in" },
        { WorkspaceWebFactory.Reviewer, "/workspace/campaigns/new", "denied" },
        { WorkspaceWebFactory.Researcher, "/workspace/campaigns/new", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/campaigns/new", "ok" },
        { Anonymous, "/workspace/inbox", "sign-in" },
        { WorkspaceWebFactory.Reviewer, "/workspace/inbox", "denied" },
        { WorkspaceWebFactory.Researcher, "/workspace/inbox", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/inbox", "ok" },
        { Anonymous, "/workspace/inbox?show=all", "sign-in" },
        { WorkspaceWebFactory.Reviewer, "/workspace/inbox?show=all", "denied" },
        { WorkspaceWebFactory.Researcher, "/workspace/inbox?show=all", "ok" },
        { WorkspaceWebFactory.Admin, "/workspace/inbox?show=all", "ok" },
    };

    public static TheoryData<string> PublicPaths { get; } = ["/", "/bodies?q=police", "/campaigns", "/campaigns/cctv-2026", "/methodology", "/about", "/exposure", "/api/bodies?q=avon", "/api/campaigns", "/openapi/v1.json", "/studies", "/studies/2022", "/api/studies", "/api/studies/2022"];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_only_its_own_workspace_endpoints(string role, string path, string expected)
    {
        using HttpClient client = await web.ClientAsync(role == Anonymous ? null : role);
        using HttpResponseMessage response = await client.GetAsync(path, Ct);
        switch (expected)
        {
            case "ok":
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
                break;
            case "401":
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith(expected == "sign-in" ? "/account/sign-in" : "/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Public_pages_and_the_api_need_no_account_and_carry_the_security_headers(string path)
    {
        using HttpClient client = await web.ClientAsync(null);
        using HttpResponseMessage response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_public_endpoint()
    {
        using HttpClient client = await web.ClientAsync(null);
        using JsonDocument doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "/api/bodies", "/api/bodies/{id}", "/api/bodies/{id}/findings", "/api/campaigns", "/api/campaigns/{name}",
            "/api/campaigns/{name}/tables/{table}", "/campaigns/{name}/data/{table}.{format}", "/api/exposure", "/api/exposure/{name}", "/api/review", "/api/studies", "/api/studies/{name}",
        }, paths);
    }

    [Fact]
    public async Task Pages_contain_no_inline_script_and_a_hostile_reply_is_written_as_text()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Admin);
        foreach (string path in new[] { "/", "/bodies", $"/bodies/{web.Avon.Id.Value}", "/campaigns/cctv-2026", "/workspace/review", $"/workspace/review/{web.Hostile.Value}" })
        {
            string html = await client.GetStringAsync(path, Ct);
            var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            Assert.All(scripts, s => Assert.Contains("src=\"/lib/htmx/htmx.min.js\"", s.Value, StringComparison.Ordinal));
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>window", html, StringComparison.OrdinalIgnoreCase);
        }

        string review = await client.GetStringAsync($"/workspace/review/{web.Hostile.Value}", Ct);
        Assert.Contains("&lt;script&gt;window.__pwned=1;", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_accepts_a_proposed_code_and_the_change_is_recorded_with_who()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        string path = $"/workspace/review/{web.ForHttpReview.Value}";
        string token = await WorkspaceWebFactory.TokenAsync(client, path);

        using var response = await client.PostAsync($"{path}?handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = web.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IReviewStore>();
        ProposedCoding coding = (await store.FindAsync(web.ForHttpReview, Ct))!;
        Assert.Equal((ReviewState.Accepted, WorkspaceWebFactory.Reviewer), (coding.State, coding.ReviewedBy));
        ReviewEvent recorded = Assert.Single(await store.HistoryAsync(web.ForHttpReview, Ct));
        Assert.Equal((ReviewAction.Accept, WorkspaceWebFactory.Reviewer, ReviewState.Proposed), (recorded.Action, recorded.Reviewer, recorded.Before));
        Assert.Contains(WorkspaceWebFactory.Reviewer, await client.GetStringAsync(path, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_without_its_antiforgery_token_or_without_signing_in_changes_nothing()
    {
        using HttpClient reviewer = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        using HttpClient anonymous = await web.ClientAsync(null);
        string path = $"/workspace/review/{web.ForRejection.Value}?handler=Reject";

        using var noToken = await reviewer.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>()), Ct);
        using var signedOut = await anonymous.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>()), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("Nothing was changed", await noToken.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await using var scope = web.Services.CreateAsyncScope();
        var coding = await scope.ServiceProvider.GetRequiredService<IReviewStore>().FindAsync(web.ForRejection, Ct);
        Assert.Equal(ReviewState.Proposed, coding!.State);
    }

    [Fact]
    public async Task A_cluster_of_identical_replies_is_accepted_in_one_step()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        string html = await client.GetStringAsync("/workspace/review?campaign=template-campaign", Ct);
        Assert.Contains("3 identical replies", html, StringComparison.Ordinal);
        string token = await WorkspaceWebFactory.TokenAsync(client, "/workspace/review?campaign=template-campaign");
        var form = web.Cluster.Select(id => new KeyValuePair<string, string>("ids", id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", token));

        using var response = await client.PostAsync("/workspace/review?handler=AcceptCluster&campaign=template-campaign", new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = web.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IReviewStore>();
        var states = await store.ListAsync("template-campaign", null, 10, Ct);
        Assert.All(states, c => Assert.Equal((ReviewState.Accepted, WorkspaceWebFactory.Researcher), (c.State, c.ReviewedBy)));
    }

    [Fact]
    public async Task A_correction_with_an_invalid_value_is_refused_and_nothing_changes()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Admin);
        string path = $"/workspace/review/{web.Hostile.Value}";
        string token = await WorkspaceWebFactory.TokenAsync(client, path);
        using var response = await client.PostAsync($"{path}?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Outcome"] = "answered", ["Hikvision"] = "perhaps", ["Dahua"] = "no", ["OtherChinese"] = "no", ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = web.Services.CreateAsyncScope();
        Assert.Equal(ReviewState.Proposed, (await scope.ServiceProvider.GetRequiredService<IReviewStore>().FindAsync(web.Hostile, Ct))!.State);
    }

    [Fact]
    public async Task The_body_page_and_api_publish_only_reviewed_evidence_with_personal_data_removed()
    {
        using HttpClient client = await web.ClientAsync(null);
        string html = await client.GetStringAsync($"/bodies/{web.Avon.Id.Value}", Ct);
        JsonElement findings = JsonDocument.Parse(await client.GetStringAsync($"/api/bodies/{web.Avon.Id.Value}/findings", Ct)).RootElement;
        JsonElement other = JsonDocument.Parse(await client.GetStringAsync($"/api/bodies/{web.Police[1].Id.Value}/findings", Ct)).RootElement;

        Assert.Contains("The force operates 40 cameras made by Hikvision across its estate.", html, StringComparison.Ordinal);
        foreach (string secret in new[] { "496 0000", "j.bloggs@", "Joe Bloggs" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, findings.GetRawText(), StringComparison.Ordinal);
        }

        Assert.Contains("[phone removed]", html, StringComparison.Ordinal);
        Assert.Equal("cctv-2026", findings.GetProperty("campaigns")[0].GetProperty("campaign").GetString());
        Assert.Equal(2, findings.GetProperty("evidence").GetArrayLength());
        Assert.Equal(0, other.GetProperty("evidence").GetArrayLength()); // its reply is still waiting for review
    }

    [Fact]
    public async Task A_reviewed_reply_is_published_whole_with_personal_data_removed_and_others_are_not_published()
    {
        using HttpClient client = await web.ClientAsync(null);
        string avon = web.Avon.Id.Value;
        string body = await client.GetStringAsync($"/bodies/{avon}", Ct);
        string link = $"/bodies/{avon}/replies/{web.Accepted.Value}";
        string reply = await client.GetStringAsync(link, Ct);
        ProposedCodingId waiting;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            const string text = "We hold 3 Dahua recorders. Contact Jane Doe on 0117 496 0999.";
            waiting = await scope.ServiceProvider.GetRequiredService<IReviewStore>().AddAsync(new NewProposedCoding("cctv-2026", avon, web.Avon.Name, "reply.txt", text,
                WorkspaceWebFactory.Coding(text, "yes", "We hold 3 Dahua recorders.")), Ct);
        }

        using var unreviewed = await client.GetAsync($"/bodies/{avon}/replies/{waiting.Value}", Ct);
        using var otherBody = await client.GetAsync($"/bodies/{avon}/replies/{web.Hostile.Value}", Ct);
        using var missing = await client.GetAsync($"/bodies/{avon}/replies/99999999", Ct);

        Assert.Contains($"href=\"{link}\"", body, StringComparison.Ordinal);
        Assert.Contains("<mark title=\"Hikvision: Yes\">The force operates 40 cameras made by Hikvision across its estate.</mark>", reply, StringComparison.Ordinal);
        Assert.Contains("Thank you for your request.", reply, StringComparison.Ordinal); // the whole reply, not only the quotes
        foreach (string secret in new[] { "496 0000", "j.bloggs@", "Joe Bloggs" })
        {
            Assert.DoesNotContain(secret, reply, StringComparison.Ordinal);
        }

        Assert.Contains("[name removed]", reply, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unreviewed.StatusCode, otherBody.StatusCode, missing.StatusCode));
    }

    [Fact]
    public async Task The_2022_study_is_published_with_the_figures_the_audit_finds_impossible_flagged()
    {
        using HttpClient client = await web.ClientAsync(null);
        string html = await client.GetStringAsync("/studies/2022", Ct);
        using JsonDocument json = JsonDocument.Parse(await client.GetStringAsync("/api/studies/2022", Ct));
        using var missing = await client.GetAsync("/studies/1999", Ct);
        using var missingApi = await client.GetAsync("/api/studies/1999", Ct);

        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        // The councils' Dahua share (36%) cannot come from 35 of 343 under any denominator.
        Assert.Contains(findings, f => f.GetProperty("group").GetString() == "council" && f.GetProperty("metric").GetString() == "dahua_pct" && f.GetProperty("severity").GetString() == "error");
        Assert.Equal("answered", json.RootElement.GetProperty("stated_denominator").GetString());
        Assert.Matches(@"Cannot be right:</strong> Council, dahua pct =\s+36 \(computed", html);
        Assert.Contains("class=\"num flagged\">36%", html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (missing.StatusCode, missingApi.StatusCode));
        Assert.Equal("application/problem+json", missingApi.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_late_request_shows_its_deadline_trail_on_the_body_page_and_in_the_late_list()
    {
        using HttpClient researcher = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        string body = await researcher.GetStringAsync($"/bodies/{web.Avon.Id.Value}", Ct);
        string late = await researcher.GetStringAsync("/workspace/requests", Ct);

        Assert.Contains("CCTV-2026-0001", body, StringComparison.Ordinal);
        Assert.Contains("How the deadline of CCTV-2026-0001 was counted", body, StringComparison.Ordinal);
        Assert.Contains("2026-09-01", body, StringComparison.Ordinal);
        Assert.Contains("CCTV-2026-0001", late, StringComparison.Ordinal);
        Assert.Contains("Avon and Somerset Constabulary", late, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_downloads_as_csv_xlsx_and_json_that_parse()
    {
        using HttpClient client = await web.ClientAsync(null);
        string csv = await client.GetStringAsync("/campaigns/cctv-2026/data/by-sector.csv", Ct);
        byte[] xlsx = await client.GetByteArrayAsync("/campaigns/cctv-2026/data/all.xlsx?denominator=responses", Ct);
        JsonElement json = JsonDocument.Parse(await client.GetStringAsync("/campaigns/cctv-2026/data/records.json", Ct)).RootElement;
        string records = await client.GetStringAsync("/campaigns/cctv-2026/data/records.csv", Ct);

        string[] lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("group,requests,responses,refused,answered,", lines[0], StringComparison.Ordinal);
        Assert.Equal($"All bodies,{web.Police.Count},", lines[1][..($"All bodies,{web.Police.Count},".Length)]);
        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["by-sector", "by-nation", "by-region", "by-sector-and-region", "capabilities", "records"], stream.GetSheetNames());
        var sheet = stream.Query(useHeaderRow: true, sheetName: "records").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(web.Police.Count, sheet.Count);
        Assert.Equal(web.Police.Count, json.GetProperty("rows").GetArrayLength());
        Assert.DoesNotContain("496 0000", records, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_the_campaign_with_its_denominator_and_interval()
    {
        using HttpClient client = await web.ClientAsync(null);
        JsonElement list = JsonDocument.Parse(await client.GetStringAsync("/api/campaigns", Ct)).RootElement;
        JsonElement campaign = JsonDocument.Parse(await client.GetStringAsync("/api/campaigns/cctv-2026?denominator=responses", Ct)).RootElement;

        JsonElement headline = list.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "cctv-2026");
        Assert.Equal("answered", headline.GetProperty("denominator").GetString());
        Assert.True(headline.GetProperty("either_ci95_low").GetDouble() < headline.GetProperty("either_pct").GetDouble());
        Assert.Equal("responses", campaign.GetProperty("denominator").GetString());
        Assert.Contains(campaign.GetProperty("tables").EnumerateArray(), t => t.GetProperty("id").GetString() == "by-region");
    }

    [Theory]
    [InlineData("/api/bodies?limit=abc", 400)]
    [InlineData("/api/bodies?limit=100000", 400)]
    [InlineData("/api/campaigns/cctv-2026?denominator=everyone", 400)]
    [InlineData("/api/campaigns/no-such-campaign", 404)]
    [InlineData("/api/campaigns/cctv-2026/tables/secrets", 404)]
    [InlineData("/api/exposure/none?by=colour", 400)]
    [InlineData("/api/review?state=maybe", 401)]
    [InlineData("/api/no-such-endpoint", 404)]
    [InlineData("/campaigns/cctv-2026/data/by-sector.exe", 404)]
    public async Task Malformed_api_requests_get_a_problem_json_answer(string path, int status)
    {
        using HttpClient client = await web.ClientAsync(null);
        using HttpResponseMessage response = await client.GetAsync(path, Ct);
        string body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bodies/no-such-body", 404)]
    [InlineData("/campaigns/no-such-campaign", 404)]
    [InlineData("/exposure/none", 404)]
    [InlineData("/workspace/review/999999", 404)]
    [InlineData("/campaigns/cctv-2026?denominator=everyone", 400)]
    public async Task Unknown_ids_and_bad_parameters_get_a_readable_page(string path, int status)
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        using HttpResponseMessage response = await client.GetAsync(path, Ct);
        string html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_search_is_refused_without_a_stack_trace()
    {
        using HttpClient client = await web.ClientAsync(null);
        string q = new('x', 5000);
        using HttpResponseMessage page = await client.GetAsync($"/bodies?q={q}", Ct);
        using HttpResponseMessage api = await client.GetAsync($"/api/bodies?q={q}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("At most 200 characters", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in_and_a_forged_session_cookie_is_ignored()
    {
        using HttpClient client = await web.ClientAsync(null);
        string token = await WorkspaceWebFactory.TokenAsync(client, "/account/sign-in");
        using var wrong = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = WorkspaceWebFactory.Admin, ["Password"] = "not the password at all", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/workspace");
        forged.Headers.Add("Cookie", "sightline.session=CfDJ8expired-or-forged-value");
        using var response = await client.SendAsync(forged, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keys_that_protect_session_cookies_are_kept_in_the_store_for_every_instance()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        await using var scope = web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Sightline.Storage.SightlineDbContext>();
        var keys = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys, Ct);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("<key ", k.Xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        string token = await WorkspaceWebFactory.TokenAsync(client, "/workspace");
        using var signOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        using var after = await client.GetAsync("/workspace", Ct);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Publishing_turns_only_reviewed_codes_into_results_unless_asked_otherwise()
    {
        using HttpClient researcher = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        using HttpClient reviewer = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        async Task<HttpResponseMessage> PublishAsync(HttpClient client, bool all)
        {
            var form = new Dictionary<string, string> { ["Campaign"] = "publish-campaign", ["__RequestVerificationToken"] = await WorkspaceWebFactory.TokenAsync(researcher, "/workspace/publish") };
            if (all)
            {
                form["IncludeUnreviewed"] = "true";
            }

            return await client.PostAsync("/workspace/publish", new FormUrlEncodedContent(form), Ct);
        }

        using var denied = await PublishAsync(reviewer, all: true);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var first = await PublishAsync(researcher, all: false);
        IReadOnlyList<CodedResult> reviewedOnly = await ResultsAsync();
        using var second = await PublishAsync(researcher, all: true);
        IReadOnlyList<CodedResult> everything = await ResultsAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        CodedResult only = Assert.Single(reviewedOnly);
        Assert.Equal((web.Police[8].Id.Value, Finding.No), (only.BodyKey, only.Hikvision)); // the corrected code, not the proposal
        Assert.Equal(2, everything.Count);
    }

    private async Task<IReadOnlyList<CodedResult>> ResultsAsync()
    {
        await using var scope = web.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IResultStore>().LoadAsync("publish-campaign", Ct) ?? [];
    }
}
