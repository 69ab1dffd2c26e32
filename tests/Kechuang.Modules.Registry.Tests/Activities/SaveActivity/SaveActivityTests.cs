using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Tests.Activities.SaveActivity;

public sealed class SaveActivityTests
{
    private static Dictionary<string, string?> Form(string start = "2024-05-18", string? end = "2024-05-19", string? region = "610113") => new()
    {
        ["活动类型"] = "对接会",
        ["活动名称"] = "雁塔区科技成果转化对接会",
        ["开始日期"] = start,
        ["结束日期"] = end,
        ["主办单位"] = "雁塔区科学技术局",
        ["所在区县"] = region,
        ["参与人数"] = "260",
    };

    [Theory, DatabaseData]
    public async Task CreateAndEdit_ValidateLikeTheImport_AndCheckTheVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await DistrictUsers.SeedAsync(database);

        var invalid = await database.RunAsync<Registry.Activities.SaveActivity.SaveActivity, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(end: "2024-05-01"), CancellationToken.None));
        var created = await database.RunAsync<Registry.Activities.SaveActivity.SaveActivity, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(), CancellationToken.None));
        var edited = await database.RunAsync<Registry.Activities.SaveActivity.SaveActivity, FormOutcome>(s =>
            s.UpdateAsync(users.Yanta, created.Id!.Value, created.Version, Form(end: null), CancellationToken.None));
        var stale = await database.RunAsync<Registry.Activities.SaveActivity.SaveActivity, FormOutcome>(s =>
            s.UpdateAsync(users.Yanta, created.Id!.Value, created.Version, Form(end: "2024-05-20"), CancellationToken.None));
        var otherDistrict = await database.RunAsync<Registry.Activities.SaveActivity.SaveActivity, FormOutcome>(s =>
            s.UpdateAsync(users.Beilin, created.Id!.Value, edited.Version, Form(), CancellationToken.None));
        var cityWide = await database.RunAsync<Registry.Activities.SaveActivity.SaveActivity, FormOutcome>(s =>
            s.CreateAsync(users.Yanta, Form(start: "2024-06-01", end: null, region: null), CancellationToken.None));

        Assert.Equal("结束日期", Assert.Single(invalid.FieldErrors).Field);
        Assert.True(created.IsSuccess);
        Assert.True(edited.IsSuccess);
        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Equal(ErrorKind.NotFound, otherDistrict.Error?.Kind);
        Assert.Equal("所在区县", Assert.Single(cityWide.FieldErrors).Field);
        await using var db = database.NewDbContext();
        var activity = await db.Activities().SingleAsync();
        Assert.Null(activity.EndsOn);
        Assert.Equal(2, activity.Version);
    }
}
