using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Platform.Identity.Sessions.ListSessions;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;

namespace Kechuang.Platform.Tests.Identity.Sessions.ListSessions;

using ListSessions = Kechuang.Platform.Identity.Sessions.ListSessions.ListSessions;
using RevokeSession = Kechuang.Platform.Identity.Sessions.RevokeSession.RevokeSession;

public sealed class ListSessionsTests
{
    [Theory, DatabaseData]
    public async Task OpenSessions_AreListedWithUserUnitAndBrowser_EndedOnesAreNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var user = await database.Services.CreateAccountAsync("huangli", [], unitName: "高新技术发展科");
        var open = await database.StartSessionAsync(user);
        var ended = await database.StartSessionAsync(user, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        await database.RunAsync<RevokeSession, Result<bool>>(r => r.ExecuteAsync(ended.Id, user.UserId, CancellationToken.None));

        var rows = await database.RunAsync<ListSessions, IReadOnlyList<SessionRow>>(l => l.ExecuteAsync(CancellationToken.None));

        var row = Assert.Single(rows);
        Assert.Equal(open.Id, row.Id);
        Assert.Equal(("huangli", "测试 huangli", "高新技术发展科", "10.12.0.8", "Chrome · Windows"),
            (row.UserName, row.DisplayName, row.UnitName, row.ClientIp, row.Browser));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0", "Edge · Windows")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", "Safari · iOS")]
    [InlineData(null, "未知")]
    public void TheBrowserLabel_NamesBrowserAndSystem(string? userAgent, string expected) =>
        Assert.Equal(expected, BrowserLabel.Of(userAgent));
}
