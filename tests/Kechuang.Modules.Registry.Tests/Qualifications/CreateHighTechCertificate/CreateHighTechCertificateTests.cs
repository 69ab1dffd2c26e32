using Kechuang.Modules.Registry.Qualifications.CreateHighTechCertificate;
using Kechuang.Modules.Registry.Tests.Qualifications.ListHighTechCertificates;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Qualifications.CreateHighTechCertificate;

public sealed class CreateHighTechCertificateTests
{
    [Theory, DatabaseData]
    public async Task FormValues_CreateAnAuditedCertificateInTheEnterprisesDistrict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await ListHighTechCertificatesTests.SeedAsync(database);

        var outcome = await CreateAsync(database, districts.YantaUser, Form("GR202461000009", Uscc(3), "2024-02-29"));

        Assert.True(outcome.IsSuccess, string.Join("；", outcome.FieldErrors));
        Assert.Equal(new DateOnly(2027, 3, 1), outcome.Created!.ValidUntil);
        await using var db = database.NewDbContext();
        var saved = await db.HighTechCertificates().AsNoTracking().SingleAsync(c => c.CertificateNumber == "GR202461000009");
        Assert.Equal((districts.Yanta.Id, "610113"), (saved.OwnerUnitId, saved.RegionCode));
        Assert.Equal(districts.YantaUser.UserId, saved.CreatedByUserId);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == AuditActions.Create && e.TargetId == saved.Id.ToString()));
    }

    [Theory, DatabaseData]
    public async Task BadValues_OtherDistrictsEnterprise_AndATakenNumber_AreFieldErrors(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await ListHighTechCertificatesTests.SeedAsync(database);

        var bad = await CreateAsync(database, districts.YantaUser, Form("GR202361000009", Uscc(3), "2024-03-01"));
        var hidden = await CreateAsync(database, districts.YantaUser, Form("GR202461000009", Uscc(2), "2024-03-01"));
        var taken = await CreateAsync(database, districts.YantaUser, Form("GR202161000001", Uscc(1), "2021-06-15"));

        Assert.Equal("证书编号", Assert.Single(bad.FieldErrors).Field);
        Assert.Contains("与发证日期的年份（2024）不一致", bad.FieldErrors[0].Message, StringComparison.Ordinal);
        Assert.Contains("您的数据范围内没有统一社会信用代码为", Assert.Single(hidden.FieldErrors).Message, StringComparison.Ordinal);
        Assert.Contains("已登记，不能重复录入", Assert.Single(taken.FieldErrors).Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(6, await db.HighTechCertificates().CountAsync());
    }

    private static Dictionary<string, string?> Form(string number, string uscc, string issued) => new()
    {
        ["证书编号"] = number,
        ["统一社会信用代码"] = uscc,
        ["发证日期"] = issued,
    };

    private static async Task<CreateCertificateOutcome> CreateAsync(TestDatabase database, CurrentUser user, Dictionary<string, string?> values)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Registry.Qualifications.CreateHighTechCertificate.CreateHighTechCertificate>()
            .ExecuteAsync(user, values, CancellationToken.None);
    }
}
