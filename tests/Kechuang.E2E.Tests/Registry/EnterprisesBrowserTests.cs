using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Registry;

[Collection(BrowserCollection.Name)]
public sealed partial class EnterprisesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Planner_FiltersByDistrictAndOpensAnEnterprisesDetail()
    {
        await ImportAsync(
            $"{Uscc(810_001)},西安浏览器雁塔光电科技有限公司,610113,西安高新区,C3976,电子信息,2017-06-18,查账征收,是,未上市",
            $"{Uscc(810_002)},西安浏览器碑林材料科技有限公司,610103,,C3039,新材料,2014-11-02,查账征收,否,新三板");
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/registry/enterprises");
        var table = page.GetByTestId("enterprises-table");

        var query = page.Locator("#enterprises-query");
        await query.FillAsync("西安浏览器");
        await query.BlurAsync();
        await Assertions.Expect(table).ToContainTextAsync("西安浏览器碑林材料科技有限公司");
        await page.Locator(".mud-select").Filter(new() { HasText = "区县" }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "雁塔区" }).ClickAsync();

        await Assertions.Expect(table).Not.ToContainTextAsync("西安浏览器碑林材料科技有限公司");
        await Assertions.Expect(table).ToContainTextAsync("西安浏览器雁塔光电科技有限公司");
        await Assertions.Expect(page.GetByTestId("enterprises-export")).ToHaveAttributeAsync("href", new Regex("region=610113"));
        await page.ScreenshotAsync("registry-enterprises");

        await table.GetByRole(AriaRole.Link, new() { Name = "西安浏览器雁塔光电科技有限公司" }).ClickAsync();
        await page.WaitForURLAsync(DetailUrl());
        await Assertions.Expect(page.GetByTestId("enterprise-name")).ToHaveTextAsync("西安浏览器雁塔光电科技有限公司");
        await Assertions.Expect(page.GetByTestId("enterprise-master")).ToContainTextAsync("西安高新区");
        await page.ScreenshotAsync("registry-enterprise-detail");
        await page.Context.CloseAsync();
    }

    private async Task ImportAsync(params string[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-e2e-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path,
            "统一社会信用代码,企业名称,所在区县,所属开发区,国民经济行业代码,技术领域,成立日期,所得税征收方式,是否规上企业,上市情况\r\n"
            + string.Join("\r\n", rows) + "\r\n", new UTF8Encoding(true));
        await using var scope = browser.App.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find("enterprises")!;
        var result = await scope.ServiceProvider.GetRequiredService<RunImport>()
            .ExecuteAsync(import, new ImportSource("企业.csv", path), ImportMode.AllOrNothing, CurrentUser.ServerConsole, CancellationToken.None);
        Assert.True(result.IsSuccess && result.Value.Errors.Count == 0, result.Error?.Message ?? string.Join("; ", result.Value.Errors));
    }

    private static string Uscc(int n)
    {
        var first17 = "91610131" + n.ToString("D9", CultureInfo.InvariantCulture);
        return first17 + Kechuang.Platform.Codes.Uscc.CheckCharacter(first17);
    }

    [GeneratedRegex(@"/registry/enterprises/[0-9a-f-]{36}$")]
    private static partial Regex DetailUrl();
}
