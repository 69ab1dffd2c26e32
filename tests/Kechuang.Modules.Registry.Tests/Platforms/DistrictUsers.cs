using Kechuang.Platform.Identity;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Tests.Platforms;

/// <summary>
/// The city bureau with its 雁塔区 (610113) and 碑林区 (610103) district bureaus, and a user of each: the city user sees
/// everything, a district user "own unit and below", i.e. the records lying in that district.
/// </summary>
internal sealed record DistrictUsers(CurrentUser City, CurrentUser Yanta, CurrentUser Beilin)
{
    public static readonly string[] AllPermissions =
        [RegistryPermissions.View, RegistryPermissions.Edit, RegistryPermissions.Import, RegistryPermissions.Export];

    public static async Task<DistrictUsers> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewDbContext();
        var root = Unit.Create(null, UnitKind.Bureau, "西安市科学技术局", "610100");
        var yanta = Unit.Create(root, UnitKind.DistrictBureau, "雁塔区科学技术局", "610113");
        var beilin = Unit.Create(root, UnitKind.DistrictBureau, "碑林区科学技术局", "610103");
        db.Set<Unit>().AddRange(root, yanta, beilin);
        await db.SaveChangesAsync();
        return new DistrictUsers(
            User("city", root, DataScopeKind.All, AllPermissions),
            User("yanta", yanta, DataScopeKind.OwnUnitAndBelow, AllPermissions),
            User("beilin", beilin, DataScopeKind.OwnUnitAndBelow, AllPermissions));
    }

    public static CurrentUser User(string name, Unit unit, DataScopeKind scope, params string[] permissions)
    {
        var id = Guid.CreateVersion7();
        return new CurrentUser(id, name, "测试 " + name, unit.Id, unit.Path, permissions.ToHashSet(StringComparer.Ordinal),
            new DataScope(id, unit.Id, unit.Path, [new ScopeGrant(scope, [])]));
    }

    public CurrentUser CityWith(params string[] permissions) => City with { Permissions = permissions.ToHashSet(StringComparer.Ordinal) };
}

internal static class ScopedServices
{
    /// <summary>Runs a use case resolved from a fresh scope, as one request would.</summary>
    public static async Task<TResult> RunAsync<TUseCase, TResult>(this TestDatabase database, Func<TUseCase, Task<TResult>> action)
        where TUseCase : notnull
    {
        await using var scope = database.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    /// <summary>Writes an export to a temporary .xlsx file and returns its path (for re-importing it).</summary>
    public static string TempXlsx() => Path.Combine(Path.GetTempPath(), $"kechuang-export-{Guid.NewGuid():N}.xlsx");
}
