using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Contracts.GetContract;

public sealed record ContractDetail(
    Guid Id,
    string RegistrationNumber,
    DateOnly RegisteredOn,
    string Registry,
    ContractType Type,
    string? Subtype,
    string? Title,
    string SellerName,
    string? SellerUscc,
    string SellerRegionCode,
    Guid? SellerEnterpriseId,
    string BuyerName,
    string? BuyerUscc,
    string BuyerRegionCode,
    Guid? BuyerEnterpriseId,
    long ContractAmountFen,
    long TechTransactionAmountFen,
    TechField? TechField,
    Guid? CreatedBatchId,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    int Version);

/// <summary>One contract the user may see; any other id is "not found", whether it exists or not.</summary>
public sealed class GetContract(KechuangDbContext db)
{
    public async Task<Result<ContractDetail>> ExecuteAsync(DataScope scope, Guid id, CancellationToken cancellationToken)
    {
        var detail = await db.TechContracts().AsNoTracking().WhereVisibleTo(scope).Where(c => c.Id == id)
            .Select(c => new ContractDetail(c.Id, c.RegistrationNumber, c.RegisteredOn, c.Registry, c.Type, c.Subtype, c.Title,
                c.SellerName, c.SellerUscc, c.SellerRegionCode, c.SellerEnterpriseId, c.BuyerName, c.BuyerUscc, c.BuyerRegionCode,
                c.BuyerEnterpriseId, c.ContractAmountFen, c.TechTransactionAmountFen, c.TechField, c.CreatedBatchId, c.CreatedAtUtc,
                c.UpdatedAtUtc, c.Version))
            .SingleOrDefaultAsync(cancellationToken);
        return detail is null ? Error.NotFound("contract-not-found", "未找到该技术合同，可能已被删除或不在您的数据范围内。") : detail;
    }
}
