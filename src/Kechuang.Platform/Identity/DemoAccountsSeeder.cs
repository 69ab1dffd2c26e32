using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Account;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity;

public sealed record DemoAccount(string UserName, string DisplayName, string Role, string UnitName);

/// <summary>
/// Demo mode only (never with <c>--environment Production</c>): a small Xi'an organisation tree and one account per
/// built-in role, all with <see cref="Password"/>, shown on the login page under the 演示环境 banner. The three
/// administrator accounts have two-factor authentication enrolled; in demo mode the second step shows the code.
/// </summary>
public sealed class DemoAccountsSeeder(KechuangDbContext db, KechuangUserManager users, IdentityBootstrap bootstrap, TimeProvider clock) : IDemoSeeder
{
    public const string Password = "Kechuang@2026";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("demo.sysadmin", "演示·系统管理员", BuiltInRoles.SystemAdministrator, "西安市科学技术局"),
        new("demo.secadmin", "演示·安全管理员", BuiltInRoles.SecurityAdministrator, "西安市科学技术局"),
        new("demo.auditor", "演示·审计管理员", BuiltInRoles.AuditAdministrator, "西安市科学技术局"),
        new("demo.leader", "演示·局领导", BuiltInRoles.Leadership, "西安市科学技术局"),
        new("demo.planner", "演示·综合规划处", BuiltInRoles.PlanOwner, "综合规划处"),
        new("demo.division", "演示·高新技术处", BuiltInRoles.DivisionStaff, "高新技术处"),
        new("demo.yanta", "演示·雁塔区科技局", BuiltInRoles.DistrictStaff, "雁塔区科技局"),
        new("demo.beilin", "演示·碑林区科技局", BuiltInRoles.DistrictStaff, "碑林区科技局"),
    ];

    private static readonly (string Name, UnitKind Kind, string? Code)[] Units =
    [
        ("综合规划处", UnitKind.Division, null),
        ("高新技术处", UnitKind.Division, null),
        ("成果转化处", UnitKind.Division, null),
        ("雁塔区科技局", UnitKind.DistrictBureau, "610113"),
        ("碑林区科技局", UnitKind.DistrictBureau, "610103"),
        ("西安高新区创新发展局", UnitKind.DevelopmentZone, null),
    ];

    public static bool IsDemoAccount(string? userName) => Accounts.Any(a => a.UserName == userName);

    public async Task SeedAsync(string contentRoot, CancellationToken cancellationToken)
    {
        // The host has already run it at start-up; a seeder run on its own (tests, the CLI) needs the roles and root unit too.
        await bootstrap.EnsureAsync(cancellationToken);
        var root = await db.Set<Unit>().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstAsync(cancellationToken);
        var units = await db.Set<Unit>().ToListAsync(cancellationToken);
        foreach (var (name, kind, code) in Units)
        {
            if (units.All(u => u.Name != name))
            {
                var unit = Unit.Create(root, kind, name, code);
                db.Set<Unit>().Add(unit);
                units.Add(unit);
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }
            var unit = units.First(u => u.Name == account.UnitName || (u.ParentId == null && account.UnitName == "西安市科学技术局"));
            var user = new KechuangUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                UnitId = unit.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, account.Role);
            await Passwords.RecordAsync(db, user, clock, mustChange: false, cancellationToken);
            if (BuiltInRoles.All.First(r => r.Name == account.Role).Duty != AdminDuty.None)
            {
                await users.ResetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
        }
    }
}
