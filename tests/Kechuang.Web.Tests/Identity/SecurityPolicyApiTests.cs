using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kechuang.Platform.Access;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Identity;

namespace Kechuang.Web.Tests.Identity;

public sealed class SecurityPolicyApiTests(AccountApiHost host) : IClassFixture<AccountApiHost>
{
    private const string Path = "/api/platform/security-policy";

    [Fact]
    public async Task PuttingThePolicy_SavesIt_AStaleVersionIs409_AndAnOutOfRangeValueIs400InChinese()
    {
        var admin = await host.Factory.Services.CreateAccountAsync("policy-admin", [PlatformPermissions.SecurityPolicy], duty: AdminDuty.SecurityAdministrator);
        using var client = host.Factory.CreateClient(admin);
        var seen = JsonNode.Parse(await client.GetStringAsync(new Uri(Path, UriKind.Relative)))!.AsObject();

        var edit = seen.DeepClone().AsObject();
        edit["lockoutMinutes"] = 45;
        using var saved = await client.PutAsJsonAsync(Path, edit);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = JsonNode.Parse(await client.GetStringAsync(new Uri(Path, UriKind.Relative)))!;
        Assert.Equal(45, after["lockoutMinutes"]!.GetValue<int>());
        Assert.Equal(seen["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());

        using var stale = await client.PutAsJsonAsync(Path, edit);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var invalid = after.DeepClone().AsObject();
        invalid["minimumLength"] = 6;
        using var refused = await client.PutAsJsonAsync(Path, invalid);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("密码最小长度须在 8–64 之间", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
