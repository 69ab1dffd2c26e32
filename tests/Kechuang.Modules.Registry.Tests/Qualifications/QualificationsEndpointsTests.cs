using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications;

public sealed class QualificationsEndpointsTests
{
    private static readonly string[] Permissions = [RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Export];

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOrRevokeOtherDistrictsCertificates_ThroughTheApi(DatabaseProvider provider)
    {
        await using var factory = new KechuangWebFactory { Options = new() { Provider = provider, Demo = false } };
        var (yanta, _) = await SeedAsync(factory);
        using var client = factory.CreateClient(yanta);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/registry/high-tech-certificates?on=2023-02-28&pageSize=200");
        var asked = await client.GetFromJsonAsync<JsonElement>("/api/registry/high-tech-certificates?region=610103&on=2023-02-28");
        var stock = await client.GetFromJsonAsync<JsonElement>("/api/registry/qualifications/stock?region=610103&on=2023-02-28");
        var ownStock = await client.GetFromJsonAsync<JsonElement>("/api/registry/qualifications/stock?on=2023-02-28");
        var tech = await client.GetFromJsonAsync<JsonElement>("/api/registry/tech-sme-registrations?region=610103");
        var growth = await client.GetFromJsonAsync<JsonElement>("/api/registry/growth-recognitions?region=610103");
        var pool = await client.GetFromJsonAsync<JsonElement>("/api/registry/pool-memberships?region=610103");
        using var export = await client.GetAsync(new Uri("/api/registry/high-tech-certificates/export?region=610100", UriKind.Relative));

        var items = list.GetProperty("rows").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["GR202161000001", "GR202261000002"], items.Select(i => i.GetProperty("certificateNumber").GetString()).Order());
        Assert.Equal(2, list.GetProperty("validEnterprises").GetInt32());
        Assert.Equal(0, asked.GetProperty("rows").GetProperty("total").GetInt32());
        Assert.Equal(0, stock.GetProperty("validHighTechEnterprises").GetInt32());
        Assert.Equal(2, ownStock.GetProperty("validHighTechEnterprises").GetInt32());
        Assert.Equal(0, tech.GetProperty("total").GetInt32());
        Assert.Equal(0, growth.GetProperty("total").GetInt32());
        Assert.Equal(0, pool.GetProperty("rows").GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("雁塔区", r["所在区县"]));

        await using var db = factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<KechuangDbContext>();
        var beilin = await db.HighTechCertificates().AsNoTracking().SingleAsync(c => c.CertificateNumber == "GR202061000003");
        using var revoke = await client.PostAsJsonAsync($"/api/registry/high-tech-certificates/{beilin.Id}/revoke",
            new { revokedOn = "2021-01-01", reason = "复审不合格", version = beilin.Version });
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        var own = await db.HighTechCertificates().AsNoTracking().SingleAsync(c => c.CertificateNumber == "GR202161000001");
        using var stale = await client.PostAsJsonAsync($"/api/registry/high-tech-certificates/{own.Id}/revoke",
            new { revokedOn = "2022-01-01", reason = "复审不合格", version = own.Version + 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var revoked = await client.PostAsJsonAsync($"/api/registry/high-tech-certificates/{own.Id}/revoke",
            new { revokedOn = "2022-01-01", reason = "复审不合格", version = own.Version });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var badDate = await client.GetAsync(new Uri("/api/registry/high-tech-certificates?on=2023-13-45", UriKind.Relative));
        using var badStatus = await client.GetAsync(new Uri("/api/registry/high-tech-certificates?status=作废", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("不是有效日期", (await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("有效、已过期、已撤销、未生效", (await badStatus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task QualificationPages_RenderForADistrictUser(DatabaseProvider provider)
    {
        await using var factory = new KechuangWebFactory { Options = new() { Provider = provider, Demo = false } };
        var (yanta, _) = await SeedAsync(factory);
        using var browser = await factory.SignInAsync(yanta);

        foreach (var (path, title) in new[]
                 {
                     ("/registry/qualifications/high-tech", "高新技术企业证书"), ("/registry/qualifications/tech-sme", "科技型中小企业入库登记"),
                     ("/registry/qualifications/growth", "瞪羚/独角兽企业认定"), ("/registry/qualifications/pool", "高新技术企业培育库"),
                 })
        {
            using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>雁塔区 enterprises 1 and 3, 碑林区 enterprise 2, each with a certificate; a district account for each.</summary>
    private static async Task<(TestAccount Yanta, TestAccount Beilin)> SeedAsync(KechuangWebFactory factory)
    {
        var yanta = await factory.Services.CreateAccountAsync("yanta", Permissions, DataScopeKind.OwnUnitAndBelow,
            unitName: "雁塔区科学技术局", unitKind: UnitKind.DistrictBureau, unitCode: "610113");
        var beilin = await factory.Services.CreateAccountAsync("beilin", Permissions, DataScopeKind.OwnUnitAndBelow,
            unitName: "碑林区科学技术局", unitKind: UnitKind.DistrictBureau, unitCode: "610103");
        await ImportAsync(factory, "enterprises", CsvFile(QualificationsTestData.EnterpriseHeader,
            $"{Uscc(1)},西安秦创智能科技有限公司,610113", $"{Uscc(2)},西安碑林软件有限公司,610103", $"{Uscc(3)},西安大雁塔生物科技有限公司,610113"));
        await ImportAsync(factory, "high-tech-certificates", CsvFile("证书编号,统一社会信用代码,发证日期,撤销日期,撤销原因",
            $"GR202161000001,{Uscc(1)},2021-06-15,,", $"GR202061000003,{Uscc(2)},2020-02-29,,", $"GR202261000002,{Uscc(3)},2022-01-10,,"));
        await ImportAsync(factory, "tech-sme-registrations", CsvFile("入库登记编号,统一社会信用代码,年度,入库日期,撤销日期,撤销原因",
            $"202361010304000004,{Uscc(2)},2023,2023-05-10,,"));
        await ImportAsync(factory, "growth-recognitions", CsvFile("统一社会信用代码,类型,年度,级别", $"{Uscc(2)},瞪羚企业,2023,市级"));
        await ImportAsync(factory, "pool-memberships", CsvFile("统一社会信用代码,入库日期,入库原因,出库日期,出库原因", $"{Uscc(2)},2023-04-01,,,"));
        return (yanta, beilin);
    }

    private static async Task ImportAsync(KechuangWebFactory factory, string registry, string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find(registry)!;
        var result = await scope.ServiceProvider.GetRequiredService<RunImport>()
            .ExecuteAsync(import, new ImportSource(Path.GetFileName(path), path), ImportMode.AllOrNothing, CurrentUser.ServerConsole, CancellationToken.None);
        Assert.True(result.IsSuccess && result.Value.Status == ImportBatchStatus.Committed,
            result.IsSuccess ? string.Join("；", result.Value.Errors) : result.Error.Message);
    }
}
