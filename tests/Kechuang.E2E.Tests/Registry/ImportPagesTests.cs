using System.Globalization;
using System.Text;
using Kechuang.Testing;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Registry;

[Collection(BrowserCollection.Name)]
public sealed class ImportPagesTests(BrowserFixture browser)
{
    private const string Header = "统一社会信用代码,企业名称,所在区县,所属开发区,国民经济行业代码,技术领域,成立日期,所得税征收方式,是否规上企业,上市情况";

    [Fact]
    public async Task APlannerImportsEnterprises_SeesTheBadRowExplained_AndRollsTheBatchBack()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/registry/imports");
        var seed = Random.Shared.Next(100_000_000, 999_999_999);
        var csv = string.Join("\r\n", Header,
            $"{Uscc(seed)},西安浏览器测试科技有限公司{seed},雁塔区,西安高新区,I6513,电子信息,2019年6月1日,查账征收,否,未上市",
            $"{Uscc(seed + 1)},,610113,,,,,,,");

        await page.GetByText("只导入正确的行").ClickAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "企业名单.csv",
            MimeType = "text/csv",
            Buffer = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(),
        });

        var result = page.GetByTestId("import-result");
        await Assertions.Expect(result).ToContainTextAsync("新增 1");
        await Assertions.Expect(page.GetByTestId("import-errors")).ToContainTextAsync("【企业名称】必填");
        await Assertions.Expect(page.GetByTestId("import-report")).ToBeVisibleAsync();
        await page.ScreenshotAsync("registry-import-result");

        var batchRow = page.GetByTestId("import-batches").Locator("tr", new() { HasText = "企业名单.csv" }).First;
        await batchRow.GetByTestId("rollback").ClickAsync();
        await page.GetByTestId("confirm-rollback").ClickAsync();
        await Assertions.Expect(page.GetByText("已撤销导入“企业基本信息”")).ToBeVisibleAsync();
        await Assertions.Expect(batchRow).ToContainTextAsync("已撤销");
        await page.Context.CloseAsync();
    }

    private static string Uscc(int n)
    {
        var first17 = "91610113" + n.ToString("D9", CultureInfo.InvariantCulture);
        return first17 + Kechuang.Platform.Codes.Uscc.CheckCharacter(first17);
    }
}
