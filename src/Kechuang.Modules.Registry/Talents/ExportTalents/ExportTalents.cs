using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Talents.ImportTalents;
using Kechuang.Modules.Registry.Talents.ListTalents;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Talents.ExportTalents;

/// <summary>
/// The filtered talents in the import template's columns, with the identifier MASKED: a spreadsheet leaves the system's
/// control (mail, USB sticks), so full identifiers never go into one, whoever exports. A 说明 sheet says so; the import
/// refuses a masked identifier with that explanation, so the file is not re-importable until the numbers are filled in.
/// Single full identifiers are read one at a time through the audited reveal.
/// </summary>
public sealed class ExportTalents(KechuangDbContext db, IAuditTrail audit, TimeProvider clock, TalentImport import)
{
    public const string MaskedNote = "本表“证件号码”列为脱敏显示值，不能直接重新导入；如需重新导入，请先将该列改为完整证件号码。";

    public async Task<Result<ExportedFile>> ExecuteAsync(CurrentUser user, TalentFilter filter, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var talents = await filter.Apply(db.Talents().AsNoTracking().WhereVisibleTo(user.Scope))
            .OrderBy(t => t.Kind).ThenBy(t => t.EffectiveOn).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Kind, t.Name, t.IdentityMasked, t.Employer, t.RegionCode, t.EffectiveOn, t.Programme, t.CertificateNumber,
                t.ServedVillages, t.Country,
            })
            .ToListAsync(cancellationToken);
        var headers = import.Fields.Select(f => f.Header).Append(Platforms.ExportPlatforms.ExportPlatforms.RegionNameHeader).ToList();
        var rows = talents.Select(t => (IReadOnlyList<object?>)
        [
            RegistryLabels.TalentKinds[t.Kind], t.Name, t.IdentityMasked, t.Employer, t.RegionCode, ListingHelpers.Date(t.EffectiveOn),
            t.Programme, t.CertificateNumber, t.ServedVillages, t.Country, ListingHelpers.RegionName(t.RegionCode),
        ]);
        var note = new TableSheet("说明", ["说明"], [[MaskedNote]]);
        await TableWriter.WriteAsync(output, TableFormat.Xlsx, headers, rows, "科技人才", [note], cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.Export, nameof(Talent), null, AuditOutcome.Success,
            Detail: $"导出科技人才 {talents.Count} 条（证件号码脱敏）"), cancellationToken);
        return new ExportedFile(ListingHelpers.FileName("科技人才", clock), talents.Count);
    }
}
