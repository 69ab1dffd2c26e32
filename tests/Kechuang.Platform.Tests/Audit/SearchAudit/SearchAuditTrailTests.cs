using Kechuang.Platform.Audit;
using Kechuang.Platform.Audit.SearchAudit;
using Kechuang.Platform.Audit.VerifyAudit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Audit.SearchAudit;

public sealed class SearchAuditTrailTests
{
    [Theory, DatabaseData]
    public async Task Filters_ByUserActionTargetAndOutcome(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);

        var byUser = await SearchAsync(database, new AuditFilter(User: "zhang"));
        var byAction = await SearchAsync(database, new AuditFilter(Action: AuditActions.LoginFailed));
        var byTarget = await SearchAsync(database, new AuditFilter(TargetType: "Enterprise", TargetId: "91610131MA6TXXXX1X"));
        var denied = await SearchAsync(database, new AuditFilter(Outcome: AuditOutcome.Denied));

        Assert.Equal(["zhangsan", "zhangsan"], byUser.Rows.Select(r => r.UserName));
        Assert.All(byAction.Rows, r => Assert.Equal("登录失败", r.ActionLabel));
        Assert.Equal(2, byAction.Total);
        Assert.Equal("修改", Assert.Single(byTarget.Rows).ActionLabel);
        var row = Assert.Single(denied.Rows);
        Assert.Equal("拒绝", row.OutcomeLabel);
        Assert.Equal("拒绝访问", row.ActionLabel);
    }

    [Theory, DatabaseData]
    public async Task Results_AreNewestFirstAndPaged(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        var all = await SearchAsync(database, new AuditFilter(), 1, 200);

        var second = await SearchAsync(database, new AuditFilter(), 2, 2);

        Assert.Equal(all.Rows.Select(r => r.Sequence).OrderDescending(), all.Rows.Select(r => r.Sequence));
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Rows.Skip(2).Take(2).Select(r => r.Sequence), second.Rows.Select(r => r.Sequence));
    }

    [Theory, DatabaseData]
    public async Task BeijingDates_AreConvertedToUtcAtTheDayBoundary(DatabaseProvider provider)
    {
        // 2026-03-01 17:30 UTC is 2026-03-02 01:30 in Beijing.
        var clock = new TestClock { Fixed = new DateTimeOffset(2026, 3, 1, 17, 30, 0, TimeSpan.Zero) };
        await using var database = await AuditTestKit.CreateAsync(provider, clock);
        await AuditTestKit.RecordAsync(database, new AuditRecord(AuditActions.Login, "User", "u1", AuditOutcome.Success, UserName: "lisi"));

        var onSecond = await SearchAsync(database, new AuditFilter(User: "lisi", From: new DateOnly(2026, 3, 2), To: new DateOnly(2026, 3, 2)));
        var onFirst = await SearchAsync(database, new AuditFilter(User: "lisi", From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 1)));

        Assert.Equal("2026-03-02 01:30:00", Assert.Single(onSecond.Rows).OccurredAtBeijing);
        Assert.Empty(onFirst.Rows);
    }

    [Theory, DatabaseData]
    public async Task SqlInjectionStrings_MatchNothingAndHarmNothing(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        var before = await SearchAsync(database, new AuditFilter(), 1, 200);
        string[] attacks = ["' OR 1=1 --", "'; DELETE FROM sys_audit_entries; --", "\" OR \"\"=\"", "%", "zhang%' OR '1'='1"];

        foreach (var attack in attacks)
        {
            Assert.Empty((await SearchAsync(database, new AuditFilter(User: attack))).Rows);
            Assert.Empty((await SearchAsync(database, new AuditFilter(Action: attack))).Rows);
            Assert.Empty((await SearchAsync(database, new AuditFilter(TargetType: attack, TargetId: attack))).Rows);
        }

        var after = await SearchAsync(database, new AuditFilter(), 1, 200);
        Assert.Equal(before.Total, after.Total);
        await using var scope = database.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(null, CancellationToken.None)).Intact);
    }

    [Theory, DatabaseData]
    public async Task LoginLog_ShowsOnlyAuthActions(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);

        var logins = await SearchAsync(database, new AuditFilter(LoginsOnly: true), 1, 200);

        Assert.Equal(3, logins.Total);
        Assert.All(logins.Rows, r => Assert.StartsWith("auth.", r.Action, StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task BadPagingOrRange_IsRefusedInChinese(DatabaseProvider provider)
    {
        await using var database = await AuditTestKit.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchAuditTrail>();

        var tooLarge = await search.ExecuteAsync(new AuditFilter(), 1, 201, CancellationToken.None);
        var pageZero = await search.ExecuteAsync(new AuditFilter(), 0, 20, CancellationToken.None);
        var backwards = await search.ExecuteAsync(new AuditFilter(From: new DateOnly(2026, 5, 2), To: new DateOnly(2026, 5, 1)), 1, 20, CancellationToken.None);

        Assert.Equal("每页条数应在 1 到 200 之间。", tooLarge.Error!.Message);
        Assert.Equal("页码从 1 开始。", pageZero.Error!.Message);
        Assert.Equal("开始日期不能晚于结束日期。", backwards.Error!.Message);
    }

    [Fact]
    public void QueryStringValues_AreParsedOrRefusedInChinese()
    {
        var ok = AuditFilter.Parse(" zhangsan ", "", null, null, "失败", "2026-01-01", "2026-01-31");
        Assert.True(ok.IsSuccess);
        Assert.Equal(new AuditFilter("zhangsan", null, null, null, AuditOutcome.Failure, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), ok.Value);
        Assert.Equal(AuditOutcome.Denied, AuditFilter.Parse(null, null, null, null, "denied", null, null).Value.Outcome);

        Assert.Contains("无法识别", AuditFilter.Parse(null, null, null, null, "' OR 1=1 --", null, null).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("格式不对", AuditFilter.Parse(null, null, null, null, null, "2026/01/01", null).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("登录日志", AuditFilter.Parse(null, AuditActions.Export, null, null, null, null, null, loginsOnly: true).Error!.Message, StringComparison.Ordinal);
    }

    internal static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = await AuditTestKit.CreateAsync(provider);
        AuditRecord[] records =
        [
            new(AuditActions.Login, "User", "u-zhang", AuditOutcome.Success, UserName: "zhangsan"),
            new(AuditActions.LoginFailed, "User", null, AuditOutcome.Failure, Detail: "密码错误", UserName: "wangwu"),
            new(AuditActions.LoginFailed, "User", null, AuditOutcome.Failure, Detail: "密码错误", UserName: "zhaoliu"),
            new(AuditActions.Update, "Enterprise", "91610131MA6TXXXX1X", AuditOutcome.Success,
                [new AuditChange("Name", "西安某某科技有限公司", "西安某某智能科技有限公司")], UserName: "zhangsan"),
            new(AuditActions.AccessDenied, "Plan", "2026", AuditOutcome.Denied, UserName: "wangwu"),
        ];
        foreach (var record in records)
        {
            await AuditTestKit.RecordAsync(database, record);
        }
        return database;
    }

    private static async Task<AuditPage> SearchAsync(TestDatabase database, AuditFilter filter, int page = 1, int pageSize = 50)
    {
        await using var scope = database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<SearchAuditTrail>().ExecuteAsync(filter, page, pageSize, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
