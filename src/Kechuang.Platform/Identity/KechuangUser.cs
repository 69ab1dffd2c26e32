using Microsoft.AspNetCore.Identity;

namespace Kechuang.Platform.Identity;

/// <summary>An account (ASP.NET Core Identity user) that belongs to one <see cref="Unit"/>.</summary>
public sealed class KechuangUser : IdentityUser<Guid>
{
    public Guid UnitId { get; set; }

    /// <summary>The person's name as shown in the UI (姓名).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Set at creation and after an administrator reset: the next sign-in must change the password.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime? PasswordChangedAtUtc { get; set; }

    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>居民身份证号: encrypted at rest with SM4, shown masked unless the viewer may see it.</summary>
    public string? IdCardNumber { get; set; }

    /// <summary>手机号: encrypted at rest with SM4, shown masked unless the viewer may see it.</summary>
    public string? MobilePhone { get; set; }
}
