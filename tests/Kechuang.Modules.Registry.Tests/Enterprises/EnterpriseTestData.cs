using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Enterprises;

/// <summary>Xi'an's bureau tree with the 雁塔区 and 碑林区 bureaus, enterprises imported through the real import, and
/// qualifications made by the entities' own factories.</summary>
internal static class EnterpriseTestData
{
    public const string Header = "统一社会信用代码,企业名称,所在区县,所属开发区,国民经济行业代码,技术领域,成立日期,所得税征收方式,是否规上企业,上市情况";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public sealed record Bureaus(Unit City, Unit Yanta, Unit Beilin)
    {
        public DataScope YantaScope { get; } = new(Guid.CreateVersion7(), Yanta.Id, Yanta.Path, [new ScopeGrant(DataScopeKind.OwnUnitAndBelow, [])]);

        public CurrentUser YantaUser => new(YantaScope.UserId, "yt-staff", "雁塔区科技局 工作人员", Yanta.Id, Yanta.Path,
            new HashSet<string>(StringComparer.Ordinal) { RegistryPermissions.View, RegistryPermissions.Edit }, YantaScope);
    }

    public static DataScope All => CurrentUser.ServerConsole.Scope;

    public static async Task<Bureaus> CreateBureausAsync(this TestDatabase database)
    {
        await using var db = database.NewDbContext();
        var city = await db.Set<Unit>().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync();
        if (city is null)
        {
            city = Unit.Create(null, UnitKind.Bureau, "西安市科学技术局", "610100");
            db.Set<Unit>().Add(city);
        }
        var yanta = Unit.Create(city, UnitKind.DistrictBureau, "雁塔区科技局", "610113");
        var beilin = Unit.Create(city, UnitKind.DistrictBureau, "碑林区科技局", "610103");
        db.Set<Unit>().AddRange(yanta, beilin);
        await db.SaveChangesAsync();
        return new Bureaus(city, yanta, beilin);
    }

    /// <summary>Imports the rows (template columns, comma-separated) and returns the enterprises' ids by USCC.</summary>
    public static async Task<Dictionary<string, Guid>> ImportEnterprisesAsync(this TestDatabase database, params string[] rows)
    {
        var result = await database.ImportAsync("enterprises", CsvFile([Header, .. rows]));
        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.True(result.Value.Errors.Count == 0, string.Join("; ", result.Value.Errors.Select(e => e.Message)));
        await using var db = database.NewDbContext();
        return await db.Enterprises().ToDictionaryAsync(e => e.Uscc, e => e.Id);
    }

    public static async Task AddAsync(this TestDatabase database, Func<KechuangDbContext, RegionOwners, IEnumerable<object>> make)
    {
        await using var db = database.NewDbContext();
        var owners = await RegionOwners.LoadAsync(db, CancellationToken.None);
        db.AddRange(make(db, owners));
        await db.SaveChangesAsync();
    }

    public static RecordStamp Stamp() => RecordStamp.New(Guid.Empty, null, DateTime.UtcNow);

    public static HighTechCertificate Certificate(Guid enterpriseId, string region, RegionOwners owners, string number, DateOnly issuedOn,
        DateOnly? revokedOn = null) =>
        HighTechCertificate.Create(enterpriseId, region, owners.For(region),
            new HighTechCertificateValues(number, "", issuedOn, revokedOn, revokedOn is null ? null : "不再符合认定条件"), Stamp());

    public static TechSmeRegistration TechSme(Guid enterpriseId, string region, RegionOwners owners, string number, int year,
        DateOnly? revokedOn = null) =>
        TechSmeRegistration.Create(enterpriseId, region, owners.For(region),
            new TechSmeRegistrationValues(number, "", year, new DateOnly(year, 4, 1), revokedOn, revokedOn is null ? null : "存在严重失信行为"), Stamp());
}
