using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;
using Kechuang.Modules.Registry.Tests.Qualifications.ListHighTechCertificates;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kechuang.Modules.Registry.Tests.Qualifications.ExportHighTechCertificates;

public sealed class ExportHighTechCertificatesTests
{
    [Theory, DatabaseData]
    public async Task ExportedCertificates_ReimportUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ListHighTechCertificatesTests.SeedAsync(database);
        await using var before = database.NewDbContext();
        var original = await before.HighTechCertificates().AsNoTracking().OrderBy(c => c.CertificateNumber)
            .Select(c => new { c.CertificateNumber, c.EnterpriseId, c.IssuedOn, c.ValidUntil, c.RevokedOn, c.RevocationReason, c.Version })
            .ToListAsync();

        var path = await ExportAsync(database, CurrentUser.ServerConsole, new HighTechCertificateQuery());
        var result = await database.ImportAsync("high-tech-certificates", path, fileName: "高新技术企业证书.xlsx");

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ImportCounts(6, 0, 0, 6, 0), result.Value.Counts);
        await using var after = database.NewDbContext();
        var reloaded = await after.HighTechCertificates().AsNoTracking().OrderBy(c => c.CertificateNumber)
            .Select(c => new { c.CertificateNumber, c.EnterpriseId, c.IssuedOn, c.ValidUntil, c.RevokedOn, c.RevocationReason, c.Version })
            .ToListAsync();
        Assert.Equal(original, reloaded);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_ExportsOnlyOwnDistrictsCertificates_AndTheExportIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await ListHighTechCertificatesTests.SeedAsync(database);

        var path = await ExportAsync(database, districts.YantaUser, new HighTechCertificateQuery());
        var beilinOnly = await ExportAsync(database, districts.YantaUser, new HighTechCertificateQuery(Region: "610103"));

        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("雁塔区", r["所在区县"]));
        Assert.Contains(rows, r => (string?)r["证书编号"] == "GR202161000001" && (string?)r["有效期至"] == "2024-06-14");
        Assert.Empty(MiniExcel.Query(beilinOnly, useHeaderRow: true));
        await using var db = database.NewDbContext();
        var audits = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == AuditActions.Export).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.Contains(audits, a => a.TargetType == "HighTechCertificate" && a.Detail!.Contains("4 条", StringComparison.Ordinal));
    }

    internal static async Task<string> ExportAsync(TestDatabase database, CurrentUser user, HighTechCertificateQuery query)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
        await using var scope = database.CreateScope();
        var export = scope.ServiceProvider.GetRequiredService<Registry.Qualifications.ExportHighTechCertificates.ExportHighTechCertificates>();
        await using (var file = File.Create(path))
        {
            var result = await export.ExecuteAsync(user, query, file, CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error?.Message);
        }
        return path;
    }
}
