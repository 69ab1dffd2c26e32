using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Tests.Contracts;

/// <summary>Bureaus and contracts for the contracts and finance tests: 西安市科技局 with 雁塔区 and 碑林区 bureaus.</summary>
internal static class ContractsTestKit
{
    public const string Header =
        "合同登记号,登记日期,登记机构,合同类型,合同子类,合同名称,卖方名称,卖方统一社会信用代码,卖方所在地,买方名称,买方统一社会信用代码,买方所在地,合同成交额,技术交易额,技术领域";

    public const string Yanta = "610113", Beilin = "610103", Haidian = "110108", Nanshan = "440305", Weibin = "610302";

    public sealed record Bureaus(Unit City, Unit Yanta, Unit Beilin)
    {
        public DataScope YantaUser { get; } = District(Yanta);
        public DataScope BeilinUser { get; } = District(Beilin);

        private static DataScope District(Unit unit) =>
            new(Guid.CreateVersion7(), unit.Id, unit.Path, [new ScopeGrant(DataScopeKind.OwnUnitAndBelow, [])]);
    }

    public static DataScope Everything { get; } = CurrentUser.ServerConsole.Scope;

    public static async Task<Bureaus> AddBureausAsync(this TestDatabase database)
    {
        await using var db = database.NewDbContext();
        var city = await db.Set<Unit>().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync();
        if (city is null)
        {
            city = Unit.Create(null, UnitKind.Bureau, "西安市科学技术局", "610100");
            db.Set<Unit>().Add(city);
        }
        var yanta = Unit.Create(city, UnitKind.DistrictBureau, "雁塔区科学技术局", Yanta);
        var beilin = Unit.Create(city, UnitKind.DistrictBureau, "碑林区科学技术局", Beilin);
        db.Set<Unit>().AddRange(yanta, beilin);
        await db.SaveChangesAsync();
        return new Bureaus(city, yanta, beilin);
    }

    /// <summary>A CSV line of the template: amounts in 万元 unless written with a unit.</summary>
    public static string Line(string number, string date, string seller, string sellerRegion, string buyer, string buyerRegion,
        string amount, string techAmount, string type = "技术开发", string? sellerUscc = null, string? buyerUscc = null, string field = "电子信息") =>
        string.Join(',', number, date, "西安市技术合同登记处", type, "", $"{seller}与{buyer}技术合同", seller, sellerUscc ?? "", sellerRegion,
            buyer, buyerUscc ?? "", buyerRegion, amount, techAmount, field);

    /// <summary>
    /// Nine contracts around 雁塔: C1–C6 and C9 in 2025 (C1 on the first day, C6 on the last), C7 the day before the
    /// year and C8 the day after it. Amounts in 万元 (成交额/技术交易额).
    /// </summary>
    public static readonly string[] FlowContracts =
    [
        Line("2025610113000001", "2025-01-01", "西安秦创智能科技有限公司", Yanta, "西安碑林数控设备有限公司", Beilin, "100", "80"),
        Line("2025610103000002", "2025-02-10", "西安交大思源技术转移有限公司", Beilin, "西安雁塔光电有限公司", Yanta, "200", "150", "技术转让"),
        Line("2025610113000003", "2025-03-01", "西安秦创智能科技有限公司", Yanta, "北京中关村智造有限公司", Haidian, "300", "300", "技术许可"),
        Line("2025110108000004", "2025-03-31", "北京海淀芯研科技有限公司", Haidian, "西安雁塔光电有限公司", Yanta, "400", "350", "技术服务"),
        Line("2025440305000005", "2025-06-30", "深圳南山云算科技有限公司", Nanshan, "西安碑林数控设备有限公司", Beilin, "500", "400", "技术咨询"),
        Line("2025610113000006", "2025-12-31", "西安秦创智能科技有限公司", Yanta, "西安雁塔光电有限公司", Yanta, "50", "40"),
        Line("2024610113000007", "2024-12-31", "西安秦创智能科技有限公司", Yanta, "深圳南山云算科技有限公司", Nanshan, "1000", "1000"),
        Line("2026610103000008", "2026-01-01", "西安交大思源技术转移有限公司", Beilin, "北京中关村智造有限公司", Haidian, "700", "700"),
        Line("2025610302000009", "2025-05-20", "宝鸡渭滨钛材科技有限公司", Weibin, "西安雁塔光电有限公司", Yanta, "60", "60", "技术开发", null, null, "新材料"),
    ];

    public static long Wan(decimal wanYuan) => (long)(wanYuan * 1_000_000m);
}
