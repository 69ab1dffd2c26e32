using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.GetEnterprise;

public sealed record EnterpriseDetail(
    Guid Id,
    int Version,
    string Uscc,
    string Name,
    string? RegionCode,
    string RegionName,
    string? ZoneCode,
    string? ZoneName,
    string? IndustryCode,
    TechField? TechField,
    string FieldLabel,
    DateOnly? FoundedOn,
    TaxAssessmentMode? TaxMode,
    string TaxModeLabel,
    bool AboveDesignatedSize,
    ListingStatus Listing,
    string ListingLabel,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    IReadOnlyList<EnterpriseYearRow> Years,
    IReadOnlyList<HighTechCertificateRow> HighTechCertificates,
    IReadOnlyList<TechSmeRow> TechSmeRegistrations,
    IReadOnlyList<GrowthRow> GrowthRecognitions,
    IReadOnlyList<PoolRow> PoolMemberships,
    EnterpriseContracts Contracts,
    IReadOnlyList<LoanRow> Loans,
    IReadOnlyList<InvestmentRow> Investments,
    IReadOnlyList<HostedPlatformRow> Platforms)
{
    /// <summary>The master record as the import and the edit form spell it.</summary>
    public EnterpriseValues ToValues() =>
        new(Uscc, Name, RegionCode ?? "", ZoneCode, IndustryCode, TechField, FoundedOn, TaxMode, AboveDesignatedSize, Listing);
}

/// <summary>One year's figures; money in fen.</summary>
public sealed record EnterpriseYearRow(
    int Year, int? Staff, int? TechStaff, long? SalesRevenueFen, long? TotalRevenueFen, long? TotalCostsFen, long? RdExpenseFen,
    long? DomesticRdExpenseFen, long? HighTechRevenueFen, long? TotalAssetsFen, long? NetAssetsFen, int? IpClassOne, int? IpClassTwo);

public sealed record HighTechCertificateRow(string CertificateNumber, DateOnly IssuedOn, DateOnly ValidUntil, DateOnly? RevokedOn,
    string? RevocationReason, bool ValidToday, string Status);

public sealed record TechSmeRow(string RegistrationNumber, int Year, DateOnly? RegisteredOn, DateOnly? RevokedOn, string? RevocationReason);

public sealed record GrowthRow(GrowthKind Kind, string KindLabel, int Year, string LevelLabel);

public sealed record PoolRow(DateOnly EnteredOn, string? EntryReason, DateOnly? LeftOn, string? LeaveReason, bool MemberToday);

public sealed record ContractRow(Guid Id, string RegistrationNumber, DateOnly RegisteredOn, string TypeLabel, string? Title,
    string Role, string Counterparty, long ContractAmountFen, long TechTransactionAmountFen);

/// <summary>The latest <see cref="GetEnterprise.LatestContracts"/> contracts and the totals over all of them.</summary>
public sealed record EnterpriseContracts(IReadOnlyList<ContractRow> Latest, int Count, long ContractAmountFen, long TechTransactionAmountFen);

public sealed record LoanRow(string Bank, string LoanNumber, string? Product, long AmountFen, DateOnly LoanedOn, int? TermMonths);

public sealed record InvestmentRow(string FundName, long AmountFen, DateOnly InvestedOn);

public sealed record HostedPlatformRow(Guid Id, string Name, string KindLabel, string LevelLabel, DateOnly RecognizedOn, string StatusLabel);

/// <summary>
/// 企业详情: the master record and everything hanging off it — yearly figures, qualifications, contracts, loans,
/// investments and hosted platforms. An enterprise outside the caller's scope is not found (never "forbidden").
/// </summary>
public sealed class GetEnterprise(KechuangDbContext db, TimeProvider clock)
{
    public const int LatestContracts = 50;

    public async Task<Result<EnterpriseDetail>> ExecuteAsync(Guid id, DataScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var e = await db.Enterprises().AsNoTracking().WhereVisibleTo(scope).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return Error.NotFound("enterprise-not-found", "未找到该企业，可能已被删除或不在您的数据范围内。");
        }
        var today = EnterpriseQueries.Today(clock);

