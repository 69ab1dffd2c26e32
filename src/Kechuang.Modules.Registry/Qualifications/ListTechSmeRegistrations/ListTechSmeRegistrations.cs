using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;

namespace Kechuang.Modules.Registry.Qualifications.ListTechSmeRegistrations;

/// <summary>Filters of the 科小 list; <see cref="Revoked"/> true keeps only revoked registrations, false only standing ones.</summary>
public sealed record TechSmeRegistrationQuery(string? Region = null, int? Year = null, bool? Revoked = null, string? Search = null);

public sealed record TechSmeRegistrationRow(
    Guid Id,
    string RegistrationNumber,
    Guid EnterpriseId,
    string EnterpriseName,
    string Uscc,
    string? RegionCode,
    string RegionName,
    int Year,
    DateOnly? RegisteredOn,
    DateOnly? RevokedOn,
    string? RevocationReason,
    int Version);

/// <summary>科技型中小企业入库登记 list: server-side filters and paging within the user's data scope.</summary>
public sealed class ListTechSmeRegistrations(KechuangDbContext db)
{
    public async Task<Page<TechSmeRegistrationRow>> ExecuteAsync(CurrentUser user, TechSmeRegistrationQuery query, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(page);
        var rows = await Sorted(Filtered(db, user.Scope, query), page)
            .Select(j => new TechSmeRegistrationRow(j.Record.Id, j.Record.RegistrationNumber, j.Record.EnterpriseId, j.EnterpriseName,
                j.Uscc, j.Record.RegionCode, "", j.Record.Year, j.Record.RegisteredOn, j.Record.RevokedOn, j.Record.RevocationReason,
                j.Record.Version))
            .ToPageAsync(page, cancellationToken);
        return rows with { Items = rows.Items.Select(r => r with { RegionName = QualificationFiles.RegionName(r.RegionCode) }).ToList() };
    }

    internal static IQueryable<WithEnterprise<TechSmeRegistration>> Filtered(KechuangDbContext db, DataScope scope, TechSmeRegistrationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var joined = WithEnterpriseQueries.Joined(db, db.TechSmeRegistrations(), scope, r => r.EnterpriseId, query.Region, query.Search);
        if (query.Year is { } year)
        {
            joined = joined.Where(j => j.Record.Year == year);
        }
        joined = query.Revoked switch
        {
            true => joined.Where(j => j.Record.RevokedOn != null),
            false => joined.Where(j => j.Record.RevokedOn == null),
            _ => joined,
        };
        return joined;
    }

    internal static IQueryable<WithEnterprise<TechSmeRegistration>> Sorted(IQueryable<WithEnterprise<TechSmeRegistration>> rows, PageRequest page) =>
        (page.Sort, page.Descending) switch
        {
            ("enterprise", false) => rows.OrderBy(j => j.EnterpriseName).ThenBy(j => j.Record.RegistrationNumber),
            ("enterprise", true) => rows.OrderByDescending(j => j.EnterpriseName).ThenBy(j => j.Record.RegistrationNumber),
            ("number", true) => rows.OrderByDescending(j => j.Record.RegistrationNumber),
            ("number", false) => rows.OrderBy(j => j.Record.RegistrationNumber),
            ("year", false) => rows.OrderBy(j => j.Record.Year).ThenBy(j => j.Record.RegistrationNumber),
            _ => rows.OrderByDescending(j => j.Record.Year).ThenBy(j => j.Record.RegistrationNumber),
        };
}
