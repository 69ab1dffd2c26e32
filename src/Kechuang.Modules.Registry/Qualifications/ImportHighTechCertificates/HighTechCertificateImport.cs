using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Modules.Registry.Enterprises.ImportEnterpriseYears;
using Kechuang.Modules.Registry.Imports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Qualifications.ImportHighTechCertificates;

/// <summary>高新技术企业证书 import; the certificate number is the natural key.</summary>
public sealed partial class HighTechCertificateImport : RegistryImport<HighTechCertificateValues>
{
    public const string RegistryKey = "high-tech-certificates";

    internal const int NumberField = 0, UsccField = 1, IssuedField = 2, RevokedField = 3, ReasonField = 4;

    public override string Key => RegistryKey;
    public override string Title => "高新技术企业证书";
    public override IReadOnlyList<Type> Tables => [typeof(HighTechCertificate)];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("证书编号", true, "GR 或 GF + 4 位发证年份 + 2 位省份代码 + 顺序号，如 GR202161000123；年份须与发证日期一致", "GR202161000123",
            ["高新技术企业证书编号", "高企证书编号"]),
        new("统一社会信用代码", true, "18 位；该企业须已在企业基本信息中登记", "91610131MA6T6U5R4E", ["信用代码", "社会信用代码"]),
        new("发证日期", true, "如 2021-11-30；证书自发证日起有效三年", "2021-11-30", ["发证时间", "认定日期"]),
        new("撤销日期", false, "被撤销（取消）高新技术企业资格的，填撤销之日；自该日起证书无效", "", ["取消日期", "撤销时间"]),
        new("撤销原因", false, "填写撤销日期时说明原因，如 发生重大安全事故", "", ["取消原因"]),
    ];

    public override IReadOnlyList<string> Notes =>
    [
        "同一证书编号再次导入时更新该证书，不会重复新增。",
        "证书有效期为三年：自发证日起，至第三年对应日的前一日止（2021-11-30 发证的证书有效至 2024-11-29）；撤销日期当日起无效。",
        "证书归属企业所在区县；企业须先在“企业基本信息”中登记。",
    ];

    // GR (and GF in some provinces' years) + issue year + GB/T 2260 province prefix + sequence.
    [GeneratedRegex("^(?<prefix>GR|GF)(?<year>[0-9]{4})(?<province>[1-8][0-9])(?<sequence>[0-9]{3,8})$")]
    private static partial Regex NumberPattern();

    public override HighTechCertificateValues? Parse(RowFields row)
    {
        var number = row.Text(NumberField, 40)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Match? match = null;
        if (number is not null)
        {
            match = NumberPattern().Match(number);
            if (!match.Success)
            {
                row.Fail(NumberField, $"“{number}”不是有效的高新技术企业证书编号，应为 GR 或 GF + 4 位年份 + 2 位省份代码 + 顺序号，如 GR202161000123。");
                match = null;
            }
        }
        var uscc = row.Uscc(UsccField);
        var issued = row.Date(IssuedField);
        var revoked = row.Date(RevokedField);
        var reason = row.Text(ReasonField, 500);
        if (match is not null && issued is { } issuedOn)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            row.Require(year == issuedOn.Year, NumberField,
                $"证书编号中的年份（{year}）与发证日期的年份（{issuedOn.Year}）不一致。");
        }
        if (issued is { } from && revoked is { } to)
        {
            row.Require(to >= from, RevokedField, $"撤销日期（{to:yyyy-MM-dd}）不能早于发证日期（{from:yyyy-MM-dd}）。");
        }
        row.Require(reason is null || revoked is not null, RevokedField, "填写了撤销原因，但没有填写撤销日期。");
        if (!row.IsValid || number is null || uscc is null || issued is null)
        {
            return null;
        }
        return new HighTechCertificateValues(number, uscc, issued.Value, revoked, reason);
    }

    public override string KeyOf(HighTechCertificateValues values) => values.CertificateNumber;

    protected internal override async Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<HighTechCertificateValues>> rows,
        CancellationToken cancellationToken)
    {
        var enterprises = await store.EnterprisesAsync(rows.Select(r => r.Values.Uscc), cancellationToken);
        var numbers = rows.Select(r => r.Values.CertificateNumber).ToList();
        var existing = await store.Db.HighTechCertificates().AsNoTracking().Where(c => numbers.Contains(c.CertificateNumber))
            .ToDictionaryAsync(c => c.CertificateNumber, StringComparer.Ordinal, cancellationToken);
        var inserted = new List<HighTechCertificate>();
        var updated = new List<(HighTechCertificate, string)>();
        foreach (var row in rows)
        {
            if (!enterprises.TryGetValue(row.Values.Uscc, out var enterprise))
            {
                row.Reject(Fields[UsccField].Header, EnterpriseYearImport.MissingEnterprise(row.Values.Uscc));
                continue;
            }
            var owner = store.Owners.For(enterprise.RegionCode);
            if (existing.TryGetValue(row.Values.CertificateNumber, out var certificate))
            {
                var previous = store.Bulk.Snapshot(certificate);
                if (certificate.Apply(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.BatchId, store.NowUtc))
                {
                    updated.Add((certificate, previous));
                    row.Updated();
                }
                else
                {
                    row.Unchanged();
                }
            }
            else
            {
                inserted.Add(HighTechCertificate.Create(enterprise.Id, enterprise.RegionCode, owner, row.Values, store.NewStamp()));
                row.Inserted();
            }
        }
        await store.SaveAsync(inserted, updated, cancellationToken);
    }
}
