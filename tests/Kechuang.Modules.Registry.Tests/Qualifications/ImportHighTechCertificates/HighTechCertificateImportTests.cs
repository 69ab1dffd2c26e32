using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ImportHighTechCertificates;

public sealed class HighTechCertificateImportTests
{
    private const string Header = "证书编号,统一社会信用代码,发证日期,撤销日期,撤销原因";

    [Theory, DatabaseData]
    public async Task ValidCertificates_AreStoredWhereTheirEnterpriseLies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(2);
        var file = CsvFile(Header,
            $"GR202161000123,{Uscc(1)},2021-11-30,,",
            $"gr 202061000456,{Uscc(2)},2020年12月1日,2022-05-10,发生重大安全事故");

        var result = await database.ImportAsync("high-tech-certificates", file);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), result.Value.Counts);
        await using var db = database.NewDbContext();
        var saved = await db.HighTechCertificates().OrderBy(c => c.CertificateNumber).ToListAsync();
        Assert.Equal(["GR202061000456", "GR202161000123"], saved.Select(c => c.CertificateNumber));
        Assert.Equal(["610103", "610113"], saved.Select(c => c.RegionCode));
        Assert.Equal([districts.Beilin.Id, districts.Yanta.Id], saved.Select(c => c.OwnerUnitId));
        Assert.Equal(new DateOnly(2024, 11, 30), saved[1].ValidUntil);
        Assert.Equal(new DateOnly(2022, 5, 10), saved[0].RevokedOn);
        Assert.Equal("发生重大安全事故", saved[0].RevocationReason);
    }

    [Theory, DatabaseData]
    public async Task BadRows_AreReportedFieldByFieldInChinese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header,
            $"GX202161000123,{Uscc(1)},2021-11-30,,",
            $"GR202061000124,{Uscc(1)},2021-11-30,,",
            $"GR202161000125,{Uscc(1)},2021-11-30,2021-11-01,复审不合格",
            $"GR202161000126,{Uscc(1)},,,撤销原因无日期",
            $"GR202161000127,{Uscc(1)},2021-02-30,,");

        var result = await database.ImportAsync("high-tech-certificates", file);

        Assert.Equal(new ImportCounts(5, 0, 0, 0, 5), result.Value.Counts);
        var errors = result.Value.Errors.ToDictionary(e => e.Row, e => e.Message);
        Assert.Contains("【证书编号】“GX202161000123”不是有效的高新技术企业证书编号", errors[2], StringComparison.Ordinal);
        Assert.Contains("【证书编号】证书编号中的年份（2020）与发证日期的年份（2021）不一致", errors[3], StringComparison.Ordinal);
        Assert.Contains("【撤销日期】撤销日期（2021-11-01）不能早于发证日期（2021-11-30）", errors[4], StringComparison.Ordinal);
        Assert.Contains("【发证日期】必填", errors[5], StringComparison.Ordinal);
        Assert.Contains("【撤销日期】填写了撤销原因，但没有填写撤销日期", errors[5], StringComparison.Ordinal);
        Assert.Contains("【发证日期】", errors[6], StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task CertificateOfAnUnknownEnterprise_IsRejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(1);
        var file = CsvFile(Header, $"GR202161000123,{Uscc(1)},2021-11-30,,", $"GR202161000124,{Uscc(99)},2021-11-30,,");

        var result = await database.ImportAsync("high-tech-certificates", file);

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), result.Value.Counts);
        var error = Assert.Single(result.Value.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains($"【统一社会信用代码】系统中没有统一社会信用代码为 {Uscc(99)} 的企业", error.Message, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ReimportingTheSameFile_ChangesNothing_AndARevocationUpdatesTheCertificate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(2);
        var file = CsvFile(Header, $"GR202161000123,{Uscc(1)},2021-11-30,,", $"GR202161000124,{Uscc(2)},2021-11-30,,");
        await database.ImportAsync("high-tech-certificates", file);

        var again = await database.ImportAsync("high-tech-certificates", file);
        var revoked = await database.ImportAsync("high-tech-certificates",
            CsvFile(Header, $"GR202161000123,{Uscc(1)},2021-11-30,2023-03-15,存在严重失信行为"));

        Assert.Equal(new ImportCounts(2, 0, 0, 2, 0), again.Value.Counts);
        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), revoked.Value.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(2, await db.HighTechCertificates().CountAsync());
        var certificate = await db.HighTechCertificates().SingleAsync(c => c.CertificateNumber == "GR202161000123");
        Assert.Equal(new DateOnly(2023, 3, 15), certificate.RevokedOn);
        Assert.Equal(2, certificate.Version);
    }

    [Theory, DatabaseData]
    public async Task TheSameNumberTwiceInAFile_RejectsTheSecondRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SeedDistrictsAsync();
        await database.SeedEnterprisesAsync(2);
        var file = CsvFile(Header, $"GR202161000123,{Uscc(1)},2021-11-30,,", $"GR202161000123,{Uscc(2)},2021-12-01,,");

        var result = await database.ImportAsync("high-tech-certificates", file);

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), result.Value.Counts);
        Assert.Contains("与第 2 行重复", Assert.Single(result.Value.Errors).Message, StringComparison.Ordinal);
    }
}
