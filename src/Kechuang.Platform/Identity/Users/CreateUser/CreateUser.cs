using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Account;
using Kechuang.Platform.Identity.Units;
using Kechuang.Platform.Results;
using Kechuang.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users.CreateUser;

public sealed record CreateUserCommand(
    string UserName,
    string DisplayName,
    Guid UnitId,
    IReadOnlyList<Guid>? RoleIds = null,
    string? IdCardNumber = null,
    string? MobilePhone = null);

/// <summary>The new account and its initial password, shown once and never stored in clear.</summary>
public sealed record CreatedUser(Guid Id, string UserName, string InitialPassword);

/// <summary>Opens an account in a visible unit with a random initial password that must be changed at first sign-in.</summary>
public sealed class CreateUser(KechuangDbContext db, KechuangUserManager users, PersonalData personalData, AccessSnapshots snapshots, TimeProvider clock)
{
    public async Task<Result<CreatedUser>> ExecuteAsync(CurrentUser actor, CreateUserCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.UserName))
        {
            return Error.Validation("user-name-required", "请填写用户名。");
        }
        if (UserRules.CheckDisplayName(command.DisplayName) is { } nameError)
        {
            return nameError;
        }
        var unit = await db.FindVisibleAsync(command.UnitId, actor.Scope, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit-not-found", "未找到所选单位，或不在您的管理范围内。");
        }
        if (!unit.IsActive)
        {
            return Error.Validation("unit-inactive", $"单位“{unit.Name}”已停用，不能再添加账号。");
        }
        var roleIds = (command.RoleIds ?? []).Distinct().ToList();
        var roles = await db.Set<KechuangRole>().Where(r => roleIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (roles.Count != roleIds.Count)
        {
            return Error.NotFound("role-not-found", "所选角色不存在，请刷新后重试。");
        }
        if ((RoleRules.CheckAssignment(roles) ?? UserRules.CheckGrant(actor, roles)) is { } roleError)
        {
            return roleError;
        }
        var idCard = UserRules.Personal(personalData, command.IdCardNumber, idCard: true);
        if (!idCard.IsSuccess)
        {
            return idCard.Error;
        }
        var mobile = UserRules.Personal(personalData, command.MobilePhone, idCard: false);
        if (!mobile.IsSuccess)
        {
            return mobile.Error;
        }

        var user = new KechuangUser
        {
            Id = Guid.CreateVersion7(),
            UserName = command.UserName.Trim(),
            DisplayName = command.DisplayName.Trim(),
            UnitId = unit.Id,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
            IdCardNumber = idCard.Value.Stored,
            MobilePhone = mobile.Value.Stored,
        };
        var password = IdentityBootstrap.RandomPassword();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Error.Validation("user-rejected", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        if (roles.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, roles.Select(r => r.Name!));
            if (!added.Succeeded)
            {
                return Error.Validation("user-roles-rejected", string.Join(" ", added.Errors.Select(e => e.Description)));
            }
        }
        await Passwords.RecordAsync(db, user, clock, mustChange: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        snapshots.Invalidate(user.Id);
        return new CreatedUser(user.Id, user.UserName, password);
    }
}
