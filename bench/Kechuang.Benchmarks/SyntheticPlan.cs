using System.Globalization;
using System.Text;

namespace Kechuang.Benchmarks;

/// <summary>
/// A large plan in the genre, for the "1 MB document" figure: a notice wrapper, a headline paragraph and many
/// sections of numbered tasks, each with targets, wrapped at 30 characters with blank lines between (the layout of
/// OCR output) and a page number every 40 lines. Deterministic, generated at run time, never committed.
/// </summary>
public static class SyntheticPlan
{
    private static readonly string[] Indicators =
    [
        "高新技术企业", "科技型中小企业", "技术合同成交额", "新型研发机构", "省级重点实验室", "技术经理人",
        "众创空间", "科技企业孵化器", "海外高层次人才", "科技贷款", "创新联合体", "技术转移示范机构",
    ];

    private static readonly string[] Units = ["家", "家", "亿元", "家", "个", "名", "家", "家", "名", "亿元", "个", "家"];

    public static string Create(int targetBytes, int seed = 2021)
    {
        var random = new Random(seed);
        var body = new StringBuilder();
        body.AppendLine("临川市科学技术局文件").AppendLine("临科发〔2024〕12号").AppendLine()
            .AppendLine("临川市科学技术局关于印发《2024年临川市科技工作要点》的通知").AppendLine()
            .AppendLine("各区县科技局，局机关各处室：").AppendLine("现将《2024年临川市科技工作要点》印发给你们，请认真贯彻落实。")
            .AppendLine("临川市科学技术局").AppendLine("2024年3月8日").AppendLine()
            .AppendLine("2024年临川市科技工作要点").AppendLine()
            .AppendLine("2024年全市科技工作的主要预期目标是：高新技术企业净增800家，科技型中小企业评价入库超过3000家，技术合同成交额超过500亿元，新增新型研发机构12家。");
        var section = 0;
        var task = 0;
        while (Encoding.UTF8.GetByteCount(body.ToString()) < targetBytes)
        {
            section++;
            body.AppendLine(CultureInfo.InvariantCulture, $"{ChineseOrdinal(section)}、围绕第{section}项重点领域强化科技创新支撑");
            for (var i = 0; i < 6; i++)
            {
                task++;
                var k = random.Next(Indicators.Length);
                var k2 = random.Next(Indicators.Length);
                body.Append(CultureInfo.InvariantCulture, $"{task}.推进{Indicators[k]}高质量发展。")
                    .Append("坚持问题导向和目标导向，完善政策体系，优化服务流程，强化部门协同和区县联动，")
                    .Append(CultureInfo.InvariantCulture, $"全年新增{Indicators[k]}{random.Next(5, 500)}{Units[k]}，")
                    .Append(CultureInfo.InvariantCulture, $"{Indicators[k2]}达到{random.Next(10, 900)}{Units[k2]}以上，")
                    .AppendLine("及时总结推广典型经验做法，形成可复制可推广的工作机制。");
            }
        }
        return Wrap(body.ToString());
    }

    private static string Wrap(string text)
    {
        var output = new StringBuilder(text.Length * 2);
        var lines = 0;
        var page = 1;
        foreach (var paragraph in text.Split('\n'))
        {
            for (var at = 0; at < paragraph.Length; at += 30)
            {
                output.AppendLine(paragraph.Substring(at, Math.Min(30, paragraph.Length - at))).AppendLine();
                if (++lines % 40 == 0)
                {
                    output.AppendLine(CultureInfo.InvariantCulture, $"— {page++} —").AppendLine();
                }
            }
        }
        return output.ToString();
    }

    private static string ChineseOrdinal(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 10)
        {
            return digits[n];
        }
        if (n < 100)
        {
            return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
        }
        return n.ToString(CultureInfo.InvariantCulture);
    }
}
