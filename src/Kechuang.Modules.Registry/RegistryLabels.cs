using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Talents;

namespace Kechuang.Modules.Registry;

/// <summary>The Chinese label of every enum value the registries show, import and export (one place, both ways).</summary>
public static class RegistryLabels
{
    public static readonly IReadOnlyDictionary<TechField, string> TechFields = new Dictionary<TechField, string>
    {
        [TechField.ElectronicInformation] = "电子信息",
        [TechField.BiologyAndMedicine] = "生物与新医药",
        [TechField.Aerospace] = "航空航天",
        [TechField.NewMaterials] = "新材料",
        [TechField.HighTechServices] = "高技术服务",
        [TechField.NewEnergyAndEnergySaving] = "新能源与节能",
        [TechField.ResourcesAndEnvironment] = "资源与环境",
        [TechField.AdvancedManufacturing] = "先进制造与自动化",
    };

    public static readonly IReadOnlyDictionary<TaxAssessmentMode, string> TaxModes = new Dictionary<TaxAssessmentMode, string>
    {
        [TaxAssessmentMode.ActualProfit] = "查账征收",
        [TaxAssessmentMode.Deemed] = "核定征收",
    };

    public static readonly IReadOnlyDictionary<ListingStatus, string> Listings = new Dictionary<ListingStatus, string>
    {
        [ListingStatus.Unlisted] = "未上市",
        [ListingStatus.MainBoard] = "主板",
        [ListingStatus.ChiNext] = "创业板",
        [ListingStatus.StarMarket] = "科创板",
        [ListingStatus.BeijingExchange] = "北交所",
        [ListingStatus.Neeq] = "新三板",
        [ListingStatus.Overseas] = "境外上市",
    };

    public static readonly IReadOnlyDictionary<GrowthKind, string> GrowthKinds = new Dictionary<GrowthKind, string>
    {
        [GrowthKind.Gazelle] = "瞪羚企业",
        [GrowthKind.PotentialUnicorn] = "潜在独角兽企业",
        [GrowthKind.Unicorn] = "独角兽企业",
    };

    public static readonly IReadOnlyDictionary<RecognitionLevel, string> Levels = new Dictionary<RecognitionLevel, string>
    {
        [RecognitionLevel.National] = "国家级",
        [RecognitionLevel.Provincial] = "省级",
        [RecognitionLevel.Municipal] = "市级",
    };

    public static readonly IReadOnlyDictionary<PlatformKind, string> PlatformKinds = new Dictionary<PlatformKind, string>
    {
        [PlatformKind.KeyLab] = "重点实验室",
        [PlatformKind.EngineeringCenter] = "工程技术研究中心",
        [PlatformKind.NewRdInstitution] = "新型研发机构",
        [PlatformKind.Makerspace] = "众创空间",
        [PlatformKind.Incubator] = "孵化器",
        [PlatformKind.Accelerator] = "加速器",
        [PlatformKind.UniversitySciencePark] = "大学科技园",
        [PlatformKind.TechTransferInstitution] = "技术转移示范机构",
        [PlatformKind.InternationalCooperationBase] = "国际科技合作基地",
        [PlatformKind.AgriculturalPark] = "农业科技园区",
        [PlatformKind.HighTechZone] = "高新技术产业开发区",
    };

    public static readonly IReadOnlyDictionary<PlatformStatus, string> PlatformStatuses = new Dictionary<PlatformStatus, string>
    {
        [PlatformStatus.Active] = "正常",
        [PlatformStatus.Suspended] = "整改/暂停",
        [PlatformStatus.Revoked] = "已撤销",
    };

    public static readonly IReadOnlyDictionary<TalentKind, string> TalentKinds = new Dictionary<TalentKind, string>
    {
        [TalentKind.TechManager] = "技术经理人",
        [TalentKind.OverseasTalent] = "海外高层次人才",
        [TalentKind.TechCommissioner] = "科技特派员",
    };

    public static readonly IReadOnlyDictionary<ContractType, string> ContractTypes = new Dictionary<ContractType, string>
    {
        [ContractType.Development] = "技术开发",
        [ContractType.Transfer] = "技术转让",
        [ContractType.Licence] = "技术许可",
        [ContractType.Consulting] = "技术咨询",
        [ContractType.Service] = "技术服务",
    };

    public static readonly IReadOnlyDictionary<ActivityKind, string> ActivityKinds = new Dictionary<ActivityKind, string>
    {
        [ActivityKind.Matchmaking] = "对接会",
        [ActivityKind.IndustryAcademiaFinance] = "产学研金活动",
        [ActivityKind.CampusEnterpriseVisit] = "校企行",
        [ActivityKind.InnovationWeek] = "创新周",
        [ActivityKind.SciencePopularisation] = "科普活动",
        [ActivityKind.Promotion] = "宣传推介",
    };

    public static string Label<T>(IReadOnlyDictionary<T, string> labels, T? value)
        where T : struct, Enum => value is { } v && labels.TryGetValue(v, out var label) ? label : "";

    /// <summary>
    /// Accepts the label, the identifier, or an unambiguous short form (开发 for 技术开发, 国家 for 国家级); null when
    /// nothing or more than one value matches.
    /// </summary>
    public static T? Parse<T>(IReadOnlyDictionary<T, string> labels, string text)
        where T : struct, Enum
    {
        foreach (var (value, label) in labels)
        {
            if (label == text || value.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        if (text.Length < 2)
        {
            return null;
        }
        var partial = labels.Where(p => p.Value.Contains(text, StringComparison.Ordinal) || text.Contains(p.Value, StringComparison.Ordinal))
            .Select(p => p.Key)
            .ToList();
        return partial.Count == 1 ? partial[0] : null;
    }

    public static string Choices<T>(IReadOnlyDictionary<T, string> labels)
        where T : struct, Enum => string.Join("、", labels.Values);
}
