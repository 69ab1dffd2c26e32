using System.Globalization;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>The Chinese refusals of the reader, one factory per code so that messages stay consistent.</summary>
internal static class ReadFailures
{
    private const string Accepted = "请上传 .txt、.docx 或带文字层的 .pdf 格式的工作要点。";

    public static PlanDocumentException Empty() =>
        new(PlanDocumentErrors.Empty, "文件为空，没有可以导入的文字内容。");

    public static PlanDocumentException TooLarge(long actualBytes, long limitBytes) =>
        new(PlanDocumentErrors.TooLarge,
            $"文件大小为 {Megabytes(actualBytes)} MB，超过了上限 {Megabytes(limitBytes)} MB，请精简或拆分后再导入。");

    public static PlanDocumentException TooManyPages(int pages, int limit) =>
        new(PlanDocumentErrors.TooLarge, $"PDF 共 {pages} 页，超过了上限 {limit} 页，请拆分后再导入。");

    public static PlanDocumentException Unsupported(string what) =>
        new(PlanDocumentErrors.UnsupportedFormat, $"不支持的文件格式（{what}）。{Accepted}");

    public static PlanDocumentException Binary() =>
        new(PlanDocumentErrors.Binary, $"文件不是文本文档（含有大量无法显示的二进制字符）。{Accepted}");

    public static PlanDocumentException Undecodable() =>
        new(PlanDocumentErrors.UndecodableText, "无法识别文本文件的字符编码，请另存为 UTF-8 或 GBK 编码的 .txt 文件后再导入。");

    public static PlanDocumentException LegacyOffice(string what) =>
        new(PlanDocumentErrors.LegacyDoc, $"这是旧版{what}文件，不能直接导入，请在 Word 或 WPS 中打开后另存为 .docx 后再导入。");

    public static PlanDocumentException EncryptedDocx() =>
        new(PlanDocumentErrors.EncryptedDocx, "文档已加密（设置了打开密码），请先在 Word 或 WPS 中取消密码保护后再导入。");

    public static PlanDocumentException CorruptDocx(string detail, Exception? inner = null) =>
        new(PlanDocumentErrors.CorruptDocx,
            $"文件不是有效的 .docx 文档（{detail}），可能已损坏或扩展名有误，请在 Word 或 WPS 中重新另存为 .docx 后再导入。", inner);

    public static PlanDocumentException DocxBomb(string detail) =>
        new(PlanDocumentErrors.DocxBomb, $"文档解压后的内容异常（{detail}），疑似压缩炸弹，已拒绝导入。");

    public static PlanDocumentException CorruptPdf(Exception? inner = null) =>
        new(PlanDocumentErrors.CorruptPdf, "PDF 文件已损坏或格式不正确，无法读取，请重新导出 PDF 后再导入。", inner);

    public static PlanDocumentException EncryptedPdf(Exception? inner = null) =>
        new(PlanDocumentErrors.EncryptedPdf, "文件已加密（PDF 设置了打开密码），请先解除密码保护后再导入。", inner);

    public static PlanDocumentException ScannedPdf() =>
        new(PlanDocumentErrors.ScannedPdf, "该 PDF 没有文字层（可能是扫描件），请先进行 OCR 文字识别后再导入。");

    public static PlanDocumentException UnreadableTextLayer() =>
        new(PlanDocumentErrors.ScannedPdf,
            "该 PDF 的文字层无法识别（字体缺少字符映射，提取出的是乱码），请先进行 OCR 文字识别或重新导出 PDF 后再导入。");

    public static PlanDocumentException Timeout(TimeSpan limit) =>
        new(PlanDocumentErrors.Timeout,
            $"读取文件超过了 {limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} 秒，文件可能过于复杂或已损坏，已停止读取。");

    public static PlanDocumentException Unexpected(Exception inner) =>
        new(PlanDocumentErrors.UnsupportedFormat, $"读取文件时出错，无法识别其内容。{Accepted}", inner);

    internal static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.##", CultureInfo.InvariantCulture);
}
