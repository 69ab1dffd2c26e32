using Kechuang.Platform.Files.Tables;

namespace Kechuang.Platform.Tests.Files.Tables;

internal static class TableTestData
{
    public static readonly IReadOnlyList<TableColumn> EnterpriseColumns =
    [
        new("企业名称", Required: true),
        new("统一社会信用代码", Required: true, Aliases: ["信用代码"]),
        new("所在区县"),
        new("研发费用（万元）"),
        new("成立日期"),
        new("是否高新技术企业"),
    ];

    public static Stream Csv(string text, System.Text.Encoding? encoding = null) =>
        new MemoryStream((encoding ?? new System.Text.UTF8Encoding(false)).GetBytes(text));

    public static TableReader Open(Stream stream, TableFormat format, IReadOnlyList<TableColumn>? columns = null)
    {
        var opened = TableReader.Open(stream, format, columns ?? EnterpriseColumns);
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        return opened.Value;
    }
}
