using Kechuang.Platform.Access;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;

namespace Kechuang.Web.Tests.Identity;

public sealed class PlatformApiDocumentTests(KechuangWebFactory factory) : IClassFixture<KechuangWebFactory>
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheAdministrationEndpointsInChinese()
    {
        var reader = await factory.Services.CreateAccountAsync("docs-reader", [PlatformPermissions.ApiDocs]);
        using var client = factory.CreateClient(reader);

        var document = await client.GetStringAsync(new Uri("/api/openapi/v1.json", UriKind.Relative));

        foreach (var path in new[] { "/api/platform/units", "/api/platform/users/{id}/reset-password", "/api/platform/users/{id}/personal-data", "/api/platform/roles/{id}/permissions" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
        Assert.Contains("重置用户密码", document, StringComparison.Ordinal);
    }
}
