using Kechuang.Modules.Registry.Imports;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Talents.ImportTalents;

/// <summary>
/// 科技人才 import (技术经理人、海外高层次人才、科技特派员). The identifier (居民身份证号, or a passport number for overseas
/// talents) is stored SM4-encrypted, masked, and as a keyed HMAC-SM3 fingerprint; the natural key is 人才类别 +
/// fingerprint, so a re-import finds the same person without decrypting and the key never holds the plaintext.
/// </summary>
public sealed class TalentImport(PersonalData personalData) : RegistryImport<TalentValues>
{
    public const string RegistryKey = "talents";

    internal const int KindField = 0, NameField = 1, IdentityField = 2, EmployerField = 3, RegionField = 4, EffectiveField = 5,
        ProgrammeField = 6, CertificateField = 7, VillagesField = 8, CountryField = 9;

    public override string Key => RegistryKey;
    public override string Title => "科技人才";
    public override IReadOnlyList<Type> Tables => [typeof(Talent)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("人才类别", true, RegistryLabels.Choices(RegistryLabels.TalentKinds), "技术经理人", ["类别", "人才类型"]),
        new("姓名", true, "与证件一致", "王晓明", ["人才姓名"]),
        new("证件号码", true, "18 位居民身份证号；海外高层次人才可填护照号码（5～20 位字母或数字）", "610113199001011234", ["身份证号", "身份证号码", "护照号码"]),
        new("工作单位", false, "现工作单位全称", "西安交通大学", ["单位", "所在单位"]),
        new("所在区县", true, "6 位行政区划代码（GB/T 2260）或区县名称", "610113", ["行政区划代码", "所属区县"]),
        new("认定/引进/派驻日期", true, "技术经理人填认定日期，海外高层次人才填引进日期，科技特派员填派驻日期", "2023-04-15", ["认定日期", "引进日期", "派驻日期"]),
        new("入选计划/项目", false, "海外高层次人才入选的人才计划或项目", "陕西省“高层次人才引进计划”", ["入选计划", "人才计划"]),
        new("证书编号", false, "技术经理人的登记证书编号", "JSJLR-2023-0158", ["登记证书编号"]),
        new("服务村镇", false, "科技特派员服务的村镇，多个用顿号分隔", "长安区王曲街道、子午街道", ["服务对象", "服务地点"]),
        new("国籍/地区", false, "海外高层次人才的国籍或地区", "中国", ["国籍", "国籍或地区"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "证件号码加密保存，列表中只显示脱敏号码（如 610***********1234）；同一类别同一证件号码再次导入时更新该人才的信息。",
        "导出文件中的证件号码为脱敏显示值，不能直接重新导入：重新导入前须把“证件号码”列改回完整号码。",
    ];

    public override TalentValues? Parse(RowFields row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kind = row.Choice(KindField, RegistryLabels.TalentKinds);
        var name = row.Text(NameField, 100);
        var identity = Identity(row, kind);
        var employer = row.Text(EmployerField, 200);
        var region = row.Region(RegionField);
        var effective = row.Date(EffectiveField);
        var programme = row.Text(ProgrammeField, 200);
        var certificate = row.Text(CertificateField, 60);
        var villages = row.Text(VillagesField, 1000);
        var country = row.Text(CountryField, 60);
        if (!row.IsValid || kind is null || name is null || identity is null || region is null || effective is null)
        {
            return null;
        }
        return new TalentValues(kind.Value, name, identity, employer, region, effective.Value, programme, certificate, villages, country);
    }

    /// <summary>The identifier normalised (trimmed, upper case, no spaces): a 居民身份证号 when it looks like one, else a passport.</summary>
    private static string? Identity(RowFields row, TalentKind? kind)
    {
        var text = row.Text(IdentityField, 40);
        if (text is null)
        {
            return null;
        }
        var value = Normalize(text);
        if (value.Contains('*', StringComparison.Ordinal))
        {
            row.Fail(IdentityField, "这是脱敏显示的证件号码（导出文件中的证件号码已脱敏），请填写完整的证件号码。");
            return null;
        }
        if (LooksLikeResidentId(value))
        {
            if (ResidentIdNumber.Validate(value) is { } error)
            {
                row.Fail(IdentityField, error.Message);
                return null;
            }
            return value;
        }
        if (kind is TalentKind.OverseasTalent)
        {
            if (value.Length is >= 5 and <= 20 && value.All(char.IsAsciiLetterOrDigit))
            {
                return value;
            }
            row.Fail(IdentityField, $"“{text}”既不是 18 位居民身份证号，也不是 5～20 位字母或数字组成的护照号码。");
            return null;
        }
        row.Fail(IdentityField, "应为 18 位居民身份证号：前 17 位为数字，最后一位为数字或 X（只有海外高层次人才可填护照号码）。");
        return null;
    }

    internal static string Normalize(string value) => ResidentIdNumber.Normalize(value).Replace(" ", "", StringComparison.Ordinal);

    private static bool LooksLikeResidentId(string value) =>
        value.Length == 18 && value.AsSpan(0, 17).ToString().All(char.IsAsciiDigit) && (char.IsAsciiDigit(value[17]) || value[17] == 'X');

    public override string KeyOf(TalentValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return $"{RegistryLabels.TalentKinds[values.Kind]}·{PersonalData.MaskIdCard(values.IdentityNumber)}·{Fingerprint(values.IdentityNumber)}";
    }

    internal string Fingerprint(string identity) => personalData.Fingerprint(Normalize(identity));

    internal ProtectedIdentity Protect(string identity) =>
        new(personalData.Protect(identity), PersonalData.MaskIdCard(identity), Fingerprint(identity));

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<TalentValues>> rows,
        CancellationToken cancellationToken)
    {
        var identities = rows.Select(r => (Row: r, Hash: Fingerprint(r.Values.IdentityNumber))).ToList();
        var hashes = identities.Select(i => i.Hash).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await store.Db.Talents().AsNoTracking().Where(t => hashes.Contains(t.IdentityHash)).ToListAsync(cancellationToken))
            .ToDictionary(t => (t.Kind, t.IdentityHash));
        var inserted = new List<Talent>();
        var updated = new List<(Talent, string)>();
        foreach (var (row, hash) in identities)
        {
            var owner = store.Owners.For(row.Values.RegionCode);
            if (existing.TryGetValue((row.Values.Kind, hash), out var talent))
            {
                var previous = store.Bulk.Snapshot(talent);
                if (talent.Apply(row.Values, Protect(row.Values.IdentityNumber), owner, store.BatchId, store.NowUtc))
                {
                    updated.Add((talent, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(Talent.Create(row.Values, Protect(row.Values.IdentityNumber), owner, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
