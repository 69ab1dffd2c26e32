namespace Kechuang.Platform.Access;

/// <summary>A permission a module declares, with the Chinese name shown in the role matrix.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string Module);

/// <summary>All permissions declared by the modules of this process.</summary>
public sealed class PermissionCatalog(IEnumerable<PermissionDefinition> definitions)
{
    public IReadOnlyList<PermissionDefinition> All { get; } = definitions
        .DistinctBy(d => d.Name)
        .OrderBy(d => d.Name, StringComparer.Ordinal)
        .ToList();
}

public static class PlatformPermissions
{
    public const string ApiDocs = "Platform.ApiDocs";

    public static readonly PermissionDefinition[] All =
    [
        new(ApiDocs, "查看接口文档", "平台"),
    ];
}
