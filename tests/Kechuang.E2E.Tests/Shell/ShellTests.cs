using System.Net;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture browser)
{
    [Fact]
    public async Task HomePage_ShowsTheChineseTitleAndTheWorkPlansNavigationGroup()
    {
        var page = await browser.NewPageAsync();

        var response = await page.OpenAsync("/");

        Assert.Equal((int)HttpStatusCode.OK, response?.Status);
        Assert.Equal("首页 · 科创", await page.TitleAsync());
        await Assertions.Expect(page.Locator(".mud-appbar")).ToContainTextAsync("科创 · 科技创新治理平台");
        var navigation = page.Locator(".mud-drawer");
        await Assertions.Expect(navigation.GetByText("工作要点", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "要点列表" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("home");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HomePage_IsInteractive_TheMenuButtonClosesTheDrawer()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/");
        var drawer = page.Locator(".mud-drawer");
        await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));

        await page.GetByRole(AriaRole.Button, new() { Name = "展开或收起导航" }).ClickAsync();

        await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ApiDocsPage_LoadsTheScalarReference()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/api/docs");

        Assert.Equal((int)HttpStatusCode.OK, response?.Status);
        await Assertions.Expect(page).ToHaveTitleAsync("科创 Kechuang API 文档");
        await Assertions.Expect(page.GetByText("科创 Kechuang API").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("api-docs");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task UnknownPage_ShowsPageNotFoundInChinese()
    {
        var page = await browser.NewPageAsync();

        var response = await page.OpenAsync("/no-such-page/此页不存在");

        Assert.Equal((int)HttpStatusCode.NotFound, response?.Status);
        await Assertions.Expect(page.GetByText("页面不存在", new() { Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync("not-found");
        await page.Context.CloseAsync();
    }
}
