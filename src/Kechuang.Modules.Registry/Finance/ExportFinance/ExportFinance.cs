using Kechuang.Modules.Registry.Contracts.ExportContracts;
using Kechuang.Modules.Registry.Finance.ImportFundInvestments;
using Kechuang.Modules.Registry.Finance.ImportRoadshows;
using Kechuang.Modules.Registry.Finance.ImportSubFunds;
using Kechuang.Modules.Registry.Finance.ImportTechLoans;
using Kechuang.Modules.Registry.Finance.ListLoans;
using Kechuang.Modules.Registry.Finance.ListRoadshows;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Finance.ExportFinance;

/// <summary>
/// The finance registries as .xlsx in their import templates' columns and formats (amounts in 万元, dates yyyy-MM-dd,
/// region codes, names joined with 、), so each file re-imports unchanged; a region-name column follows for reading.
/// </summary>
public sealed class ExportFinance(KechuangDbContext db, IAuditTrail audit, TimeProvider clock)
{
    private const string RegionNameHeader = "所在区县名称";

    public async Task<Result<ExportedFile>> LoansAsync(DataScope scope, LoanFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var loans = await ListLoans.ListLoans.Filtered(db, scope, filter).OrderByDescending(l => l.LoanedOn).ThenByDescending(l => l.Id)
            .Take(TableExport.MaxRows + 1).ToListAsync(cancellationToken);
        return await WriteAsync(output, new TechLoanImport().Fields, loans, l =>
            [
                l.Bank, l.LoanNumber, l.BorrowerUscc, l.BorrowerName, l.Product, TableExport.WanYuan(l.AmountFen), TableExport.Day(l.LoanedOn),
                l.TermMonths, l.RegionCode, Name(l.RegionCode),
            ], "科技贷款", nameof(TechLoan), filter.ToQuery(), cancellationToken);
    }

    public async Task<Result<ExportedFile>> FundsAsync(DataScope scope, Stream output, CancellationToken cancellationToken)
    {
        var funds = await db.SubFunds().AsNoTracking().WhereVisibleTo(scope).OrderByDescending(f => f.EstablishedOn).ThenBy(f => f.Id)
            .Take(TableExport.MaxRows + 1).ToListAsync(cancellationToken);
        return await WriteAsync(output, new SubFundImport().Fields, funds, f =>
            [
                f.Name, f.Manager, TableExport.WanYuan(f.SizeFen), TableExport.WanYuan(f.GovernmentShareFen), TableExport.Day(f.EstablishedOn),
                f.RegionCode, Name(f.RegionCode),
            ], "子基金", nameof(SubFund), "", cancellationToken);
    }

    public async Task<Result<ExportedFile>> InvestmentsAsync(DataScope scope, Guid? fundId, Stream output, CancellationToken cancellationToken)
    {
        var investments = db.FundInvestments().AsNoTracking().WhereVisibleTo(scope);
        if (fundId is { } id)
        {
            investments = investments.Where(i => i.FundId == id);
        }
        var rows = await investments
            .Join(db.SubFunds(), i => i.FundId, f => f.Id, (i, f) => new { Fund = f.Name, Investment = i })
            .OrderBy(x => x.Fund).ThenByDescending(x => x.Investment.InvestedOn).ThenBy(x => x.Investment.Id)
            .Take(TableExport.MaxRows + 1).ToListAsync(cancellationToken);
        return await WriteAsync(output, new FundInvestmentImport().Fields, rows, x =>
            [
                x.Fund, x.Investment.InvesteeUscc, x.Investment.InvesteeName, TableExport.WanYuan(x.Investment.AmountFen),
                TableExport.Day(x.Investment.InvestedOn), x.Investment.RegionCode, Name(x.Investment.RegionCode),
            ], "子基金投资", nameof(FundInvestment), fundId is null ? "" : $"fundId={fundId}", cancellationToken);
    }

    public async Task<Result<ExportedFile>> RoadshowsAsync(DataScope scope, DateOnly? from, DateOnly? to, string? search, Stream output,
        CancellationToken cancellationToken)
    {
        var roadshows = await ListRoadshows.ListRoadshows.Filtered(db, scope, from, to, search).OrderByDescending(r => r.HeldOn).ThenBy(r => r.Id)
            .Take(TableExport.MaxRows + 1).ToListAsync(cancellationToken);
        return await WriteAsync(output, new RoadshowImport().Fields, roadshows, r =>
            {
                var v = r.ToValues();
                return
                [
                    v.Title, TableExport.Day(v.HeldOn), v.Organizer, v.RegionCode, string.Join('、', v.Enterprises), string.Join('、', v.Investors),
                    TableExport.WanYuan(v.IntendedInvestmentFen), Name(v.RegionCode),
                ];
            }, "路演", nameof(Roadshow), $"from={from}&to={to}&q={search}", cancellationToken);
    }

    private static string? Name(string? code) => code is null ? null : RegionCatalog.NameOf(code);

    private async Task<Result<ExportedFile>> WriteAsync<T>(Stream output, IReadOnlyList<Imports.ImportField> fields, List<T> rows,
        Func<T, IReadOnlyList<object?>> row, string title, string entity, string filter, CancellationToken cancellationToken)
    {
        if (rows.Count > TableExport.MaxRows)
        {
            return TableExport.TooMany(TableExport.MaxRows);
        }
        var headers = fields.Select(f => f.Header).Append(RegionNameHeader).ToList();
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, rows.Select(row), title, null, cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, entity, null, AuditOutcome.Success,
            Detail: $"导出{title} {rows.Count:N0} 条（筛选：{(filter.Length > 0 ? filter : "全部")}）"), cancellationToken);
        return new ExportedFile($"{title}-{TableExport.Day(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))}.xlsx", rows.Count);
    }
}
