using Kechuang.Modules.Registry.Contracts.ImportTechContracts;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Contracts.SaveContract;

/// <summary>A contract as a form posts it: values keyed by the import template's headers, and the version an edit started from.</summary>
public sealed record ContractForm(IReadOnlyDictionary<string, string?>? Values, int? Version = null);

public sealed record SavedContract(Guid Id, int Version);

/// <summary>The outcome of a save: the saved contract, or the fields' errors, or another error (not found, conflict).</summary>
public sealed record SaveContractOutcome(SavedContract? Saved, IReadOnlyList<FieldError> FieldErrors, Error? Error)
{
    public static SaveContractOutcome Fields(IReadOnlyList<FieldError> errors) => new(null, errors, null);
    public static SaveContractOutcome Failed(Error error) => new(null, [], error);
}

/// <summary>
/// Creates or edits one contract with exactly the import's validation (the form is read as an import row). The
/// contract must end up inside the user's data scope: a district user cannot enter another district's contract.
/// </summary>
public sealed class SaveContract(KechuangDbContext db, TechContractImport import, TimeProvider clock)
{
    public async Task<SaveContractOutcome> CreateAsync(CurrentUser user, ContractForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var parsed = await ParseAsync(user, form, cancellationToken);
        if (parsed.Outcome is { } failed)
        {
            return failed;
        }
        var (values, sellerId, buyerId, owner) = parsed.Ready!.Value;
        if (await db.TechContracts().AnyAsync(c => c.RegistrationNumber == values.RegistrationNumber, cancellationToken))
        {
            return Duplicate(values.RegistrationNumber);
        }
        var contract = TechContract.Create(values, sellerId, buyerId, owner, RecordStamp.New(user.UserId, null, clock.GetUtcNow().UtcDateTime));
        db.TechContracts().Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveContractOutcome(new SavedContract(contract.Id, contract.Version), [], null);
    }

    public async Task<SaveContractOutcome> UpdateAsync(CurrentUser user, Guid id, ContractForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var contract = await db.TechContracts().WhereVisibleTo(user.Scope).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return SaveContractOutcome.Failed(Error.NotFound("contract-not-found", "未找到该技术合同，可能已被删除或不在您的数据范围内。"));
        }
        if (form.Version is not { } version)
        {
            return SaveContractOutcome.Failed(Error.Validation("contract-version-missing", "缺少版本号（version），请刷新页面后重新修改。"));
        }
        if (version != contract.Version)
        {
            return Stale(contract.Version);
        }
        var parsed = await ParseAsync(user, form, cancellationToken);
        if (parsed.Outcome is { } failed)
        {
            return failed;
        }
        var (values, sellerId, buyerId, owner) = parsed.Ready!.Value;
        if (values.RegistrationNumber != contract.RegistrationNumber
            && await db.TechContracts().AnyAsync(c => c.RegistrationNumber == values.RegistrationNumber && c.Id != id, cancellationToken))
        {
            return Duplicate(values.RegistrationNumber);
        }
        contract.Apply(values, sellerId, buyerId, owner, null, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(null);
        }
        return new SaveContractOutcome(new SavedContract(contract.Id, contract.Version), [], null);
    }

    private async Task<(SaveContractOutcome? Outcome, (TechContractValues, Guid?, Guid?, Owner)? Ready)> ParseAsync(
        CurrentUser user, ContractForm form, CancellationToken cancellationToken)
    {
        var row = RowFields.FromValues(import.Fields, form.Values ?? new Dictionary<string, string?>());
        var values = import.Parse(row);
        if (values is null || !row.IsValid)
        {
            return (SaveContractOutcome.Fields(row.Errors), null);
        }
        var owner = (await RegionOwners.LoadAsync(db, cancellationToken)).For(values.SellerRegionCode);
        if (!OwnedWithin(user.Scope, owner, values.SellerRegionCode, user.UserId))
        {
            row.Fail(TechContractImport.SellerRegionField, "卖方所在地不在您的数据范围内：合同计入卖方所在区县，只能登记本辖区卖方的合同。");
            return (SaveContractOutcome.Fields(row.Errors), null);
        }
        var usccs = new[] { values.SellerUscc, values.BuyerUscc }.OfType<string>().ToList();
        var enterprises = await db.Enterprises().AsNoTracking().Where(e => usccs.Contains(e.Uscc))
            .Select(e => new { e.Uscc, e.Id }).ToDictionaryAsync(e => e.Uscc, e => e.Id, cancellationToken);
        Guid? Find(string? uscc) => uscc is not null && enterprises.TryGetValue(uscc, out var found) ? found : null;
        return (null, (values, Find(values.SellerUscc), Find(values.BuyerUscc), owner));
    }

    /// <summary>Whether the new record would be visible to the scope: the scope's own rule, applied to the record's would-be fields.</summary>
    private static bool OwnedWithin(DataScope scope, Owner owner, string regionCode, Guid userId) =>
        new[] { new Probe(owner.UnitPath, owner.UnitId, regionCode, userId) }.AsQueryable().WhereVisibleTo(scope).Any();

    private sealed record Probe(string OwnerUnitPath, Guid OwnerUnitId, string? RegionCode, Guid CreatedByUserId) : IScopedRecord;

    private static SaveContractOutcome Duplicate(string number) =>
        SaveContractOutcome.Failed(Error.Conflict("contract-duplicate", $"合同登记号“{number}”已存在，不能重复登记。"));

    private static SaveContractOutcome Stale(int? current) =>
        SaveContractOutcome.Failed(Error.Conflict("contract-stale",
            "该合同已被他人修改" + (current is { } v ? $"（当前为第 {v} 版）" : "") + "，请刷新后在最新内容上重新修改。"));
}
