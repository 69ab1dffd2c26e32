using Kechuang.Modules.Registry.Talents.RevealTalentIdentity;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using static Kechuang.Modules.Registry.Tests.Talents.ImportTalents.TalentImportTests;
using static Kechuang.Modules.Registry.Tests.Talents.ListTalents.ListTalentsTests;

namespace Kechuang.Modules.Registry.Tests.Talents.RevealTalentIdentity;

public sealed class RevealTalentIdentityTests
{
    [Theory, DatabaseData]
    public async Task Reveal_NeedsThePermission_AndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);
        await using var db = database.NewDbContext();
        var wang = await db.Talents().SingleAsync(t => t.Name == "王晓明");
        var revealer = users.CityWith(RegistryPermissions.View, RegistryPermissions.RevealPersonalData);

        var denied = await database.RunAsync<Registry.Talents.RevealTalentIdentity.RevealTalentIdentity, Result<TalentIdentityView>>(r =>
            r.ExecuteAsync(users.City, wang.Id, CancellationToken.None));
        var revealed = await database.RunAsync<Registry.Talents.RevealTalentIdentity.RevealTalentIdentity, Result<TalentIdentityView>>(r =>
            r.ExecuteAsync(revealer, wang.Id, CancellationToken.None));

        Assert.Equal(ErrorKind.Forbidden, denied.Error?.Kind);
        Assert.Equal(IdNumber(1), revealed.Value.IdentityNumber);
        var audits = await db.Set<AuditEntry>().Where(a => a.Action == AuditActions.SensitiveRead).ToListAsync();
        var audit = Assert.Single(audits);
        Assert.Equal(("Talent", wang.Id.ToString(), AuditOutcome.Success), (audit.TargetType, audit.TargetId, audit.Outcome));
        Assert.Contains("王晓明", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber(1), audit.Detail ?? "", StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotRevealOtherDistrictsTalent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);
        await using var db = database.NewDbContext();
        var beilinTalent = await db.Talents().SingleAsync(t => t.Name == "刘伟");
        var yantaRevealer = users.Yanta with { Permissions = new HashSet<string> { RegistryPermissions.View, RegistryPermissions.RevealPersonalData } };

        var result = await database.RunAsync<Registry.Talents.RevealTalentIdentity.RevealTalentIdentity, Result<TalentIdentityView>>(r =>
            r.ExecuteAsync(yantaRevealer, beilinTalent.Id, CancellationToken.None));

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
        Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Action == AuditActions.SensitiveRead));
    }
}
