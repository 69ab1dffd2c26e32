using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Platforms;

/// <summary>The registries' endpoints over HTTP, as a 雁塔区 (610113) account against 碑林区 (610103) records.</summary>
public sealed class RegistryApiTests
{
    private static async Task ImportAsync(KechuangWebFactory factory, string key, string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<RegistryImports>().Find(key)!;
        var result = await scope.ServiceProvider.GetRequiredService<RunImport>().ExecuteAsync(import,
            new ImportSource(Path.GetFileName(path), path), ImportMode.ValidRowsOnly, CurrentUser.ServerConsole, CancellationToken.None);
        Assert.Equal(0, result.Value.Counts.Rejected);
    }

    private static async Task<(KechuangWebFactory Factory, HttpClient Yanta)> StartAsync(DatabaseProvider provider, params string[] permissions)
    {
        // No demo data: the assertions name every record there is. The account comes first, so its district bureau
        // exists when the imports decide who owns what.
        var factory = new KechuangWebFactory { Options = new() { Provider = provider, Demo = false } };
        var account = await factory.Services.CreateAccountAsync("yanta" + Guid.NewGuid().ToString("N")[..6], permissions,
            scope: DataScopeKind.OwnUnitAndBelow, unitName: "雁塔区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610113");
        await factory.Services.CreateAccountAsync("beilin" + Guid.NewGuid().ToString("N")[..6], [RegistryPermissions.View],
            scope: DataScopeKind.OwnUnitAndBelow, unitName: "碑林区科技局", unitKind: UnitKind.DistrictBureau, unitCode: "610103");
        await ImportAsync(factory, "platforms", CsvFile(ImportPlatforms.PlatformImportTests.Header,
            "众创空间,雁塔秦创众创空间,市级,西安秦创智能科技有限公司,,610113,2021-06-18,",
            "重点实验室,陕西省先进材料重点实验室,省级,西北工业大学,,610103,2022-09-09,"));
        await ImportAsync(factory, "talents", CsvFile(Talents.ImportTalents.TalentImportTests.Header,
            $"技术经理人,王晓明,{Talents.ImportTalents.TalentImportTests.IdNumber(1)},西安交通大学,610113,2023-04-15,,JSJLR-2023-0158,,",
            $"科技特派员,刘伟,{Talents.ImportTalents.TalentImportTests.IdNumber(2)},陕西省农业科学院,610103,2023-03-01,,,王曲街道,"));
        await ImportAsync(factory, "activities", CsvFile(Activities.ImportActivities.ActivityImportTests.Header,
            "对接会,雁塔区科技成果转化对接会,2024-05-18,,雁塔区科学技术局,610113,260,45,",
            "对接会,碑林区产学研对接会,2024-09-10,,碑林区科学技术局,610103,80,30,"));
        return (factory, factory.CreateClient(account));
    }

    private static async Task<Guid> IdOfAsync<T>(KechuangWebFactory factory, Func<IQueryable<T>, IQueryable<Guid>> query)
        where T : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<T>().AsNoTracking()).SingleAsync();
    }

    private static List<string?> Column(byte[] xlsx, string header)
    {
        using var stream = new MemoryStream(xlsx);
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r[header]?.ToString()).ToList();
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotSeeOtherDistrictsRecordsThroughAnyEndpoint(DatabaseProvider provider)
    {
        var (factory, client) = await StartAsync(provider, RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Export);
        await using var _ = factory;
        using var __ = client;
        var beilinLab = await IdOfAsync<Registry.Platforms.InnovationPlatform>(factory, q => q.Where(p => p.RegionCode == "610103").Select(p => p.Id));
        var beilinActivity = await IdOfAsync<Registry.Activities.Activity>(factory, q => q.Where(p => p.RegionCode == "610103").Select(p => p.Id));

        var platforms = await client.GetFromJsonAsync<JsonElement>("/api/registry/platforms?region=610103");
        var allPlatforms = await client.GetFromJsonAsync<JsonElement>("/api/registry/platforms");
        using var detail = await client.GetAsync($"/api/registry/platforms/{beilinLab}");
        var platformExport = Column(await client.GetByteArrayAsync("/api/registry/platforms/export"), "平台名称");
        var talents = await client.GetFromJsonAsync<JsonElement>("/api/registry/talents");
        var talentExport = Column(await client.GetByteArrayAsync("/api/registry/talents/export"), "姓名");
        var activities = await client.GetFromJsonAsync<JsonElement>("/api/registry/activities");
        var activityExport = Column(await client.GetByteArrayAsync("/api/registry/activities/export?kind=对接会"), "活动名称");
        using var edit = await client.PutAsJsonAsync($"/api/registry/activities/{beilinActivity}",
            new { values = new Dictionary<string, string> { ["活动名称"] = "改名" }, version = 1 });

        Assert.Equal(0, platforms.GetProperty("page").GetProperty("total").GetInt32());
        Assert.Equal(["雁塔秦创众创空间"], allPlatforms.GetProperty("page").GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(["雁塔秦创众创空间"], platformExport);
        Assert.Equal(["王晓明"], talents.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["王晓明"], talentExport);
        Assert.Equal(["雁塔区科技成果转化对接会"], activities.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(["雁塔区科技成果转化对接会"], activityExport);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Reveal_OverTheApi_NeedsThePermissionAndIsAudited(DatabaseProvider provider)
    {
        var (factory, viewer) = await StartAsync(provider, RegistryPermissions.View);
        await using var _ = factory;
        using var __ = viewer;
        var revealer = await factory.Services.CreateAccountAsync("revealer", [RegistryPermissions.View, RegistryPermissions.RevealPersonalData],
            scope: DataScopeKind.OwnUnitAndBelow, unitName: "雁塔区科技局");
        using var revealClient = factory.CreateClient(revealer);
        var wang = await IdOfAsync<Registry.Talents.Talent>(factory, q => q.Where(t => t.RegionCode == "610113").Select(t => t.Id));
        var liu = await IdOfAsync<Registry.Talents.Talent>(factory, q => q.Where(t => t.RegionCode == "610103").Select(t => t.Id));

        var list = await viewer.GetStringAsync("/api/registry/talents");
        using var denied = await viewer.PostAsync($"/api/registry/talents/{wang}/reveal", null);
        using var revealed = await revealClient.PostAsync($"/api/registry/talents/{wang}/reveal", null);
        using var otherDistrict = await revealClient.PostAsync($"/api/registry/talents/{liu}/reveal", null);

        Assert.DoesNotContain(Talents.ImportTalents.TalentImportTests.IdNumber(1), list, StringComparison.Ordinal);
        Assert.Contains("610***********", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(Talents.ImportTalents.TalentImportTests.IdNumber(1),
            (await revealed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("identityNumber").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherDistrict.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().Set<AuditEntry>()
            .SingleAsync(a => a.Action == AuditActions.SensitiveRead && a.TargetType == "Talent");
        Assert.Equal((wang.ToString(), revealer.UserId), (audit.TargetId, audit.UserId));
    }

    [Fact]
    public async Task Pages_RenderForASignedInUser()
    {
        await using var factory = new KechuangWebFactory();
        var account = await factory.Services.CreateAccountAsync("pages", [RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Export]);
        using var client = await factory.SignInAsync(account);

        foreach (var (path, text) in new[]
        {
            ("/registry/platforms", "创新平台载体"), ("/registry/platforms/new", "新增平台载体"), ("/registry/talents", "科技人才"),
            ("/registry/activities", "科技活动"), ("/registry/activities/new", "新增科技活动"),
        })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
