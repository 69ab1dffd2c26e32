using Kechuang.Platform.Audit;
using Kechuang.Platform.Identity;

namespace Kechuang.Platform.Database;

/// <summary>The platform's own tables (identity and audit), present in every process and every migration.</summary>
public static class PlatformModels
{
    public static IReadOnlyList<IModuleModel> All { get; } = [new IdentityModel(), new AuditModel()];
}
