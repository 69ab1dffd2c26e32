using System.Text.RegularExpressions;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Tests.Commands;

public sealed partial class UserCommandsTests
{
    [Theory, DatabaseData]
    public async Task ResetPassword_GivesAOneTimePassword_EndsSessions_AndIsAuditedAsTheCli(DatabaseProvider provider)
    {
        await using var database = ScratchDatabase.Create(provider);
        var settings = Settings(database);
        Assert.Equal(0, (await RunAsync(settings, "db", "migrate")).Exit);
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, settings);
        Guid adminId;
        await using (var services = console.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IdentityBootstrap>().EnsureAsync(CancellationToken.None));
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            adminId = await db.Set<KechuangUser>().Select(u => u.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<SessionGuard>().StartAsync(db, scope.ServiceProvider.GetRequiredService<IAuditTrail>(),
                adminId, IdentityBootstrap.FirstAdministratorUserName, "10.0.0.8", "test", CancellationToken.None);
            await db.Set<KechuangUser>().Where(u => u.Id == adminId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)));
        }

        var (exit, output, error) = await RunAsync(settings, "user", "reset-password", IdentityBootstrap.FirstAdministratorUserName);

        Assert.True(exit == 0, error);
        var password = OneTimePassword().Match(output).Groups[1].Value;
        Assert.True(password.Length >= 16, output);
        await using (var services = console.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
            var admin = (await users.FindByIdAsync(adminId.ToString()))!;
            Assert.True(await users.CheckPasswordAsync(admin, password));
            Assert.True(admin.MustChangePassword);
            Assert.False(await users.IsLockedOutAsync(admin));
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            Assert.All(await db.Set<UserSession>().ToListAsync(), s => Assert.NotNull(s.EndedAtUtc));
            var reset = await db.Set<AuditEntry>().SingleAsync(e => e.Action == AuditActions.PasswordReset);
            Assert.StartsWith("cli:", reset.UserName, StringComparison.Ordinal);
        }
        var (cleared, clearedOutput, _) = await RunAsync(settings, "user", "reset-two-factor", IdentityBootstrap.FirstAdministratorUserName);
        Assert.Equal(0, cleared);
        Assert.Contains("须重新绑定身份验证器", clearedOutput, StringComparison.Ordinal);
        var (listed, list, _) = await RunAsync(settings, "user", "list");
        Assert.Equal(0, listed);
        Assert.Contains("sysadmin\t系统管理员", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccount_IsRefusedInChinese()
    {
        await using var database = ScratchDatabase.Create(Kechuang.Platform.Database.DatabaseProvider.Sqlite);
        var settings = Settings(database);
        Assert.Equal(0, (await RunAsync(settings, "db", "migrate")).Exit);

        var (exit, _, error) = await RunAsync(settings, "user", "unlock", "nobody");

        Assert.Equal(2, exit);
        Assert.Contains("账号“nobody”不存在", error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(ScratchDatabase database) => new()
    {
        ["Database:Provider"] = database.Options.Provider.ToString(),
        ["ConnectionStrings:Kechuang"] = database.Options.ConnectionString,
    };

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KechuangCli.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex("一次性密码（仅显示这一次，登录后须修改）：(\\S+)")]
    private static partial Regex OneTimePassword();
}
