using Kechuang.Modules.Registry.Qualifications.RevokeHighTechCertificate;
using Kechuang.Modules.Registry.Tests.Qualifications.ListHighTechCertificates;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Tests.Qualifications.RevokeHighTechCertificate;

public sealed class RevokeHighTechCertificateTests
{
    [Theory, DatabaseData]
    public async Task Revoking_EndsValidityFromThatDay_AndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await ListHighTechCertificatesTests.SeedAsync(database);
        var certificate = await CertificateAsync(database, "GR202161000001");

        var result = await RevokeAsync(database, districts.YantaUser, certificate.Id,
            new RevokeCertificateRequest("2022年7月1日", "发生重大安全事故", certificate.Version));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(certificate.Version + 1, result.Value.Version);
        var saved = await CertificateAsync(database, "GR202161000001");
        Assert.Equal(new DateOnly(2022, 7, 1), saved.RevokedOn);
        Assert.True(saved.IsValidOn(new DateOnly(2022, 6, 30)));
        Assert.False(saved.IsValidOn(new DateOnly(2022, 7, 1)));
        await using var db = database.NewDbContext();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.TargetType == "HighTechCertificate" && e.TargetId == certificate.Id.ToString()));
    }

    [Theory, DatabaseData]
    public async Task StaleVersion_Conflicts_AndOtherDistrictsCertificate_IsNotFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var districts = await ListHighTechCertificatesTests.SeedAsync(database);
        var yanta = await CertificateAsync(database, "GR202161000001");
        var beilin = await CertificateAsync(database, "GR202061000003");

        var stale = await RevokeAsync(database, districts.YantaUser, yanta.Id, new RevokeCertificateRequest("2022-07-01", "复审不合格", yanta.Version + 5));
        var hidden = await RevokeAsync(database, districts.YantaUser, beilin.Id, new RevokeCertificateRequest("2021-07-01", "复审不合格", beilin.Version));

        Assert.Equal(ErrorKind.Conflict, stale.Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, hidden.Error!.Kind);
        Assert.Null((await CertificateAsync(database, "GR202061000003")).RevokedOn);
    }

    [Theory, DatabaseData]
    public async Task RevocationBeforeIssue_OrWithoutAReason_IsRefusedWithTheImportsMessages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ListHighTechCertificatesTests.SeedAsync(database);
        var certificate = await CertificateAsync(database, "GR202161000001");

        var early = await RevokeAsync(database, CurrentUser.ServerConsole, certificate.Id, new RevokeCertificateRequest("2021-06-14", "复审不合格", certificate.Version));
        var noReason = await RevokeAsync(database, CurrentUser.ServerConsole, certificate.Id, new RevokeCertificateRequest("2022-06-14", " ", certificate.Version));

        Assert.Contains("【撤销日期】撤销日期（2021-06-14）不能早于发证日期（2021-06-15）", early.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("【撤销原因】必填", noReason.Error!.Message, StringComparison.Ordinal);
        Assert.Null((await CertificateAsync(database, "GR202161000001")).RevokedOn);
    }

    private static async Task<Registry.Qualifications.HighTechCertificate> CertificateAsync(TestDatabase database, string number)
    {
        await using var db = database.NewDbContext();
        return await db.HighTechCertificates().AsNoTracking().SingleAsync(c => c.CertificateNumber == number);
    }

    private static async Task<Result<RevokedCertificate>> RevokeAsync(TestDatabase database, CurrentUser user, Guid id, RevokeCertificateRequest request)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Registry.Qualifications.RevokeHighTechCertificate.RevokeHighTechCertificate>()
            .ExecuteAsync(user, id, request, CancellationToken.None);
    }
}
