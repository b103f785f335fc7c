using Microsoft.Playwright;
using Sightline.Testing;

namespace Sightline.Web.Tests;

/// <summary>Real Chromium (Debian's, driven by Playwright) against the app on Kestrel.</summary>
public sealed class BrowserTests(SightlineWebFactory web) : IClassFixture<SightlineWebFactory>
{
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

    [Fact]
    public async Task A_visitor_searches_from_the_home_page_and_reaches_a_body_page()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = web.BaseAddress.ToString() });

        await page.GotoAsync("/");
        await page.GetByLabel("Find a school, council, hospital trust or police force").FillAsync("Avon and Somerset");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Avon and Somerset Constabulary" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Avon and Somerset Constabulary");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("South West");
        await Assertions.Expect(page.Locator("table.ids")).ToContainTextAsync("avon-and-somerset");

        string shots = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "body-page-desktop.png"), FullPage = true });
    }

    [Fact]
    public async Task The_search_page_works_on_a_phone_sized_screen_with_the_keyboard()
    {
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = web.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        await page.GotoAsync("/bodies");
        await page.Keyboard.PressAsync("Tab"); // the skip link comes first
        await Assertions.Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await page.GetByLabel("Sector").SelectOptionAsync("police");
        await page.GetByLabel("Name or identifier").FillAsync("north");
        await page.GetByLabel("Name or identifier").PressAsync("Enter");

        await Assertions.Expect(page.Locator("p.count")).ToContainTextAsync("bodies found");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "North Wales Police" })).ToBeVisibleAsync();
        float width = await page.EvaluateAsync<float>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page scrolls sideways on a phone ({width}px wide).");

        string shots = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "search-phone.png"), FullPage = true });
    }
}
