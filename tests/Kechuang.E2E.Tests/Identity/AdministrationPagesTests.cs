using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;
using Microsoft.Playwright;

namespace Kechuang.E2E.Tests.Identity;

[Collection(BrowserCollection.Name)]
public sealed class AdministrationPagesTests(BrowserFixture browser)
{
    private async Task<IPage> SignInAsAdministratorAsync()
    {
        // Duty None keeps two-factor enrolment out of this test; the permissions are the system administrator's.
        var admin = await browser.App.Services.CreateAccountAsync("e2e-" + Guid.NewGuid().ToString("N")[..8],
            [PlatformPermissions.UsersManage, PlatformPermissions.UnitsManage, PlatformPermissions.RolesManage, PlatformPermissions.UsersViewSensitive]);
        var page = await browser.NewAnonymousPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("login-username").FillAsync(admin.UserName);
        await page.GetByTestId("login-password").FillAsync(admin.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    [Fact]
    public async Task Administrator_CreatesAUserSeesThePasswordOnceAndRevealsTheMaskedMobile()
    {
        var page = await SignInAsAdministratorAsync();
        await page.OpenAsync("/admin/users");
        var userName = "yt" + Guid.NewGuid().ToString("N")[..6];

        await page.GetByRole(AriaRole.Button, new() { Name = "新增用户" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("用户名").FillAsync(userName);
        await dialog.GetByLabel("姓名").FillAsync("李伟");
        await dialog.GetByLabel("手机号（可不填）").FillAsync("13812341234");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        var secret = page.GetByTestId("secret-value");
        await Assertions.Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^.{16}$"));
        var oneTimePassword = (await secret.TextContentAsync())!.Trim();
        await page.ScreenshotAsync("admin-user-created");
        await page.GetByRole(AriaRole.Button, new() { Name = "我已记下，关闭" }).ClickAsync();
        await page.GetByTestId("users-search").FillAsync(userName);
        await page.GetByTestId("users-search").PressAsync("Enter");
        var row = page.Locator("tr", new() { HasText = userName });
        await Assertions.Expect(row).ToContainTextAsync("138****1234");
        await Assertions.Expect(row).ToContainTextAsync("待改密");

        await row.GetByRole(AriaRole.Button, new() { Name = "查看完整信息" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("secret-value").Last).ToHaveTextAsync("13812341234");
        await page.Context.CloseAsync();

        // The new colleague signs in with the one-time password and must choose a password of his own first.
        var newcomer = await browser.NewAnonymousPageAsync();
        await newcomer.GotoAsync("/account/login");
        await newcomer.GetByTestId("login-username").FillAsync(userName);
        await newcomer.GetByTestId("login-password").FillAsync(oneTimePassword);
        await newcomer.GetByTestId("login-submit").ClickAsync();
        await newcomer.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login/change-password"));
        await newcomer.GetByTestId("current-password").FillAsync(oneTimePassword);
        await newcomer.GetByTestId("new-password").FillAsync("Yanta#Science2027");
        await newcomer.GetByTestId("confirm-password").FillAsync("Yanta#Science2027");
        await newcomer.GetByTestId("change-password-submit").ClickAsync();
        await newcomer.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await newcomer.WaitForCircuitAsync();
        await Assertions.Expect(newcomer.GetByTestId("current-user")).ToContainTextAsync("李伟");
        await newcomer.Context.CloseAsync();
    }

    [Fact]
    public async Task RoleMatrix_GreysOutCrossDutyCellsAndUnitsPageAddsADistrict()
    {
        var page = await SignInAsAdministratorAsync();
        await page.OpenAsync("/admin/roles");
        var matrix = page.GetByTestId("role-matrix");
        await Assertions.Expect(matrix).ToContainTextAsync("查看完整身份证号和手机号");
        await Assertions.Expect(matrix.GetByLabel("局领导：管理用户账号")).ToBeDisabledAsync();
        await Assertions.Expect(matrix.GetByLabel("系统管理员：管理用户账号")).ToBeCheckedAsync();
        await page.ScreenshotAsync("admin-roles");

        await page.OpenAsync("/admin/units");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增下级" }).First.ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "区县科技局" }).ClickAsync();
        await dialog.GetByLabel("单位名称").FillAsync("长安区科技局");
        await dialog.GetByLabel("行政区划代码（必填）").FillAsync("61011");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("行政区划代码应为 6 位数字");
        await dialog.GetByLabel("行政区划代码（必填）").FillAsync("610116");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var row = page.GetByTestId("units-table").Locator("tr", new() { HasText = "长安区科技局" });
        await Assertions.Expect(row).ToContainTextAsync("区县科技局");
        await Assertions.Expect(row).ToContainTextAsync("610116");
        await page.ScreenshotAsync("admin-units");
        await page.Context.CloseAsync();
    }
}
