using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises.SaveEnterprise;

/// <summary>The form: values keyed by the import template's headers; <see cref="Version"/> is required for an edit.</summary>
public sealed record EnterpriseForm(IReadOnlyDictionary<string, string?>? Values, int? Version = null);

public sealed record EnterpriseSaved(Guid Id, int Version, bool Created);

/// <summary>What went wrong: field errors (by header, as the import reports them) or one error (not found, conflict).</summary>
public sealed record EnterpriseSaveOutcome(EnterpriseSaved? Saved, IReadOnlyList<FieldError> FieldErrors, Error? Error)
{
    public bool IsSuccess => Saved is not null;
}

/// <summary>
/// 新增/修改企业: the form is parsed by the enterprise import itself, so it accepts exactly what an import accepts. The
/// USCC stays unique; an edit must name the version it started from; a move to another district moves the yearly
/// figures and qualifications with it in the same transaction. The record must stay within the editor's data scope.
/// </summary>
public sealed class SaveEnterprise(KechuangDbContext db, EnterpriseImport import, TimeProvider clock)
{
    /// <param name="id">Null to create, the enterprise's id to edit it.</param>
    public async Task<EnterpriseSaveOutcome> ExecuteAsync(Guid? id, EnterpriseForm form, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(user);
        Enterprise? existing = null;
        if (id is { } editId)
        {
            existing = await db.Enterprises().WhereVisibleTo(user.Scope).SingleOrDefaultAsync(e => e.Id == editId, cancellationToken);
            if (existing is null)
            {
                return Failed(Error.NotFound("enterprise-not-found", "未找到该企业，可能已被删除或不在您的数据范围内。"));
            }
            if (form.Version is null)
            {
                return Failed(Error.Validation("enterprise-version", "修改企业须提供版本号（Version），以免覆盖他人的修改。"));
            }
            if (form.Version != existing.Version)
            {
                return Failed(StaleVersion(existing));
            }
        }

        var row = RowFields.FromValues(import.Fields, form.Values ?? new Dictionary<string, string?>());
        var values = import.Parse(row);
        if (values is null || !row.IsValid)
        {
            return new EnterpriseSaveOutcome(null, row.Errors.ToList(), null);
        }

        var owners = await RegionOwners.LoadAsync(db, cancellationToken);
        var owner = owners.For(values.RegionCode);
        if (!Visible(user.Scope, owner, values.RegionCode, existing?.CreatedByUserId ?? user.UserId))
        {
            return new EnterpriseSaveOutcome(null,
                [new FieldError(import.Fields[EnterpriseImport.RegionField].Header,
                    $"{RegionCatalog.NameOf(values.RegionCode) ?? values.RegionCode}不在您的数据范围内，不能将企业登记到该区县。")], null);
        }

        var duplicate = await db.Enterprises().AsNoTracking()
            .Where(e => e.Uscc == values.Uscc && (existing == null || e.Id != existing.Id))
            .Select(e => new { e.Name, e.RegionCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (duplicate is not null)
        {
            var where = duplicate.RegionCode is null ? "" : $"（{RegionCatalog.NameOf(duplicate.RegionCode) ?? duplicate.RegionCode}）";
            return Failed(Error.Conflict("enterprise-uscc-taken",
                $"统一社会信用代码 {values.Uscc} 已登记为“{duplicate.Name}”{where}，同一企业不能重复登记。"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            var created = Enterprise.Create(values, owner, RecordStamp.New(user.UserId, null, now));
            db.Enterprises().Add(created);
            await db.SaveChangesAsync(cancellationToken);
            return new EnterpriseSaveOutcome(new EnterpriseSaved(created.Id, created.Version, true), [], null);
        }

        var previousRegion = existing.RegionCode;
        if (!existing.Apply(values, owner, null, now))
        {
            return new EnterpriseSaveOutcome(new EnterpriseSaved(existing.Id, existing.Version, false), [], null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failed(StaleVersion(existing));
        }
        if (previousRegion != existing.RegionCode)
        {
            await EnterpriseRelocation.MoveChildrenAsync(db, existing.Id, existing.RegionCode, owner, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new EnterpriseSaveOutcome(new EnterpriseSaved(existing.Id, existing.Version, false), [], null);
    }

    private static EnterpriseSaveOutcome Failed(Error error) => new(null, [], error);

    private static Error StaleVersion(Enterprise enterprise) => Error.Conflict("enterprise-stale",
        $"“{enterprise.Name}”已被他人修改（当前为第 {enterprise.Version} 版），请刷新后重新修改。");

    /// <summary>Whether the scope would see a record with this owner and region: the scope's own rule, run in memory.</summary>
    private static bool Visible(DataScope scope, Owner owner, string regionCode, Guid createdBy) =>
        new[] { new Probe(owner.UnitPath, owner.UnitId, regionCode, createdBy) }.AsQueryable().WhereVisibleTo(scope).Any();

    private sealed record Probe(string OwnerUnitPath, Guid OwnerUnitId, string? RegionCode, Guid CreatedByUserId) : IScopedRecord;
}
