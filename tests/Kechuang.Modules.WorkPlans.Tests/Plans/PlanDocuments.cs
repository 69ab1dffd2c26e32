using System.Text;

namespace Kechuang.Modules.WorkPlans.Tests.Plans;

/// <summary>Small, realistic plan documents written for these tests (not the samples).</summary>
internal static class PlanDocuments
{
    public const string CityPlan2023 = """
        2023年临川市科技工作要点

        2023年全市科技工作的主要预期目标是：高新技术企业净增300家，技术合同成交额超过80亿元，新增省级以上研发平台15家。

        一、强化企业创新主体地位
        1.实施高新技术企业倍增行动。建立高新技术企业培育库，全年高新技术企业净增300家。
        2.推动科技型中小企业扩容。科技型中小企业评价入库超过1200家。

        二、促进科技成果转移转化
        3.建设技术转移服务体系。新增技术经理人50名，技术合同成交额超过80亿元。
        4.完善科技金融服务。科技贷款达到12亿元，服务科技企业不少于200家。
        """;

    /// <summary>The same plan, revised: one more task and a changed target.</summary>
    public const string CityPlan2023Revised = """
        2023年临川市科技工作要点

        2023年全市科技工作的主要预期目标是：高新技术企业净增350家，技术合同成交额超过80亿元，新增省级以上研发平台15家。

        一、强化企业创新主体地位
        1.实施高新技术企业倍增行动。建立高新技术企业培育库，全年高新技术企业净增350家。
        2.推动科技型中小企业扩容。科技型中小企业评价入库超过1200家。

        二、促进科技成果转移转化
        3.建设技术转移服务体系。新增技术经理人50名，技术合同成交额超过80亿元。
        4.完善科技金融服务。科技贷款达到12亿元，服务科技企业不少于200家。
        5.办好创新创业大赛。举办路演活动20场。
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
