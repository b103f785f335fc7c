using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;

namespace Sightline.Web.Tests;

/// <summary>Campaign pages of the workspace over HTTP, without mail servers: create from the registry with previews, waves with a dry
/// run, stop and resume, and the bad input each form must refuse without writing anything.</summary>
public sealed class WorkspaceCampaignTests(WorkspaceWebFactory web) : IClassFixture<WorkspaceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        string token = await WorkspaceWebFactory.TokenAsync(client, page);
        string separator = page.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return await client.PostAsync($"{page}{separator}handler={handler}", new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]), Ct);
    }

    private List<KeyValuePair<string, string>> Form(string name, string prefix, int bodies, string? template = null, params (string Key, string Value)[] extra)
    {
        var chosen = web.Police.Take(bodies).ToList();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Name", name), new("Form.Prefix", prefix), new("Form.From", "Jo Researcher <jo@example.test>"), new("Form.ReplyDomain", "replies.example.test"),
            new("Form.Template", template ?? Pages.Workspace.Campaigns.NewModel.SampleTemplate),
            new("Form.Bodies", string.Join("\n", chosen.Select(b => b.Id.Value).Append("no-such-body"))),
            new("Form.Contacts", "body,email\n" + string.Join("\n", chosen.Select((b, i) => $"{b.Id.Value}, foi@force{i + 1}.example.test"))),
        };
        foreach (var (key, value) in extra)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return fields;
    }

    [Fact]
    public async Task A_researcher_previews_the_targets_and_each_bodys_letter_before_anything_is_written()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        var second = web.Police[1];

        using var response = await PostAsync(client, "/workspace/campaigns/new", "Preview", Form("preview-only", "PREV", 3, null, ("PreviewBody", second.Id.Value)));
        string html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>3 bodies</strong> would be asked; 1 chosen bodies would be left out", html, StringComparison.Ordinal);
        Assert.Contains("not found", html, StringComparison.Ordinal);
        Assert.Contains($"The letter to {WebUtility.HtmlEncode(second.Name)}", html, StringComparison.Ordinal);
        Assert.Contains($"Dear {WebUtility.HtmlEncode(second.Name)},", html, StringComparison.Ordinal);
        Assert.Contains("PREV-0002", html, StringComparison.Ordinal); // the second body gets the second reference
        Assert.Contains("foi@force2.example.test", html, StringComparison.Ordinal);
        string letter = html[html.IndexOf("id=\"letter\">", StringComparison.Ordinal)..];
        Assert.DoesNotContain("{", letter[..letter.IndexOf("</pre>", StringComparison.Ordinal)], StringComparison.Ordinal); // every merge field filled
        await using var scope = web.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ICampaignStore>().FindAsync("preview-only", Ct));
    }

    [Fact]
    public async Task A_campaign_created_in_the_workspace_queues_a_pilot_wave_after_a_dry_run_and_can_be_stopped_and_resumed()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        using var created = await PostAsync(client, "/workspace/campaigns/new", "Create", Form("web-pilot", "WEBP", 4));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/workspace/campaigns/web-pilot", created.Headers.Location!.OriginalString);
        string page = await client.GetStringAsync("/workspace/campaigns/web-pilot", Ct);
        Assert.Contains("Created campaign", page, StringComparison.Ordinal);

        using var dry = await PostAsync(client, "/workspace/campaigns/web-pilot", "Wave", [new("Wave", "pilot"), new("PilotSize", "2"), new("dryRun", "true")]);
        string dryHtml = await dry.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Contains("Dry run: 2 requests would be queued", dryHtml, StringComparison.Ordinal);
        Assert.Equal(0, await OutboxAsync("web-pilot"));

        using var pilot = await PostAsync(client, "/workspace/campaigns/web-pilot", "Wave", [new("Wave", "pilot"), new("PilotSize", "2"), new("dryRun", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, pilot.StatusCode);
        Assert.Equal(2, await OutboxAsync("web-pilot", OutboxState.Queued));
        using var again = await PostAsync(client, "/workspace/campaigns/web-pilot", "Wave", [new("Wave", "pilot"), new("PilotSize", "2"), new("dryRun", "false")]);
        Assert.Equal(2, await OutboxAsync("web-pilot")); // a pilot is queued once

        using var stop = await PostAsync(client, "/workspace/campaigns/web-pilot", "Stop", []);
        Assert.Equal(2, await OutboxAsync("web-pilot", OutboxState.Held));
        using var rest = await PostAsync(client, "/workspace/campaigns/web-pilot", "Wave", [new("Wave", "all"), new("dryRun", "false")]);
        Assert.Equal(4, await OutboxAsync("web-pilot", OutboxState.Held)); // a stopped campaign's wave is written held
        using var resume = await PostAsync(client, "/workspace/campaigns/web-pilot", "Resume", []);
        Assert.Equal(4, await OutboxAsync("web-pilot", OutboxState.Queued));

        string progress = await client.GetStringAsync("/workspace/campaigns/web-pilot?handler=Progress", Ct);
        Assert.Contains("hx-trigger=\"every 5s\"", progress, StringComparison.Ordinal);
        Assert.Contains("no mail servers configured", progress, StringComparison.Ordinal);
        string list = await client.GetStringAsync("/workspace/campaigns", Ct);
        Assert.Contains("href=\"/workspace/campaigns/web-pilot\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_campaigns_requests_are_paged_and_found_by_reference_body_or_outbox_state()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        IReadOnlyList<Core.Bodies.Body> councils;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            councils = (await scope.ServiceProvider.GetRequiredService<Core.Bodies.IBodyStore>()
                .SearchAsync(new Core.Bodies.BodyQuery { Sector = Core.Bodies.Sector.Council, Limit = 120 }, Ct)).Bodies;
        }

        Assert.Equal(120, councils.Count);
        var fields = Form("paged", "PAGED", 1, null,
            ("Form.Bodies", string.Join("\n", councils.Select(b => b.Id.Value))),
            ("Form.Contacts", "body,email\n" + string.Join("\n", councils.Select((b, n) => $"{b.Id.Value}, foi@council{n}.example.test"))));
        using var created = await PostAsync(client, "/workspace/campaigns/new", "Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var pilot = await PostAsync(client, "/workspace/campaigns/paged", "Wave", [new("Wave", "pilot"), new("PilotSize", "5"), new("dryRun", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, pilot.StatusCode);

        async Task<(HttpStatusCode Status, string Html)> Get(string query)
        {
            using var response = await client.GetAsync("/workspace/campaigns/paged" + query, Ct);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
        }

        var (_, first) = await Get("");
        var (_, second) = await Get("?p=2");
        var (_, beyond) = await Get("?p=9");
        string name = councils[57].Name;
        var (_, byName) = await Get("?q=" + Uri.EscapeDataString(name.ToUpperInvariant()));
        var (_, byReference) = await Get("?q=paged-0120");
        var (_, notQueued) = await Get("?outbox=not_queued");
        var (_, queued) = await Get("?outbox=queued&q=council");
        var (badState, badStateHtml) = await Get("?outbox=lost");
        var (badPage, _) = await Get("?p=0");
        var (_, hostile) = await Get("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Contains("Requests 1–100 of 120", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("PAGED-0100", first, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGED-0101", first, StringComparison.Ordinal);
        Assert.Contains("Requests 101–120 of 120", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains("Requests 101–120 of 120", beyond, StringComparison.Ordinal); // past the end: the last page
        Assert.Contains("matching (of 120)", byName, StringComparison.Ordinal);
        Assert.Contains(name, byName, StringComparison.Ordinal);
        Assert.Contains("Requests 1–1 of 1 matching", byReference, StringComparison.Ordinal);
        Assert.Contains("PAGED-0120", byReference, StringComparison.Ordinal);
        Assert.Contains("Requests 1–100 of 115 matching", notQueued, StringComparison.Ordinal);
        Assert.Contains("Requests 1–5 of 5 matching", queued, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badState);
        Assert.Contains("'lost' is not an outbox state (accepted: not_queued, held, queued", badStateHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPage);
        Assert.Contains("No request matches.", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_search_is_shown_escaped()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        using var created = await PostAsync(client, "/workspace/campaigns/new", "Create", Form("escaped", "ESC", 1));
        string raw = await client.GetStringAsync("/workspace/campaigns/escaped?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", Ct);

        Assert.DoesNotContain("<script>alert(1)", raw, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_campaign_form_names_each_problem_and_creates_nothing()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        const string template = "Subject: FOI [{reference}]\n\nDear {body_name},\nplease reply by {deu_date}.\n";
        var fields = Form("bad-one", "lower case", 2, template, ("Form.From", "not an address"));
        fields.RemoveAll(f => f.Key == "Form.Contacts");
        fields.Add(new("Form.Contacts", "body,email\npol-x, foi at police"));
        fields.Add(new("Form.Sectors", "skool"));

        using var response = await PostAsync(client, "/workspace/campaigns/new", "Create", fields);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'LOWER CASE' must be 1 to 20 upper-case letters and digits", html, StringComparison.Ordinal);
        Assert.Contains("'not an address' is not an e-mail address", html, StringComparison.Ordinal);
        Assert.Contains("template:4: unknown merge field {deu_date}", html, StringComparison.Ordinal);
        Assert.Contains("FOI addresses:2: field 'email': 'foi at police' is not an e-mail address", html, StringComparison.Ordinal);
        Assert.Contains("unknown sector 'skool' (accepted: school,", html, StringComparison.Ordinal);
        await using var scope = web.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ICampaignStore>().FindAsync("bad-one", Ct));
    }

    [Fact]
    public async Task A_campaign_name_that_is_taken_is_refused_and_a_choice_with_no_usable_address_creates_nothing()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Admin);
        using var first = await PostAsync(client, "/workspace/campaigns/new", "Create", Form("taken", "TAKEN", 1));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await PostAsync(client, "/workspace/campaigns/new", "Create", Form("taken", "TAKEN2", 1));
        var noAddresses = Form("no-addresses", "NOADDR", 0);
        noAddresses.RemoveAll(f => f.Key == "Form.Bodies");
        noAddresses.Add(new("Form.Bodies", "no-such-body\nnor-this-one"));
        using var third = await PostAsync(client, "/workspace/campaigns/new", "Create", noAddresses);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already exists", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("has a usable FOI address; nothing was created", await third.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var scope = web.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ICampaignStore>();
        Assert.Single(await store.LoadRequestsAsync("taken", Ct));
        Assert.Null(await store.FindAsync("no-addresses", Ct));
    }

    [Fact]
    public async Task A_reviewer_cannot_create_or_send_a_campaign_even_with_a_valid_form_token()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);
        string token = await WorkspaceWebFactory.TokenAsync(client, $"/workspace/review/{web.ForRejection.Value}");
        var fields = Form("reviewer-made", "REVM", 1);
        fields.Add(new("__RequestVerificationToken", token));

        using var create = await client.PostAsync("/workspace/campaigns/new?handler=Create", new FormUrlEncodedContent(fields), Ct);
        using var approve = await client.PostAsync("/workspace/requests?handler=Approve", new FormUrlEncodedContent([new("Selected", "CCTV-2026-0001"), new("__RequestVerificationToken", token)]), Ct);

        Assert.All([create, approve], r => Assert.StartsWith("/account/denied", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal));
        await using var scope = web.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ICampaignStore>().FindAsync("reviewer-made", Ct));
    }

    [Theory]
    [InlineData("/workspace/campaigns/no-such-campaign", 404)]
    [InlineData("/workspace/campaigns/no-such-campaign?handler=Progress", 404)]
    [InlineData("/workspace/inbox/987654", 404)]
    [InlineData("/workspace/inbox/987654?handler=Raw", 404)]
    [InlineData("/workspace/inbox/987654?handler=Attachment&index=0", 404)]
    [InlineData("/workspace/inbox?show=everything", 400)]
    public async Task Unknown_campaigns_and_messages_are_clear_answers(string path, int status)
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
    }

    [Fact]
    public async Task A_wave_with_a_bad_size_or_time_is_refused_and_queues_nothing()
    {
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Researcher);
        using var created = await PostAsync(client, "/workspace/campaigns/new", "Create", Form("bad-waves", "BADW", 2));

        using var size = await PostAsync(client, "/workspace/campaigns/bad-waves", "Wave", [new("Wave", "pilot"), new("PilotSize", "0"), new("dryRun", "false")]);
        using var time = await PostAsync(client, "/workspace/campaigns/bad-waves", "Wave", [new("Wave", "all"), new("At", "next tuesday"), new("dryRun", "false")]);

        Assert.Equal(HttpStatusCode.BadRequest, size.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, time.StatusCode);
        Assert.Contains("is not a date and time like 2026-12-01T09:00", WebUtility.HtmlDecode(await time.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(0, await OutboxAsync("bad-waves"));
    }

    private async Task<int> OutboxAsync(string campaign, OutboxState? state = null)
    {
        await using var scope = web.Services.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().CountAsync(campaign, Ct);
        return state is { } s ? counts.GetValueOrDefault(s) : counts.Values.Sum();
    }
}
