using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Tests.Identity.Sessions.RevokeSession;

using RevokeSession = Kechuang.Platform.Identity.Sessions.RevokeSession.RevokeSession;

public sealed class RevokeSessionTests
{
    [Theory, DatabaseData]
    public async Task RevokingAnOpenSession_EndsItAsRevokedByTheActingAdministrator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admin = await database.Services.CreateAccountAsync("anquan", [], duty: Kechuang.Platform.Identity.AdminDuty.SecurityAdministrator);
        var user = await database.Services.CreateAccountAsync("zhoumin", []);
        var session = await database.StartSessionAsync(user);

        var result = await database.RunAsync<RevokeSession, Result<bool>>(r => r.ExecuteAsync(session.Id, admin.UserId, CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        await using var db = database.NewDbContext();
        var ended = await db.Set<UserSession>().SingleAsync(s => s.Id == session.Id);
        Assert.Equal((SessionEndReason.Revoked, admin.UserId), (ended.EndReason, ended.EndedByUserId));
        Assert.NotNull(ended.EndedAtUtc);
    }

    [Theory, DatabaseData]
    public async Task RevokingAnEndedOrUnknownSession_IsNotFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var admin = await database.Services.CreateAccountAsync("anquan", []);
        var user = await database.Services.CreateAccountAsync("zhoumin", []);
        var session = await database.StartSessionAsync(user);
        await database.RunAsync<RevokeSession, Result<bool>>(r => r.ExecuteAsync(session.Id, admin.UserId, CancellationToken.None));

        var again = await database.RunAsync<RevokeSession, Result<bool>>(r => r.ExecuteAsync(session.Id, admin.UserId, CancellationToken.None));
        var unknown = await database.RunAsync<RevokeSession, Result<bool>>(r => r.ExecuteAsync(Guid.CreateVersion7(), admin.UserId, CancellationToken.None));

        Assert.Equal(ErrorKind.NotFound, again.Error?.Kind);
        Assert.Equal(ErrorKind.NotFound, unknown.Error?.Kind);
    }
}
