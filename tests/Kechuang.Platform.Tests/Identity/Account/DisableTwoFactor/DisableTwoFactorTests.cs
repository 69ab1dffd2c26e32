using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Account;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity.Account.DisableTwoFactor;

using DisableTwoFactor = Kechuang.Platform.Identity.Account.DisableTwoFactor.DisableTwoFactor;

public sealed class DisableTwoFactorTests
{
    [Theory, DatabaseData]
    public async Task AnAdministrator_CannotTurnTwoFactorOff(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admin = await database.Services.CreateAccountAsync("xitong", [], duty: AdminDuty.SystemAdministrator);
        await EnrolAsync(database, admin);

        var result = await database.RunAsync<DisableTwoFactor, Result<bool>>(d => d.ExecuteAsync(admin.UserId, admin.Password, CancellationToken.None));

        Assert.Equal((ErrorKind.Forbidden, "two-factor-required"), (result.Error?.Kind, result.Error?.Code));
        Assert.Contains("系统管理员", result.Error!.Message, StringComparison.Ordinal);
        Assert.True(await TwoFactorEnabledAsync(database, admin));
    }

    [Theory, DatabaseData]
    public async Task AnOrdinaryAccount_TurnsTwoFactorOffWithItsPassword_AndItIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var user = await database.Services.CreateAccountAsync("majun", []);
        await EnrolAsync(database, user);

        var wrong = await database.RunAsync<DisableTwoFactor, Result<bool>>(d => d.ExecuteAsync(user.UserId, "Wrong@Passw0rd", CancellationToken.None));
        Assert.Equal("password-incorrect", wrong.Error?.Code);
        Assert.True(await TwoFactorEnabledAsync(database, user));

        var result = await database.RunAsync<DisableTwoFactor, Result<bool>>(d => d.ExecuteAsync(user.UserId, user.Password, CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.False(await TwoFactorEnabledAsync(database, user));
        await using var db = database.NewDbContext();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == AuditActions.TwoFactorDisabled && e.TargetId == user.UserId.ToString()));
    }

    private static async Task EnrolAsync(TestDatabase database, TestAccount account)
    {
        await database.RunAsync<TwoFactor, Result<TwoFactorSetup>>(t => t.GetSetupAsync(account.UserId, CancellationToken.None));
        var code = await database.Services.CurrentTotpAsync(account.UserName);
        var enabled = await database.RunAsync<TwoFactor, Result<bool>>(t => t.EnableAsync(account.UserId, code, CancellationToken.None));
        Assert.True(enabled.IsSuccess, enabled.Error?.Message);
    }

    private static async Task<bool> TwoFactorEnabledAsync(TestDatabase database, TestAccount account)
    {
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<KechuangUserManager>();
        return (await users.FindByIdAsync(account.UserId.ToString()))!.TwoFactorEnabled;
    }
}
