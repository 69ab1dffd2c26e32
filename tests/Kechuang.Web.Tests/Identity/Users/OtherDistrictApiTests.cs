using System.Net;
using System.Net.Http.Json;
using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Users.ListUsers;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Identity.Users;

/// <summary>IDOR: a district administrator who knows another district's user id gets 404, and the record stays as it was.</summary>
public sealed class OtherDistrictApiTests
{
    [Theory, DatabaseData]
    public async Task DistrictAdministrator_GetsNotFoundForAnotherDistrictsUser(DatabaseProvider provider)
    {
        await using var factory = new KechuangWebFactory { Options = new() { Demo = false, Provider = provider } };
        var yanta = await factory.Services.CreateAccountAsync("yt-admin",
            [PlatformPermissions.UsersManage, PlatformPermissions.UsersViewSensitive], scope: DataScopeKind.OwnUnitAndBelow,
            duty: AdminDuty.SystemAdministrator, unitName: "雁塔区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610113");
        var colleague = await factory.Services.CreateAccountAsync("yt-staff", [], unitName: "雁塔区科技局");
        var victim = await factory.Services.CreateAccountAsync("bl-staff", [],
            unitName: "碑林区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610103");
        using var client = factory.CreateClient(yanta);

        var statuses = new List<string>();
        foreach (var (method, path, body) in UsersApiTests.Endpoints.Select(row => ((string)row[0], (string)row[1], (string?)row[2])).Where(e => e.Item2.Contains("{id}", StringComparison.Ordinal)))
        {
            using var response = await client.SendAsync(UsersApiTests.Request(method, path,
                victim.UserId, body?.Replace("00000000-0000-0000-0000-000000000000", yanta.UnitId.ToString(), StringComparison.Ordinal)));
            statuses.Add($"{method} {path} → {(int)response.StatusCode}");
        }
        var page = await client.GetFromJsonAsync<UserListPage>(new Uri("/api/platform/users", UriKind.Relative));

        Assert.All(statuses, s => Assert.EndsWith("→ 404", s, StringComparison.Ordinal));
        Assert.Equal(["yt-admin", "yt-staff"], page!.Items.Select(u => u.UserName).Order(StringComparer.Ordinal));
        Assert.Contains(page.Items, u => u.Id == colleague.UserId);
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<KechuangUser>().AsNoTracking().SingleAsync(u => u.Id == victim.UserId);
        Assert.False(stored.IsDisabled);
        Assert.Equal(victim.UnitId, stored.UnitId);
        Assert.Equal("测试 bl-staff", stored.DisplayName);
    }
}
