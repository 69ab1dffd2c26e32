using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.ListHighTechCertificates;

/// <summary>A certificate's state on a chosen day.</summary>
public enum CertificateStatus
{
    Valid,
    Expired,
    Revoked,
    NotYetValid,
}

/// <summary>Filters of the certificate list; <see cref="On"/> is the day the status is judged on (default today).</summary>
public sealed record HighTechCertificateQuery(
    string? Region = null,
    DateOnly? On = null,
    CertificateStatus? Status = null,
    int? IssueYear = null,
    int? ExpiringWithinMonths = null,
    string? Search = null)
{
    /// <summary>The query from an endpoint's query string: status as 有效/已过期/已撤销/未生效 or its identifier.</summary>
    public static Result<HighTechCertificateQuery> Parse(string? region, string? on, string? status, int? issueYear,
        int? expiringWithinMonths, string? search)
    {
        var day = QualificationFiles.ParseDay(on, "日期");
        if (!day.IsSuccess)
        {
            return day.Error;
        }
        CertificateStatus? parsed = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            parsed = RegistryLabels.Parse(ListHighTechCertificates.StatusLabels, status.Trim());
            if (parsed is null)
            {
                return Error.Validation("registry.bad-status", $"状态“{status}”不是可选值，应为：{RegistryLabels.Choices(ListHighTechCertificates.StatusLabels)}。");
            }
        }
        return new HighTechCertificateQuery(Blank(region), day.Value, parsed, issueYear, expiringWithinMonths, Blank(search));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record HighTechCertificateRow(
    Guid Id,
    string CertificateNumber,
    Guid EnterpriseId,
    string EnterpriseName,
    string Uscc,
    string? RegionCode,
    string RegionName,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    DateOnly LastValidDay,
    DateOnly? RevokedOn,
    string? RevocationReason,
    CertificateStatus Status,
    string StatusLabel,
    int Version);

/// <summary>A page of certificates, the day their status is judged on, and the enterprises with a valid certificate
/// that day in the same region and scope (the figure <see cref="QualificationStock"/> gives the cockpit).</summary>
public sealed record HighTechCertificatePage(Page<HighTechCertificateRow> Rows, DateOnly On, int ValidEnterprises);

/// <summary>高新技术企业证书 list: server-side filters and paging within the user's data scope.</summary>
public sealed class ListHighTechCertificates(KechuangDbContext db, QualificationStock stock, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<CertificateStatus, string> StatusLabels = new Dictionary<CertificateStatus, string>
    {
        [CertificateStatus.Valid] = "有效",
        [CertificateStatus.Expired] = "已过期",
        [CertificateStatus.Revoked] = "已撤销",
        [CertificateStatus.NotYetValid] = "未生效",
    };

    public async Task<HighTechCertificatePage> ExecuteAsync(CurrentUser user, HighTechCertificateQuery query, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var on = query.On ?? QualificationFiles.Today(clock);
        var rows = await Sorted(Filtered(db, user.Scope, query, on), page).ToPageAsync(page, cancellationToken);
        var valid = await stock.ValidHighTechCount(query.Region, on, user.Scope, cancellationToken);
        var items = rows.Items.Select(r => ToRow(r, on)).ToList();
        return new HighTechCertificatePage(new Page<HighTechCertificateRow>(items, rows.Total, rows.TotalIsCapped, rows.PageNumber, rows.PageSize),
            on, valid);
    }

    /// <summary>Member-initialised (not a positional record) so EF can filter and sort on it after the join.</summary>
    internal sealed class Joined
    {
        public required HighTechCertificate Certificate { get; init; }
        public required string EnterpriseName { get; init; }
        public required string Uscc { get; init; }
    }

    internal static IQueryable<Joined> Filtered(KechuangDbContext db, DataScope scope, HighTechCertificateQuery query, DateOnly on)
    {
        var certificates = QualificationStock.InRegion(db.HighTechCertificates().AsNoTracking().WhereVisibleTo(scope), query.Region);
        certificates = query.Status switch
        {
            CertificateStatus.Valid => certificates.Where(QualificationStock.ValidOn(on)),
            CertificateStatus.Revoked => certificates.Where(c => c.RevokedOn != null && c.RevokedOn <= on),
            CertificateStatus.Expired => certificates.Where(c => (c.RevokedOn == null || c.RevokedOn > on) && c.ValidUntil <= on),
            CertificateStatus.NotYetValid => certificates.Where(c => (c.RevokedOn == null || c.RevokedOn > on) && c.IssuedOn > on),
            _ => certificates,
        };
        if (query.IssueYear is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var next = first.AddYears(1);
            certificates = certificates.Where(c => c.IssuedOn >= first && c.IssuedOn < next);
        }
        if (query.ExpiringWithinMonths is { } months)
        {
            var until = on.AddMonths(Math.Clamp(months, 0, 36));
            certificates = certificates.Where(QualificationStock.ValidOn(on)).Where(c => c.ValidUntil <= until);
        }
        var joined = certificates.Join(db.Enterprises().AsNoTracking(), c => c.EnterpriseId, e => e.Id,
            (c, e) => new Joined { Certificate = c, EnterpriseName = e.Name, Uscc = e.Uscc });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            var upper = text.ToUpperInvariant();
            joined = joined.Where(j => j.EnterpriseName.Contains(text) || j.Uscc == upper || j.Certificate.CertificateNumber.Contains(upper));
        }
        return joined;
    }

    internal static IQueryable<Joined> Sorted(IQueryable<Joined> rows, PageRequest page) => (page.Sort, page.Descending) switch
    {
        ("number", false) => rows.OrderBy(j => j.Certificate.CertificateNumber),
        ("number", true) => rows.OrderByDescending(j => j.Certificate.CertificateNumber),
        ("validUntil", false) => rows.OrderBy(j => j.Certificate.ValidUntil).ThenBy(j => j.Certificate.CertificateNumber),
        ("validUntil", true) => rows.OrderByDescending(j => j.Certificate.ValidUntil).ThenBy(j => j.Certificate.CertificateNumber),
        ("enterprise", false) => rows.OrderBy(j => j.EnterpriseName).ThenBy(j => j.Certificate.CertificateNumber),
        ("enterprise", true) => rows.OrderByDescending(j => j.EnterpriseName).ThenBy(j => j.Certificate.CertificateNumber),
        ("issued", false) => rows.OrderBy(j => j.Certificate.IssuedOn).ThenBy(j => j.Certificate.CertificateNumber),
        _ => rows.OrderByDescending(j => j.Certificate.IssuedOn).ThenBy(j => j.Certificate.CertificateNumber),
    };

    public static CertificateStatus StatusOn(HighTechCertificate certificate, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.RevokedOn is { } revoked && revoked <= on ? CertificateStatus.Revoked
            : on < certificate.IssuedOn ? CertificateStatus.NotYetValid
            : on >= certificate.ValidUntil ? CertificateStatus.Expired
            : CertificateStatus.Valid;
    }

    private static HighTechCertificateRow ToRow(Joined row, DateOnly on)
    {
        var c = row.Certificate;
        var status = StatusOn(c, on);
        return new HighTechCertificateRow(c.Id, c.CertificateNumber, c.EnterpriseId, row.EnterpriseName, row.Uscc, c.RegionCode,
            QualificationFiles.RegionName(c.RegionCode), c.IssuedOn, c.ValidUntil, c.ValidUntil.AddDays(-1), c.RevokedOn,
            c.RevocationReason, status, StatusLabels[status], c.Version);
    }
}
