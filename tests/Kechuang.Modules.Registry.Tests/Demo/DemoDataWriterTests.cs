using Kechuang.Modules.Registry.Demo;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Security;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Tests.Demo;

public sealed class DemoDataWriterTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Theory, DatabaseData]
    public async Task Write_FillsEveryRegistry_WithTheGeneratorsCounts_AndOneSummaryAuditEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new DemoDataGenerator(2021, 200, AsOf);

        DemoWriteResult written;
        await using (var scope = database.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<DemoDataWriter>().WriteAsync(data, Guid.Empty, null, CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error?.Message);
            written = result.Value;
        }

        var expected = new DemoCounts(200, 600, data.Certificates().Count(), data.TechSmes().Count(), data.Growth().Count(), data.Pool().Count(),
            20, data.Platforms().Sum(p => p.Assessments.Count), 10, 400, 20, 10, data.Funds().Sum(f => f.Investments.Count), 10, 20);
        Assert.Equal(expected, written.Counts);
        await using var db = database.NewDbContext();
        Assert.Equal(expected, new DemoCounts(
            await db.Enterprises().CountAsync(), await db.EnterpriseYears().CountAsync(), await db.HighTechCertificates().CountAsync(),
            await db.TechSmeRegistrations().CountAsync(), await db.GrowthRecognitions().CountAsync(), await db.PoolMemberships().CountAsync(),
            await db.Platforms().CountAsync(), await db.PlatformAssessments().CountAsync(), await db.Talents().CountAsync(),
            await db.TechContracts().CountAsync(), await db.TechLoans().CountAsync(), await db.SubFunds().CountAsync(),
            await db.FundInvestments().CountAsync(), await db.Roadshows().CountAsync(), await db.Activities().CountAsync()));
        var audit = await db.Set<AuditEntry>().ToListAsync();
        var summary = Assert.Single(audit, e => e.TargetType == "DemoData");
        Assert.Contains("企业 200", summary.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(audit, e => e.TargetType is "Enterprise" or "TechContract");
        var first = data.Enterprises[0].Values;
        var stored = await db.Enterprises().SingleAsync(e => e.Uscc == first.Uscc);
        Assert.Equal(first, stored.ToValues());
        var contract = await db.TechContracts().FirstAsync(c => c.SellerEnterpriseId != null);
        Assert.Equal(contract.SellerUscc, (await db.Enterprises().SingleAsync(e => e.Id == contract.SellerEnterpriseId)).Uscc);
    }

    [Theory, DatabaseData]
    public async Task Talents_AreStoredEncryptedMaskedAndHashed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new DemoDataGenerator(2021, 200, AsOf);
        await using (var scope = database.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<DemoDataWriter>().WriteAsync(data, Guid.Empty, null, CancellationToken.None)).IsSuccess);
        }

        var personal = database.Services.GetRequiredService<PersonalData>();
        await using var db = database.NewDbContext();
        var talents = await db.Talents().ToListAsync();
        var numbers = data.Talents().Select(t => t.IdentityNumber).ToHashSet();
        Assert.All(talents, t =>
        {
            Assert.DoesNotContain(t.IdentityCipher, numbers);
            var plain = personal.Unprotect(t.IdentityCipher);
            Assert.Contains(plain, numbers);
            Assert.Null(ResidentIdNumber.Validate(plain));
            Assert.Equal(PersonalData.MaskIdCard(plain), t.IdentityMasked);
            Assert.Equal(personal.Fingerprint(plain), t.IdentityHash);
        });
    }

    [Theory, DatabaseData]
    public async Task DistrictRecords_BelongToTheirDistrictBureau(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            await ActivatorUtilities.CreateInstance<DemoAccountsSeeder>(scope.ServiceProvider).SeedAsync("", CancellationToken.None);
            Assert.True((await scope.ServiceProvider.GetRequiredService<DemoDataWriter>()
                .WriteAsync(new DemoDataGenerator(2021, 200, AsOf), Guid.Empty, null, CancellationToken.None)).IsSuccess);
        }

        await using var db = database.NewDbContext();
        var yanta = await db.Set<Unit>().SingleAsync(u => u.Code == "610113");
        var beilin = await db.Set<Unit>().SingleAsync(u => u.Code == "610103");
        Assert.All(await db.Enterprises().Where(e => e.RegionCode == "610113").ToListAsync(), e => Assert.Equal(yanta.Id, e.OwnerUnitId));
        Assert.All(await db.TechContracts().Where(c => c.SellerRegionCode == "610103").ToListAsync(), c => Assert.Equal(beilin.Path, c.OwnerUnitPath));
        Assert.All(await db.EnterpriseYears().Where(y => y.RegionCode == "610113").ToListAsync(), y => Assert.Equal(yanta.Id, y.OwnerUnitId));
        Assert.DoesNotContain(await db.Enterprises().Where(e => e.RegionCode == "610116").ToListAsync(), e => e.OwnerUnitId == yanta.Id);
    }

    [Fact]
    public async Task AFilledRegistry_IsRefusedInChinese()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = database.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<DemoDataWriter>();
        Assert.True((await writer.WriteAsync(new DemoDataGenerator(1, 30, AsOf), Guid.Empty, null, CancellationToken.None)).IsSuccess);

        var again = await writer.WriteAsync(new DemoDataGenerator(2, 30, AsOf), Guid.Empty, null, CancellationToken.None);

        Assert.False(again.IsSuccess);
        Assert.Contains("已有企业数据", again.Error.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        Assert.Equal(30, await db.Enterprises().CountAsync());
    }
}
