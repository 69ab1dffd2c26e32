using System.CommandLine;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.ListUsers;
using Kechuang.Platform.Identity.Users.ResetPassword;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Commands;

/// <summary>
/// Account recovery on the server itself (the CLI works directly on the database): list accounts, unlock one, give
/// one a new one-time password. Everything is audited as cli:&lt;OS user&gt;.
/// </summary>
internal static class UserCommands
{
    public const int Refused = 2;

    public static Command Create(CliConsole console) =>
        new("user", "账号维护（在服务器上直接操作数据库）：列出账号、解除锁定、重置密码、重置双因素认证")
        {
            List(console), Unlock(console), ResetPassword(console), ResetTwoFactor(console),
        };

    private static Command ResetTwoFactor(CliConsole console)
    {
        var userName = new Argument<string>("userName") { Description = "用户名" };
        var command = new Command("reset-two-factor", "账号丢失身份验证器时：清除其密钥并停用双因素认证；管理员账号下次登录须重新绑定") { userName };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            if (await AuditCommands.RequireMigratedAsync(console, provider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var users = provider.GetRequiredService<KechuangUserManager>();
            var user = await users.FindByNameAsync(result.GetValue(userName)!);
            if (user is null)
            {
                await console.Error.WriteLineAsync($"账号“{result.GetValue(userName)}”不存在。");
                return Refused;
            }
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await provider.GetRequiredService<IAuditTrail>().RecordAsync(
                new AuditRecord(AuditActions.TwoFactorDisabled, "User", user.Id.ToString(), AuditOutcome.Success, Detail: "命令行重置"), cancellationToken);
            provider.GetRequiredService<AccessSnapshots>().Invalidate(user.Id);
            await console.Out.WriteLineAsync($"已重置 {user.UserName} 的双因素认证；下次登录时须重新绑定身份验证器（管理员账号）。");
            return 0;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var command = new Command("list", "列出全部账号：用户名、姓名、单位、角色、状态");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await AuditCommands.RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var list = scope.ServiceProvider.GetRequiredService<ListUsers>();
            for (var page = 1; ; page++)
            {
                var rows = await list.ExecuteAsync(CurrentUser.ServerConsole, new UserListQuery(Page: page, PageSize: ListUsers.MaxPageSize), cancellationToken);
                foreach (var row in rows.Items)
                {
                    var state = row.IsDisabled ? "已停用" : row.IsLockedOut ? "已锁定" : "正常";
                    await console.Out.WriteLineAsync(
                        $"{row.UserName}\t{row.DisplayName}\t{row.UnitName}\t{string.Join("、", row.Roles.Select(r => r.DisplayName))}\t{state}");
                }
                if (page * rows.PageSize >= rows.Total)
                {
                    break;
                }
            }
            return 0;
        });
        return command;
    }

    private static Command Unlock(CliConsole console)
    {
        var userName = new Argument<string>("userName") { Description = "用户名" };
        var command = new Command("unlock", "解除账号锁定（连续登录失败后）") { userName };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await AuditCommands.RequireMigratedAsync(console, scope.ServiceProvider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
            var user = await users.FindByNameAsync(result.GetValue(userName)!);
            if (user is null)
            {
                await console.Error.WriteLineAsync($"账号“{result.GetValue(userName)}”不存在。");
                return Refused;
            }
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await console.Out.WriteLineAsync($"已解除 {user.UserName} 的锁定。");
            return 0;
        });
        return command;
    }

    private static Command ResetPassword(CliConsole console)
    {
        var userName = new Argument<string>("userName") { Description = "用户名" };
        var command = new Command("reset-password", "重置为随机的一次性密码（仅显示一次，下次登录须修改），并结束该账号的全部会话、解除锁定") { userName };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            if (await AuditCommands.RequireMigratedAsync(console, provider, cancellationToken) is { } notReady)
            {
                return notReady;
            }
            var user = await provider.GetRequiredService<KechuangUserManager>().FindByNameAsync(result.GetValue(userName)!);
            if (user is null)
            {
                await console.Error.WriteLineAsync($"账号“{result.GetValue(userName)}”不存在。");
                return Refused;
            }
            var reset = await provider.GetRequiredService<ResetPassword>().ExecuteAsync(CurrentUser.ServerConsole, user.Id, cancellationToken);
            if (!reset.IsSuccess)
            {
                await console.Error.WriteLineAsync(reset.Error.Message);
                return Refused;
            }
            var password = reset.Value.Password;
            await console.Out.WriteLineAsync($"已重置 {user.UserName} 的密码。一次性密码（仅显示这一次，登录后须修改）：{password}");
            return 0;
        });
        return command;
    }
}
