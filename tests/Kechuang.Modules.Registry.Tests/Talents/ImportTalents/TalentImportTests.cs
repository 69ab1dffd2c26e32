using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Talents;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Security;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Talents.ImportTalents;

public sealed class TalentImportTests
{
    internal const string Header = "人才类别,姓名,证件号码,工作单位,所在区县,认定/引进/派驻日期,入选计划/项目,证书编号,服务村镇,国籍/地区";

    /// <summary>A check-digit-valid 居民身份证号 born in 雁塔区 on 1990-01-01.</summary>
    internal static string IdNumber(int sequence)
    {
        var first17 = "61011319900101" + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    [Theory, DatabaseData]
    public async Task Identity_IsEncryptedAtRest_MaskedAndFingerprinted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = IdNumber(123);
        var file = CsvFile(Header, $"技术经理人,王晓明,{id.ToLowerInvariant()},西安交通大学,610113,2023-04-15,,JSJLR-2023-0158,,中国");

        var result = await database.ImportAsync("talents", file);

        Assert.Equal(new ImportCounts(1, 1, 0, 0, 0), result.Value.Counts);
        await using var db = database.NewDbContext();
        var raw = await db.Database.SqlQueryRaw<string>("SELECT \"IdentityCipher\" AS \"Value\" FROM reg_talents").SingleAsync();
        var masked = await db.Database.SqlQueryRaw<string>("SELECT \"IdentityMasked\" AS \"Value\" FROM reg_talents").SingleAsync();
        var hash = await db.Database.SqlQueryRaw<string>("SELECT \"IdentityHash\" AS \"Value\" FROM reg_talents").SingleAsync();
        Assert.StartsWith("sm4:", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(id, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(id[6..14], raw, StringComparison.Ordinal);
        Assert.Equal(id[..3] + new string('*', 11) + id[^4..], masked);
        Assert.DoesNotContain(id, hash, StringComparison.Ordinal);
        var personalData = database.Services.GetRequiredService<PersonalData>();
        Assert.Equal(id, personalData.Unprotect(raw));
        Assert.Equal(personalData.Fingerprint(id), hash);
    }

    [Theory, DatabaseData]
    public async Task InvalidRows_AreReportedInChinese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var wrongCheck = IdNumber(5)[..17] + (IdNumber(5)[17] == '1' ? '2' : '1');
        var file = CsvFile(Header,
            $"技术经理人,李华,{wrongCheck},西北工业大学,610103,2023-01-10,,,,",
            "科技特派员,赵强,E12345678,陕西省农业科学院,610116,2022-03-01,,,王曲街道,",
            $"海外高层次人才,John Smith,E12345678,西安电子科技大学,610113,2021-09-01,陕西省高层次人才引进计划,,,英国",
            $"海外高层次人才,Anna Müller,E12-345,西安电子科技大学,610113,2021-09-01,,,,德国",
            $"科技管家,张三,{IdNumber(6)},某单位,610113,2021-09-01,,,,",
            $"技术经理人,王五,{IdNumber(7)[..3]}***********{IdNumber(7)[^4..]},某单位,610113,2021-09-01,,,,");

        var result = await database.ImportAsync("talents", file);

        Assert.Equal(new ImportCounts(6, 1, 0, 0, 5), result.Value.Counts);
        string Error(int row) => result.Value.Errors.Single(e => e.Row == row).Message;
        Assert.Contains("【证件号码】身份证号校验码不正确", Error(2), StringComparison.Ordinal);
        Assert.Contains("只有海外高层次人才可填护照号码", Error(3), StringComparison.Ordinal);
        Assert.Contains("也不是 5～20 位字母或数字组成的护照号码", Error(5), StringComparison.Ordinal);
        Assert.Contains("【人才类别】“科技管家”不是可选值", Error(6), StringComparison.Ordinal);
        Assert.Contains("脱敏显示的证件号码", Error(7), StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var overseas = await db.Talents().SingleAsync();
        Assert.Equal((TalentKind.OverseasTalent, "E12**5678", "陕西省高层次人才引进计划"), (overseas.Kind, overseas.IdentityMasked, overseas.Programme));
    }

    [Theory, DatabaseData]
    public async Task Reimport_FindsThePersonByFingerprint(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = IdNumber(8);
        var file = CsvFile(Header, $"科技特派员,刘伟,{id},陕西省农业科学院,610116,2022-03-01,,,王曲街道,");
        await database.ImportAsync("talents", file);

        var again = await database.ImportAsync("talents", file);
        var moved = await database.ImportAsync("talents", CsvFile(Header,
            $"科技特派员,刘伟,{id},陕西省农业科学院,610116,2022-03-01,,,王曲街道、子午街道,",
            $"技术经理人,刘伟,{id},陕西省农业科学院,610116,2023-03-01,,JSJLR-2023-0001,,"));
        var twice = await database.ImportAsync("talents", CsvFile(Header,
            $"技术经理人,刘伟,{id},陕西省农业科学院,610116,2023-03-01,,,,",
            $"技术经理人,刘伟伟,{id.ToLowerInvariant()},陕西省农业科学院,610116,2023-03-01,,,,"));

        Assert.Equal(new ImportCounts(1, 0, 0, 1, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(2, 1, 1, 0, 0), moved.Value.Counts);
        Assert.Contains("与第 2 行重复", Assert.Single(twice.Value.Errors).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(id, twice.Value.Errors[0].Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.Talents().CountAsync());
        Assert.Equal("王曲街道、子午街道", (await db.Talents().SingleAsync(t => t.Kind == TalentKind.TechCommissioner)).ServedVillages);
    }
}
