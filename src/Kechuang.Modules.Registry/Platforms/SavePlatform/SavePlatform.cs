using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Modules.Registry.Platforms.ImportPlatforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Platforms.SavePlatform;

/// <summary>
/// Creates or edits one platform from a form keyed by the import template's headers, validated exactly as the import
/// validates a row. Single writes go through the change tracker, which audits them; an edit must name the version it
/// started from. A user cannot place a platform where they could not see it.
/// </summary>
public sealed class SavePlatform(KechuangDbContext db, PlatformImport import, TimeProvider clock)
{
    public static readonly Error Stale = Error.Conflict("platform-stale", "该平台已被他人修改，请刷新后重新编辑。");

    public IReadOnlyList<ImportField> Fields => import.Fields;

    /// <summary>The form values of an existing platform, for the edit page.</summary>
    public static Dictionary<string, string?> ValuesOf(InnovationPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return new Dictionary<string, string?>
        {
            ["平台类型"] = RegistryLabels.PlatformKinds[platform.Kind],
            ["平台名称"] = platform.Name,
            ["级别"] = RegistryLabels.Levels[platform.Level],
            ["依托单位"] = platform.HostName,
            ["依托单位统一社会信用代码"] = platform.HostUscc,
            ["所在区县"] = platform.RegionCode,
            ["认定日期"] = ListingHelpers.Date(platform.RecognizedOn),
            ["状态"] = RegistryLabels.PlatformStatuses[platform.Status],
        };
    }

    public async Task<Result<(Dictionary<string, string?> Values, int Version)>> LoadAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var platform = await db.Platforms().AsNoTracking().WhereVisibleTo(user.Scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return platform is null ? GetPlatform.GetPlatform.NotFound : (ValuesOf(platform), platform.Version);
    }

    public async Task<FormOutcome> CreateAsync(CurrentUser user, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var row = RowFields.FromValues(import.Fields, values);
        if (import.Parse(row) is not { } parsed || !row.IsValid)
        {
            return FormOutcome.Invalid(row.Errors);
        }
        if (await KeyTakenAsync(parsed, null, cancellationToken))
        {
            return Taken(parsed);
        }
        var owner = (await RegionOwners.LoadAsync(db, cancellationToken)).For(parsed.RegionCode);
        var platform = InnovationPlatform.Create(parsed, owner, RecordStamp.New(user.UserId, null, clock.GetUtcNow().UtcDateTime));
        if (!Visible(platform, user))
        {
            return OutsideScope();
        }
        db.Platforms().Add(platform);
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved(platform.Id, platform.Version);
    }

    public async Task<FormOutcome> UpdateAsync(CurrentUser user, Guid id, int version, IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        var platform = await db.Platforms().WhereVisibleTo(user.Scope).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (platform is null)
        {
            return FormOutcome.Failed(GetPlatform.GetPlatform.NotFound);
        }
        if (platform.Version != version)
        {
            return FormOutcome.Failed(Stale);
        }
        var row = RowFields.FromValues(import.Fields, values);
        if (import.Parse(row) is not { } parsed || !row.IsValid)
        {
            return FormOutcome.Invalid(row.Errors);
        }
        if (await KeyTakenAsync(parsed, id, cancellationToken))
        {
            return Taken(parsed);
        }
        var owner = (await RegionOwners.LoadAsync(db, cancellationToken)).For(parsed.RegionCode);
        var previousRegion = platform.RegionCode;
        if (!platform.Apply(parsed, owner, null, clock.GetUtcNow().UtcDateTime))
        {
            return FormOutcome.Saved(platform.Id, platform.Version);
        }
        if (!Visible(platform, user))
        {
            return OutsideScope();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormOutcome.Failed(Stale);
        }
        if (previousRegion != platform.RegionCode)
        {
            await PlatformRelocation.MoveAssessmentsAsync(db, platform.Id, platform.RegionCode, owner, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return FormOutcome.Saved(platform.Id, platform.Version);
    }

    private Task<bool> KeyTakenAsync(PlatformValues values, Guid? except, CancellationToken cancellationToken) =>
        db.Platforms().AnyAsync(p => p.Kind == values.Kind && p.Level == values.Level && p.Name == values.Name && p.Id != except, cancellationToken);

    private static FormOutcome Taken(PlatformValues values) => FormOutcome.Invalid(
        [new FieldError("平台名称", $"已登记同类型、同级别的平台“{values.Name}”，不能重复录入。")]);

    private static FormOutcome OutsideScope() => FormOutcome.Invalid(
        [new FieldError("所在区县", "该区县不在您的数据范围内，保存后您将无法查看此记录；请填写本辖区的区县。")]);

    private static bool Visible(InnovationPlatform platform, CurrentUser user) =>
        new[] { platform }.AsQueryable().WhereVisibleTo(user.Scope).Any();
}
