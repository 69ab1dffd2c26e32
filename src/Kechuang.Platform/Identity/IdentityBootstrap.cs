using System.Security.Cryptography;
using Kechuang.Platform.Access;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kechuang.Platform.Identity;

/// <summary>
/// At every start: the built-in roles with their default permissions. On the very first start (no account yet): the
/// root unit and one system administrator whose random password is printed once to the console and must be changed
/// at first sign-in. Never creates anything else; demo accounts come from <see cref="DemoAccountsSeeder"/>.
/// </summary>
public sealed class IdentityBootstrap(
    KechuangDbContext db,
    KechuangUserManager users,
    PermissionCatalog catalog,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<IdentityBootstrap> logger)
{
    public const string FirstAdministratorUserName = "sysadmin";

    /// <summary>Returns the first administrator's password when this call created the account, else null.</summary>
    public async Task<string?> EnsureAsync(CancellationToken cancellationToken)
    {
        await EnsureRolesAsync(cancellationToken);
        if (await db.Set<KechuangUser>().AnyAsync(cancellationToken))
        {
            return null;
        }
        var root = await db.Set<Unit>().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            root = Unit.Create(null, UnitKind.Bureau,
                configuration["Organisation:Name"] is { Length: > 0 } name ? name : "科学技术局",
                configuration["Organisation:RegionCode"]);
            db.Set<Unit>().Add(root);
            await db.SaveChangesAsync(cancellationToken);
        }
        var password = RandomPassword();
        var admin = new KechuangUser
        {
            UserName = FirstAdministratorUserName,
            DisplayName = "系统管理员",
            UnitId = root.Id,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first administrator: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(admin, BuiltInRoles.SystemAdministrator);
        await Passwords.RecordAsync(db, admin, clock, mustChange: true, cancellationToken);
        logger.LogWarning("Created the first system administrator account {UserName}", FirstAdministratorUserName);
        return password;
    }

    private async Task EnsureRolesAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Set<KechuangRole>().Include(r => r.Permissions).ToListAsync(cancellationToken);
        foreach (var builtIn in BuiltInRoles.All)
        {
            var role = roles.FirstOrDefault(r => r.Name == builtIn.Name);
            if (role is null)
            {
                role = new KechuangRole
                {
                    Id = Guid.CreateVersion7(),
                    Name = builtIn.Name,
                    NormalizedName = builtIn.Name.ToUpperInvariant(),
                    DisplayName = builtIn.DisplayName,
                    Duty = builtIn.Duty,
                    Scope = builtIn.Scope,
                    IsBuiltIn = true,
                    ConcurrencyStamp = Guid.NewGuid().ToString(),
                };
                db.Set<KechuangRole>().Add(role);
            }
            foreach (var permission in catalog.All.Where(p => p.DefaultRoles?.Contains(builtIn.Name) == true))
            {
                if (role.Permissions.All(p => p.Permission != permission.Name))
                {
                    role.Permissions.Add(new RolePermission { RoleId = role.Id, Permission = permission.Name });
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>16 characters from all four classes, without look-alikes.</summary>
    public static string RandomPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "#%+=@!";
        string[] classes = [upper, lower, digits, symbols];
        var all = string.Concat(classes);
        var chars = classes.Select(c => c[RandomNumberGenerator.GetInt32(c.Length)])
            .Concat(Enumerable.Range(0, 12).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)]))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
