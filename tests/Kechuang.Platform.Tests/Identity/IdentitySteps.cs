using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity;

internal static class IdentitySteps
{
    // RunAsync (a use case in its own scope, as one request would) is in IdentityTestData.

    public static async Task<CurrentUser> CurrentUserAsync(this TestDatabase database, TestAccount account)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var snapshot = await scope.ServiceProvider.GetRequiredService<AccessSnapshots>().GetAsync(db, account.UserId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No account {account.UserName}.");
        return CurrentUser.From(snapshot.ToPrincipal("test", sessionId: null));
    }

    public static async Task<UserSession> StartSessionAsync(this TestDatabase database, TestAccount account, string userAgent =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36")
    {
        await using var scope = database.CreateScope();
        var provider = scope.ServiceProvider;
        return await provider.GetRequiredService<SessionGuard>().StartAsync(provider.GetRequiredService<KechuangDbContext>(),
            provider.GetRequiredService<IAuditTrail>(), account.UserId, account.UserName, "10.12.0.8", userAgent, CancellationToken.None);
    }
}
