using System.Text.Json;
using Microsoft.Playwright;
using MiniExcelLibs;
using Sightline.Testing;

namespace Sightline.Web.Tests;

/// <summary>Real Chromium against the app with accounts, a published campaign and a review queue.</summary>
public sealed class WorkspaceBrowserTests(WorkspaceWebFactory web) : IClassFixture<WorkspaceWebFactory>
{
    private static readonly string Shots = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            if (Environment.GetEnvironmentVariable("SIGHTLINE_TEST_REQUIRE_TOOLS") is "1")
            {
                throw new InvalidOperationException("Chromium is required (apt-get install chromium; ./test.sh installs it).");
            }

            Assert.Skip("Chromium is not installed (./test.sh installs it).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    /// <summary>A page that records CSP violations and dialogs, so tests can assert there were none.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(IBrowser browser, int width = 1280, int height = 900)
    {
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        IPage page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            problems.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, problems);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(WorkspaceWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Workspace");
    }

    [Fact]
    public async Task A_researcher_previews_a_letter_creates_a_campaign_and_the_progress_panel_refreshes_itself()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);
        await SignInAsync(page, WorkspaceWebFactory.Researcher);
        var forces = web.Police.Skip(20).Take(2).ToList();

        await page.Locator("a.tile[href=\"/workspace/campaigns\"]").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New campaign" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("browser-campaign");
        await page.GetByLabel("Reference prefix").FillAsync("BROWSER");
        await page.GetByLabel("Sender, e.g.").FillAsync("Jo Researcher <jo@example.test>");
        await page.GetByLabel("Reply domain").FillAsync("replies.example.test");
        await page.GetByLabel("Body ids or identifiers").FillAsync(string.Join("\n", forces.Select(f => f.Id.Value)));
        await page.GetByLabel("FOI addresses").FillAsync(string.Join("\n", forces.Select((f, i) => $"{f.Id.Value}, foi@browser{i + 1}.example.test")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview targets and letter" }).ClickAsync();
        await Assertions.Expect(page.Locator("#letter")).ToContainTextAsync($"Dear {forces[0].Name},");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Letter to {forces[1].Name}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#letter")).ToContainTextAsync($"Dear {forces[1].Name},");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "workspace-new-campaign.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create campaign" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("browser-campaign");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created campaign 'browser-campaign': 2 requests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("#dry-run")).ToContainTextAsync("Dry run: 2 requests would be queued");
        // The progress panel asks for itself again every five seconds (htmx, under the strict CSP).
        var refreshed = page.WaitForResponseAsync(r => r.Url.Contains("handler=Progress", StringComparison.Ordinal) && r.Status == 200, new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Queue the wave" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Queued 2 requests");
        await refreshed;
        await Assertions.Expect(page.Locator("#progress")).ToContainTextAsync("waiting to send");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "workspace-campaign.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        // On a phone the page does not scroll sideways: wide tables scroll inside their own region.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "workspace-campaign-phone.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_visitor_types_a_name_follows_the_live_result_and_reads_the_evidence()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);

        await page.GotoAsync("/bodies");
        await Assertions.Expect(page.Locator("#results")).Not.ToContainTextAsync("North Wales Police");
        await page.GetByLabel("Name or identifier").PressSequentiallyAsync("north wales", new() { Delay = 30 });
        // No Enter: htmx fetches the results as the visitor types, and the address follows.
        await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("North Wales Police");
        await page.WaitForURLAsync("**/bodies?q=north*");
        await Assertions.Expect(page.GetByLabel("Name or identifier")).ToBeFocusedAsync();
        await page.GetByLabel("Name or identifier").FillAsync("avon and somerset");
        await Assertions.Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Avon and Somerset Constabulary" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Avon and Somerset Constabulary");
        ILocator evidence = page.Locator("blockquote.quote");
        await Assertions.Expect(evidence.First).ToHaveTextAsync("The force operates 40 cameras made by Hikvision across its estate.");
        await Assertions.Expect(evidence.Nth(1)).ToContainTextAsync("[phone removed]");
        await Assertions.Expect(evidence.Nth(1)).Not.ToContainTextAsync("Joe Bloggs");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_reviewer_signs_in_sees_the_highlighted_evidence_and_accepts_the_code()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);

        await SignInAsync(page, WorkspaceWebFactory.Reviewer);
        await page.GotoAsync($"/workspace/review/{web.ForBrowserReview.Value}");
        await Assertions.Expect(page.Locator("#reply-text mark")).ToHaveTextAsync("cameras made by Hikvision");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "review-item-desktop.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as proposed" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("accepted");
        await page.GotoAsync($"/workspace/review/{web.ForBrowserReview.Value}");
        await Assertions.Expect(page.Locator(".state")).ToHaveTextAsync("accepted");
        await Assertions.Expect(page.Locator("table.data").Last).ToContainTextAsync(WorkspaceWebFactory.Reviewer);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_reply_with_script_and_html_payloads_stays_inert_and_is_shown_as_text()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);

        await SignInAsync(page, WorkspaceWebFactory.Admin);
        await page.GotoAsync($"/workspace/review/{web.Hostile.Value}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        string text = await page.Locator("#reply-text").InnerTextAsync();
        Assert.Contains(WorkspaceWebFactory.Payload, text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#reply-text script, #reply-text img, #reply-text b").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Empty(problems);
        await page.GotoAsync("/workspace/review");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_downloads_of_a_campaign_open_as_csv_xlsx_and_json()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        var (page, _) = await OpenAsync(browser);
        await page.GotoAsync($"/campaigns/{WorkspaceWebFactory.Campaign}");
        ILocator row = page.Locator("table.downloads tr", new() { HasText = "records" });

        IDownload csv = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        IDownload xlsx = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "XLSX" }).ClickAsync());
        string csvText = await File.ReadAllTextAsync(await csv.PathAsync(), TestContext.Current.CancellationToken);
        using var xlsxStream = File.OpenRead(await xlsx.PathAsync());
        var sheet = xlsxStream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        await page.GotoAsync($"/campaigns/{WorkspaceWebFactory.Campaign}/data/records.json");
        using JsonDocument json = JsonDocument.Parse(await page.Locator("body").InnerTextAsync());

        Assert.Equal(web.Police.Count + 1, csvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(web.Police.Count, sheet.Count);
        Assert.Contains(sheet, r => (string)r["body_name"] == "Avon and Somerset Constabulary");
        Assert.Equal(web.Police.Count, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Screenshots_of_the_main_pages_at_phone_and_desktop_widths()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        Directory.CreateDirectory(Shots);
        foreach (var (name, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            var (page, problems) = await OpenAsync(browser, width, height);
            foreach (var (file, path) in new[]
            {
                ("home", "/"), ("search", "/bodies?q=police"), ("body", $"/bodies/{web.Avon.Id.Value}"), ("campaign", $"/campaigns/{WorkspaceWebFactory.Campaign}"),
                ("methodology", "/methodology"), ("sign-in", "/account/sign-in"), ("not-found", "/bodies/no-such-body"),
            })
            {
                await page.GotoAsync(path);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{file}-{name}.png"), FullPage = true });
                float scroll = await page.EvaluateAsync<float>("document.documentElement.scrollWidth");
                Assert.True(scroll <= width, $"{path} scrolls sideways at {width}px ({scroll}px).");
            }

            await SignInAsync(page, WorkspaceWebFactory.Admin);
            await page.GotoAsync("/workspace/review");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"review-queue-{name}.png"), FullPage = true });
            Assert.Empty(problems);
        }
    }
}
