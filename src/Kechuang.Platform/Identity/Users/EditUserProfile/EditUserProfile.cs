using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity.Users.EditUserProfile;

/// <summary>
/// Only what the profile form offers: unit, roles and state have their own use cases, so extra JSON members
/// (<c>unitId</c>, <c>roles</c>, <c>isDisabled</c> …) bind to nothing. Personal fields: null keeps, empty clears.
/// </summary>
public sealed record UserProfileEdit(string DisplayName, string? IdCardNumber = null, string? MobilePhone = null);

/// <summary>Changes an account's name and personal fields.</summary>
public sealed class EditUserProfile(KechuangDbContext db, PersonalData personalData, AccessSnapshots snapshots)
{
    public async Task<Result<bool>> ExecuteAsync(CurrentUser actor, Guid userId, UserProfileEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(edit);
        var user = await db.FindVisibleUserAsync(userId, actor.Scope, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }
        if (UserRules.CheckDisplayName(edit.DisplayName) is { } nameError)
        {
            return nameError;
        }
        var idCard = UserRules.Personal(personalData, edit.IdCardNumber, idCard: true);
        if (!idCard.IsSuccess)
        {
            return idCard.Error;
        }
        var mobile = UserRules.Personal(personalData, edit.MobilePhone, idCard: false);
        if (!mobile.IsSuccess)
        {
            return mobile.Error;
        }
        user.DisplayName = edit.DisplayName.Trim();
        if (idCard.Value.Change)
        {
            user.IdCardNumber = idCard.Value.Stored;
        }
        if (mobile.Value.Change)
        {
            user.MobilePhone = mobile.Value.Stored;
        }
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return UserErrors.Stale;
        }
        snapshots.Invalidate(user.Id);
        return true;
    }
}
