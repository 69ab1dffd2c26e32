using Kechuang.Modules.Registry.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Talents.ListTalents;

public sealed record TalentFilter(TalentKind? Kind = null, string? Region = null, int? Year = null)
{
    public static Result<TalentFilter> Parse(string? kind, string? region, int? year)
    {
        var k = ListingHelpers.Choice(RegistryLabels.TalentKinds, kind, "人才类别");
        if ((k.Error ?? ListingHelpers.ValidateRegion(region) ?? ListingHelpers.ValidateYear(year)) is { } error)
        {
            return error;
        }
        return new TalentFilter(k.Value, string.IsNullOrEmpty(region) ? null : region, year);
    }

    internal IQueryable<Talent> Apply(IQueryable<Talent> talents)
    {
        if (Kind is { } kind)
        {
            talents = talents.Where(t => t.Kind == kind);
        }
        if (Year is { } year)
        {
            if (ListingHelpers.YearRange(year) is not { } range)
            {
                return talents.Where(_ => false);
            }
            var (from, to) = range;
            talents = talents.Where(t => t.EffectiveOn >= from && t.EffectiveOn < to);
        }
        return talents.WithinRegion(Region);
    }
}

/// <summary>A talent as lists show it: the identifier only masked.</summary>
public sealed record TalentRow(
    Guid Id,
    string Kind,
    string Name,
    string IdentityMasked,
    string? Employer,
    string? RegionCode,
    string RegionName,
    DateOnly EffectiveOn,
    string? Programme,
    string? CertificateNumber,
    string? ServedVillages,
    string? Country);

/// <summary>科技人才 list: filtered by kind, region subtree and year of 认定/引进/派驻, paged on the server.</summary>
public sealed class ListTalents(KechuangDbContext db)
{
    public async Task<Page<TalentRow>> ExecuteAsync(CurrentUser user, TalentFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var talents = filter.Apply(db.Talents().AsNoTracking().WhereVisibleTo(user.Scope));
        var ordered = (page.Sort, page.Descending) switch
        {
            ("name", false) => talents.OrderBy(t => t.Name).ThenBy(t => t.Id),
            ("name", true) => talents.OrderByDescending(t => t.Name).ThenBy(t => t.Id),
            ("effectiveOn", false) => talents.OrderBy(t => t.EffectiveOn).ThenBy(t => t.Id),
            _ => talents.OrderByDescending(t => t.EffectiveOn).ThenBy(t => t.Id),
        };
        var found = await ordered.Select(t => new
            {
                t.Id, t.Kind, t.Name, t.IdentityMasked, t.Employer, t.RegionCode, t.EffectiveOn, t.Programme, t.CertificateNumber,
                t.ServedVillages, t.Country,
            })
            .ToPageAsync(page, cancellationToken);
        return new Page<TalentRow>(
            found.Items.Select(t => new TalentRow(t.Id, RegistryLabels.TalentKinds[t.Kind], t.Name, t.IdentityMasked, t.Employer,
                t.RegionCode, ListingHelpers.RegionName(t.RegionCode), t.EffectiveOn, t.Programme, t.CertificateNumber, t.ServedVillages,
                t.Country)).ToList(),
            found.Total, found.TotalIsCapped, found.PageNumber, found.PageSize);
    }
}
