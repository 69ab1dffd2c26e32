using System.Reflection;

namespace Kechuang.Web.Hosting;

/// <summary>Assemblies that carry routable pages besides the host itself.</summary>
public static class ModuleAssemblies
{
    public static readonly Assembly[] Pages =
    [
        typeof(Kechuang.Platform.Identity.IdentityModule).Assembly,
        typeof(Kechuang.Modules.WorkPlans.WorkPlansModule).Assembly,
        typeof(Kechuang.Modules.Registry.RegistryModule).Assembly,
    ];
}
