using System.Globalization;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;

namespace Kechuang.Modules.Registry.Demo;

/// <summary>
/// Generated data as rows of an import file, in the import template's headers and value formats (labels, yyyy-MM-dd,
/// 是/否), produced lazily one row at a time so a million-row file never sits in memory.
/// </summary>
public static class DemoImportFiles
{
    public static IReadOnlyList<string> EnterpriseHeaders { get; } = new EnterpriseImport().Fields.Select(f => f.Header).ToList();

    public static IEnumerable<IReadOnlyList<object?>> EnterpriseRows(DemoDataGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        foreach (var enterprise in generator.Enterprises)
        {
            var v = enterprise.Values;
            yield return
            [
                v.Uscc, v.Name, v.RegionCode, DevelopmentZones.NameOf(v.ZoneCode), v.IndustryCode,
                RegistryLabels.Label(RegistryLabels.TechFields, v.TechField), v.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                RegistryLabels.Label(RegistryLabels.TaxModes, v.TaxMode), v.AboveDesignatedSize ? "是" : "否",
                RegistryLabels.Label(RegistryLabels.Listings, v.Listing),
            ];
        }
    }

    /// <summary>Headers used when no contract import is registered (yet).</summary>
    public static IReadOnlyList<string> ContractHeaders { get; } =
    [
        "登记编号", "登记日期", "登记机构", "合同类型", "合同子类", "项目名称", "卖方名称", "卖方统一社会信用代码", "卖方所在区县",
        "买方名称", "买方统一社会信用代码", "买方所在区县", "成交额（万元）", "技术交易额（万元）", "技术领域",
    ];

    /// <summary>
    /// Contract rows for the given headers: each header gets the value whose keywords it contains (卖方…信用代码 → the
    /// seller's USCC), so the file fits whichever contract import template is registered; amounts in 万元 unless the
    /// header says 元 only.
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> ContractRows(DemoDataGenerator generator, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(headers);
        var columns = headers.Select(Column).ToArray();
        foreach (var contract in generator.Contracts())
        {
            var v = contract.Values;
            var row = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                row[i] = columns[i] switch
                {
                    "number" => v.RegistrationNumber,
                    "date" => v.RegisteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "registry" => v.Registry,
                    "type" => RegistryLabels.ContractTypes[v.Type],
                    "subtype" => v.Subtype,
                    "title" => v.Title,
                    "seller-uscc" => v.SellerUscc,
                    "seller-region" => v.SellerRegionCode,
                    "seller" => v.SellerName,
                    "buyer-uscc" => v.BuyerUscc,
                    "buyer-region" => v.BuyerRegionCode,
                    "buyer" => v.BuyerName,
                    "tech-wan" => Wan(v.TechTransactionAmountFen),
                    "tech-yuan" => Yuan(v.TechTransactionAmountFen),
                    "amount-wan" => Wan(v.ContractAmountFen),
                    "amount-yuan" => Yuan(v.ContractAmountFen),
                    "field" => RegistryLabels.Label(RegistryLabels.TechFields, v.TechField),
                    _ => null,
                };
            }
            yield return row;
        }
    }

    private static string Column(string header)
    {
        bool Has(string word) => header.Contains(word, StringComparison.Ordinal);
        var party = Has("卖方") || Has("输出方") ? "seller" : Has("买方") || Has("吸纳方") ? "buyer" : null;
        var yuanOnly = Has("元") && !Has("万元") && !Has("亿元");
        return true switch
        {
            _ when party is not null && (Has("信用代码") || Has("USCC")) => party + "-uscc",
            _ when party is not null && (Has("区县") || Has("地区") || Has("区划") || Has("所在地")) => party + "-region",
            _ when party is not null => party,
            _ when Has("技术交易额") => yuanOnly ? "tech-yuan" : "tech-wan",
            _ when Has("成交额") || Has("合同金额") => yuanOnly ? "amount-yuan" : "amount-wan",
            _ when Has("编号") => "number",
            _ when Has("日期") || Has("时间") => "date",
            _ when Has("机构") => "registry",
            _ when Has("子类") || Has("细分") => "subtype",
            _ when Has("类型") || Has("类别") => "type",
            _ when Has("名称") || Has("项目") => "title",
            _ when Has("领域") => "field",
            _ => "",
        };
    }

    private static string Wan(long fen) => (fen / 1_000_000m).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Yuan(long fen) => (fen / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
