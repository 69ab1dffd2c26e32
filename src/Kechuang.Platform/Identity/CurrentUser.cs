using System.Security.Claims;

namespace Kechuang.Platform.Identity;

/// <summary>The signed-in user as use cases see it, read from the principal's claims.</summary>
public sealed record CurrentUser(
    Guid UserId,
    string UserName,
    string DisplayName,
    Guid UnitId,
    string UnitPath,
    IReadOnlySet<string> Permissions,
    DataScope Scope)
{
    public static CurrentUser Anonymous { get; } = new(Guid.Empty, "", "", Guid.Empty, "/", new HashSet<string>(), DataScope.None);

    /// <summary>
    /// The operator of the server's own shell (the CLI works on the database directly): sees all data, is no account,
    /// and is named in the audit trail by the CLI's actor source (cli:&lt;OS user&gt;).
    /// </summary>
    public static CurrentUser ServerConsole { get; } = new(Guid.Empty, "cli", "服务器命令行", Guid.Empty, "/", new HashSet<string>(),
        new DataScope(Guid.Empty, Guid.Empty, "/", [new ScopeGrant(DataScopeKind.All, [])]));

    public bool IsAuthenticated => UserId != Guid.Empty;

    public bool Has(string permission) => Permissions.Contains(permission);

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true ||
            !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return Anonymous;
        }
        _ = Guid.TryParse(principal.FindFirstValue(KechuangClaims.UnitId), out var unitId);
        var unitPath = principal.FindFirstValue(KechuangClaims.UnitPath) ?? "/";
        var grants = principal.FindAll(KechuangClaims.ScopeKind)
            .Select(c => Enum.TryParse<DataScopeKind>(c.Value, out var kind) ? kind : (DataScopeKind?)null)
            .Where(k => k is not null)
            .Select(k => new ScopeGrant(k!.Value, k == DataScopeKind.Regions
                ? principal.FindAll(KechuangClaims.ScopeRegions).Select(c => c.Value).ToList()
                : []))
            .ToList();
        return new CurrentUser(
            userId,
            principal.Identity.Name ?? "",
            principal.FindFirstValue(KechuangClaims.DisplayName) ?? principal.Identity.Name ?? "",
            unitId,
            unitPath,
            principal.FindAll(KechuangClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            new DataScope(userId, unitId, unitPath, grants));
    }
}
