using System.Linq.Expressions;

namespace Kechuang.Platform.Identity;

/// <summary>A record that belongs to a unit, may lie in a region and was created by someone: what scopes filter on.</summary>
public interface IScopedRecord
{
    /// <summary>The owning unit's materialised path (<see cref="Unit.Path"/>).</summary>
    string OwnerUnitPath { get; }

    Guid OwnerUnitId { get; }

    /// <summary>GB/T 2260 code of where the record lies (an enterprise's district), if it has one.</summary>
    string? RegionCode { get; }

    Guid CreatedByUserId { get; }
}

/// <summary>One role's grant: the kind of scope plus what it is relative to.</summary>
public sealed record ScopeGrant(DataScopeKind Kind, IReadOnlyList<string> Regions);

/// <summary>
/// What the current user may see: the union of the grants of all their roles, relative to their own unit and id.
/// Queries apply it visibly with <see cref="DataScopeQueries.WhereVisibleTo{T}"/>, never through a hidden filter.
/// </summary>
public sealed record DataScope(Guid UserId, Guid UnitId, string UnitPath, IReadOnlyList<ScopeGrant> Grants)
{
    /// <summary>Sees nothing: the default for an unknown or anonymous caller.</summary>
    public static DataScope None { get; } = new(Guid.Empty, Guid.Empty, "/", []);

    public bool SeesEverything => Grants.Any(g => g.Kind == DataScopeKind.All);
}

public static class DataScopeQueries
{
    /// <summary>Keeps the records the scope may see; a scope with no grant sees nothing.</summary>
    public static IQueryable<T> WhereVisibleTo<T>(this IQueryable<T> query, DataScope scope)
        where T : IScopedRecord
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.SeesEverything)
        {
            return query;
        }
        var record = Expression.Parameter(typeof(T), "record");
        Expression? any = null;
        foreach (var grant in scope.Grants)
        {
            Expression<Func<T, bool>>? condition = grant.Kind switch
            {
                DataScopeKind.OwnUnitAndBelow => r => r.OwnerUnitPath.StartsWith(scope.UnitPath),
                DataScopeKind.OwnUnit => r => r.OwnerUnitId == scope.UnitId,
                DataScopeKind.OwnRecords => r => r.CreatedByUserId == scope.UserId,
                DataScopeKind.Regions when grant.Regions.Count > 0 => RegionCondition<T>(grant.Regions),
                _ => null,
            };
            if (condition is null)
            {
                continue;
            }
            var body = new ReplaceParameter(condition.Parameters[0], record).Visit(condition.Body);
            any = any is null ? body : Expression.OrElse(any, body);
        }
        return any is null
            ? query.Where(_ => false)
            : query.Where(Expression.Lambda<Func<T, bool>>(any, record));
    }

    /// <summary>A region grant covers the region and everything below it (610100 covers 610113): codes are
    /// compared by their significant prefix (province 2 digits, city 4, district 6).</summary>
    private static Expression<Func<T, bool>> RegionCondition<T>(IReadOnlyList<string> regions)
        where T : IScopedRecord
    {
        var prefixes = regions.Select(SignificantPrefix).Distinct().ToList();
        return r => r.RegionCode != null && prefixes.Any(p => r.RegionCode.StartsWith(p));
    }

    public static string SignificantPrefix(string regionCode) =>
        regionCode.EndsWith("0000", StringComparison.Ordinal) ? regionCode[..2]
        : regionCode.EndsWith("00", StringComparison.Ordinal) ? regionCode[..4]
        : regionCode;

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
