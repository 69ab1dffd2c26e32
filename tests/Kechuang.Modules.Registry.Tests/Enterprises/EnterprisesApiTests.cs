using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Modules.Registry.Enterprises.ListEnterprises;
using Kechuang.Modules.Registry.Enterprises.SaveEnterprise;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises;

/// <summary>The enterprise endpoints over HTTP, with real accounts: a 雁塔区 bureau user and a city-wide one.</summary>
public sealed class EnterprisesApiTests
{
    private static Dictionary<string, string?> Values(string uscc, string name, string region) => new()
    {
        ["统一社会信用代码"] = uscc,
        ["企业名称"] = name,
        ["所在区县"] = region,
        ["技术领域"] = "电子信息",
        ["成立日期"] = "2019-08-08",
    };

    private static async Task<(KechuangWebFactory Factory, HttpClient City, HttpClient Yanta, Guid YantaId, Guid BeilinId)> ArrangeAsync(DatabaseProvider provider)
    {
        var factory = new KechuangWebFactory { Options = new() { Demo = false, Provider = provider } };
        var yanta = await factory.Services.CreateAccountAsync("yt-staff",
            [RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Export], scope: DataScopeKind.OwnUnitAndBelow,
            unitName: "雁塔区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610113");
        await factory.Services.CreateAccountAsync("bl-staff", [RegistryPermissions.View], scope: DataScopeKind.OwnUnitAndBelow,
            unitName: "碑林区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610103");
        var city = await factory.CreateClientWithAsync(RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Export);
        var yantaId = await CreateAsync(city, Values(Uscc(1), "西安秦创智能科技有限公司", "雁塔区"));
        var beilinId = await CreateAsync(city, Values(Uscc(2), "西安碑林新材料股份有限公司", "碑林区"));
        return (factory, city, factory.CreateClient(yanta), yantaId, beilinId);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, Dictionary<string, string?> values)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/registry/enterprises", UriKind.Relative), new EnterpriseForm(values));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EnterpriseSaved>())!.Id;
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_NeverSeesAnotherDistrictsEnterprise(DatabaseProvider provider)
    {
        var (factory, city, yanta, yantaId, beilinId) = await ArrangeAsync(provider);
        await using var owned = factory;
        using var cityClient = city;
        using var yantaClient = yanta;

        var list = await yanta.GetFromJsonAsync<Page<EnterpriseRow>>(new Uri("/api/registry/enterprises", UriKind.Relative));
        var asked = await yanta.GetFromJsonAsync<Page<EnterpriseRow>>(new Uri("/api/registry/enterprises?region=610103&q=碑林", UriKind.Relative));
        using var detail = await yanta.GetAsync(new Uri($"/api/registry/enterprises/{beilinId}", UriKind.Relative));
        using var own = await yanta.GetAsync(new Uri($"/api/registry/enterprises/{yantaId}", UriKind.Relative));
        using var edit = await yanta.PutAsJsonAsync(new Uri($"/api/registry/enterprises/{beilinId}", UriKind.Relative),
            new EnterpriseForm(Values(Uscc(2), "改名", "碑林区"), 1));
        var export = await yanta.GetByteArrayAsync(new Uri("/api/registry/enterprises/export?region=610100", UriKind.Relative));
        var cityList = await city.GetFromJsonAsync<Page<EnterpriseRow>>(new Uri("/api/registry/enterprises?sort=uscc", UriKind.Relative));

        Assert.Equal([yantaId], list!.Items.Select(r => r.Id));
        Assert.Empty(asked!.Items);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(export), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("西安秦创智能科技有限公司", Assert.Single(rows)["企业名称"]);
        Assert.Equal([Uscc(1), Uscc(2)], cityList!.Items.Select(r => r.Uscc));
    }

    [Theory, DatabaseData]
    public async Task DuplicateUsccStaleVersionAndBadFields_AreAnsweredInChinese(DatabaseProvider provider)
    {
        var (factory, city, yanta, yantaId, _) = await ArrangeAsync(provider);
        await using var owned = factory;
        using var cityClient = city;
        using var yantaClient = yanta;

        using var duplicate = await city.PostAsJsonAsync(new Uri("/api/registry/enterprises", UriKind.Relative),
            new EnterpriseForm(Values(Uscc(1), "西安另一家科技有限公司", "莲湖区")));
        using var bad = await city.PostAsJsonAsync(new Uri("/api/registry/enterprises", UriKind.Relative),
            new EnterpriseForm(Values("123", "", "610113")));
        using var first = await city.PutAsJsonAsync(new Uri($"/api/registry/enterprises/{yantaId}", UriKind.Relative),
            new EnterpriseForm(Values(Uscc(1), "西安秦创智能科技股份有限公司", "雁塔区"), 1));
        using var stale = await yanta.PutAsJsonAsync(new Uri($"/api/registry/enterprises/{yantaId}", UriKind.Relative),
            new EnterpriseForm(Values(Uscc(1), "西安秦创有限公司", "雁塔区"), 1));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("西安秦创智能科技有限公司", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("统一社会信用代码", out _), errors.ToString());
        Assert.Contains("必填", errors.GetProperty("企业名称")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ExportedWorkbook_ReimportsUnchanged(DatabaseProvider provider)
    {
        var (factory, city, yanta, _, _) = await ArrangeAsync(provider);
        await using var owned = factory;
        using var cityClient = city;
        using var yantaClient = yanta;

        using var response = await city.GetAsync(new Uri("/api/registry/enterprises/export?field=电子信息", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find("enterprises")!;
        var result = await scope.ServiceProvider.GetRequiredService<RunImport>()
            .ExecuteAsync(import, new ImportSource("企业基本信息.xlsx", path), ImportMode.ValidRowsOnly, CurrentUser.ServerConsole, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ImportCounts(2, 0, 0, 2, 0), result.Value.Counts);
    }
}