        var years = await db.EnterpriseYears().AsNoTracking().WhereVisibleTo(scope).Where(y => y.EnterpriseId == id)
            .OrderByDescending(y => y.Year)
            .Select(y => new EnterpriseYearRow(y.Year, y.Staff, y.TechStaff, y.SalesRevenueFen, y.TotalRevenueFen, y.TotalCostsFen,
                y.RdExpenseFen, y.DomesticRdExpenseFen, y.HighTechRevenueFen, y.TotalAssetsFen, y.NetAssetsFen, y.IpClassOne, y.IpClassTwo))
            .ToListAsync(cancellationToken);
        var certificates = (await db.HighTechCertificates().AsNoTracking().WhereVisibleTo(scope).Where(c => c.EnterpriseId == id)
                .OrderByDescending(c => c.IssuedOn).ToListAsync(cancellationToken))
            .Select(c => new HighTechCertificateRow(c.CertificateNumber, c.IssuedOn, c.ValidUntil, c.RevokedOn, c.RevocationReason,
                c.IsValidOn(today), CertificateStatus(c, today)))
            .ToList();
        var techSme = await db.TechSmeRegistrations().AsNoTracking().WhereVisibleTo(scope).Where(r => r.EnterpriseId == id)
            .OrderByDescending(r => r.Year)
            .Select(r => new TechSmeRow(r.RegistrationNumber, r.Year, r.RegisteredOn, r.RevokedOn, r.RevocationReason))
            .ToListAsync(cancellationToken);
        var growth = (await db.GrowthRecognitions().AsNoTracking().WhereVisibleTo(scope).Where(r => r.EnterpriseId == id)
                .OrderByDescending(r => r.Year).ToListAsync(cancellationToken))
            .Select(r => new GrowthRow(r.Kind, RegistryLabels.Label(RegistryLabels.GrowthKinds, r.Kind), r.Year,
                RegistryLabels.Label(RegistryLabels.Levels, r.Level)))
            .ToList();
        var pool = (await db.PoolMemberships().AsNoTracking().WhereVisibleTo(scope).Where(m => m.EnterpriseId == id)
                .OrderByDescending(m => m.EnteredOn).ToListAsync(cancellationToken))
            .Select(m => new PoolRow(m.EnteredOn, m.EntryReason, m.LeftOn, m.LeaveReason, m.IsMemberOn(today)))
            .ToList();

        var uscc = e.Uscc;
        var contracts = db.TechContracts().AsNoTracking().WhereVisibleTo(scope)
            .Where(c => c.SellerEnterpriseId == id || c.BuyerEnterpriseId == id || c.SellerUscc == uscc || c.BuyerUscc == uscc);
        var latest = (await contracts.OrderByDescending(c => c.RegisteredOn).ThenBy(c => c.RegistrationNumber).Take(LatestContracts)
                .ToListAsync(cancellationToken))
            .Select(c =>
            {
                var selling = c.SellerEnterpriseId == id || c.SellerUscc == uscc;
                return new ContractRow(c.Id, c.RegistrationNumber, c.RegisteredOn, RegistryLabels.Label(RegistryLabels.ContractTypes, c.Type),
                    c.Title, selling ? "卖方" : "买方", selling ? c.BuyerName : c.SellerName, c.ContractAmountFen, c.TechTransactionAmountFen);
            })
            .ToList();
        var totals = await contracts.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Amount = g.Sum(c => c.ContractAmountFen), Tech = g.Sum(c => c.TechTransactionAmountFen) })
            .SingleOrDefaultAsync(cancellationToken);

        var loans = await db.TechLoans().AsNoTracking().WhereVisibleTo(scope)
            .Where(l => l.EnterpriseId == id || l.BorrowerUscc == uscc)
            .OrderByDescending(l => l.LoanedOn)
            .Select(l => new LoanRow(l.Bank, l.LoanNumber, l.Product, l.AmountFen, l.LoanedOn, l.TermMonths))
            .ToListAsync(cancellationToken);
        var investments = await db.FundInvestments().AsNoTracking().WhereVisibleTo(scope)
            .Where(i => i.EnterpriseId == id || i.InvesteeUscc == uscc)
            .Join(db.SubFunds().AsNoTracking(), i => i.FundId, f => f.Id, (i, f) => new { i.InvestedOn, i.AmountFen, f.Name })
            .OrderByDescending(x => x.InvestedOn)
            .Select(x => new InvestmentRow(x.Name, x.AmountFen, x.InvestedOn))
            .ToListAsync(cancellationToken);
        var platforms = (await db.Platforms().AsNoTracking().WhereVisibleTo(scope).Where(p => p.HostUscc == uscc)
                .OrderBy(p => p.Name).ToListAsync(cancellationToken))
            .Select(p => new HostedPlatformRow(p.Id, p.Name, RegistryLabels.Label(RegistryLabels.PlatformKinds, p.Kind),
                RegistryLabels.Label(RegistryLabels.Levels, p.Level), p.RecognizedOn, RegistryLabels.Label(RegistryLabels.PlatformStatuses, p.Status)))
            .ToList();

        return new EnterpriseDetail(
            e.Id, e.Version, e.Uscc, e.Name, e.RegionCode,
            e.RegionCode is null ? "" : RegionCatalog.NameOf(e.RegionCode) ?? e.RegionCode,
            e.ZoneCode, DevelopmentZones.NameOf(e.ZoneCode), e.IndustryCode, e.TechField,
            RegistryLabels.Label(RegistryLabels.TechFields, e.TechField), e.FoundedOn,
            e.TaxMode, RegistryLabels.Label(RegistryLabels.TaxModes, e.TaxMode), e.AboveDesignatedSize,
            e.Listing, RegistryLabels.Label(RegistryLabels.Listings, e.Listing), e.CreatedAtUtc, e.UpdatedAtUtc,
            years, certificates, techSme, growth, pool,
            new EnterpriseContracts(latest, totals?.Count ?? 0, totals?.Amount ?? 0, totals?.Tech ?? 0),
            loans, investments, platforms);
    }

    private static string CertificateStatus(HighTechCertificate c, DateOnly today) =>
        c.RevokedOn is { } revoked && revoked <= today ? "已撤销"
        : c.IsValidOn(today) ? "有效"
        : c.IssuedOn > today ? "未生效"
        : "已过期";
}
