using Kechuang.Modules.Registry.Contracts.ImportTechContracts;
using Kechuang.Modules.Registry.Contracts.ListContracts;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Contracts.ExportContracts;

/// <summary>
/// The filtered contracts as .xlsx in the import template's columns and value formats (amounts in 万元, dates
/// yyyy-MM-dd, region codes), so the file re-imports unchanged; region names follow in extra columns the import ignores.
/// </summary>
public sealed class ExportContracts(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> ExtraHeaders = ["卖方所在地名称", "买方所在地名称"];

    public async Task<Result<ExportedFile>> ExecuteAsync(DataScope scope, ContractFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var query = ListContracts.ListContracts.Filtered(db, scope, filter);
        var contracts = await query.OrderByDescending(c => c.RegisteredOn).ThenByDescending(c => c.Id)
            .Take(TableExport.MaxRows + 1).ToListAsync(cancellationToken);
        if (contracts.Count > TableExport.MaxRows)
        {
            return TableExport.TooMany(TableExport.MaxRows);
        }
        var headers = new TechContractImport(clock).Fields.Select(f => f.Header).Concat(ExtraHeaders).ToList();
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, contracts.Select(Row), "技术合同", null, cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(TechContract), null, AuditOutcome.Success,
            Detail: $"导出技术合同 {contracts.Count:N0} 条（筛选：{(filter.ToQuery() is { Length: > 0 } q ? q : "全部")}）"), cancellationToken);
        return new ExportedFile($"技术合同-{TableExport.Day(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))}.xlsx", contracts.Count);
    }

    private static IReadOnlyList<object?> Row(TechContract c) =>
    [
        c.RegistrationNumber, TableExport.Day(c.RegisteredOn), c.Registry, RegistryLabels.Label(RegistryLabels.ContractTypes, c.Type),
        c.Subtype, c.Title, c.SellerName, c.SellerUscc, c.SellerRegionCode, c.BuyerName, c.BuyerUscc, c.BuyerRegionCode,
        TableExport.WanYuan(c.ContractAmountFen), TableExport.WanYuan(c.TechTransactionAmountFen),
        c.TechField is null ? null : RegistryLabels.Label(RegistryLabels.TechFields, c.TechField),
        RegionCatalog.NameOf(c.SellerRegionCode), RegionCatalog.NameOf(c.BuyerRegionCode),
    ];
}
