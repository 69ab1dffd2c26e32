using System.Runtime.ExceptionServices;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>
/// Reads .txt (UTF-8, UTF-16/32 with BOM, GB18030/GBK), .docx and .pdf (text layer) into lines. The format is decided
/// by the content: a PDF or a Word document under a wrong extension is read for what it is, anything else must be
/// text under .txt. Every failure leaves as a <see cref="PlanDocumentException"/> with a Chinese message.
/// </summary>
public static class PlanDocumentReader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };
    private static readonly HashSet<string> DocxExtensions = new(StringComparer.OrdinalIgnoreCase) { ".docx", ".docm", ".dotx", ".dotm" };
    private static readonly HashSet<string> LegacyWordExtensions = new(StringComparer.OrdinalIgnoreCase) { ".doc", ".wps", ".dot", ".rtf" };

    /// <exception cref="PlanDocumentException">the bytes are not a readable plan document.</exception>
    public static PlanDocument Read(ReadOnlyMemory<byte> content, string fileName, PlanReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (content.Length > options.MaxFileBytes)
        {
            throw ReadFailures.TooLarge(content.Length, options.MaxFileBytes);
        }

        if (content.IsEmpty)
        {
            throw ReadFailures.Empty();
        }

        var extension = SafeExtension(fileName);
        var budget = new ReadBudget(options.MaxReadTime);
        var sniffed = FormatSniffer.Sniff(content.Span);
        var document = sniffed.Kind switch
        {
            ContentKind.TextCandidate => ReadText(content.Span, extension),
            ContentKind.Pdf => Isolated(() => WithExtensionNote(PdfReader.Read(content, options, budget), extension, ".pdf"), options),
            ContentKind.Zip => Isolated(() => ReadZip(content, extension, options, budget), options),
            ContentKind.OleCompound => throw RefuseOle(content.Span, extension),
            ContentKind.Rtf or ContentKind.Html => throw ReadFailures.Unsupported(sniffed.Description + "，请另存为 .docx"),
            _ => throw ReadFailures.Unsupported(sniffed.Description ?? "二进制文件"),
        };
        return document with { Lines = RadicalFolding.Fold(document.Lines) };
    }

    private static PlanDocument ReadText(ReadOnlySpan<byte> content, string extension)
    {
        if (DocxExtensions.Contains(extension))
        {
            throw ReadFailures.CorruptDocx("不是 zip 压缩格式");
        }

        if (extension == ".pdf")
        {
            throw ReadFailures.CorruptPdf();
        }

        if (LegacyWordExtensions.Contains(extension))
        {
            throw ReadFailures.LegacyOffice($" Word（{extension}）");
        }

        if (!TextExtensions.Contains(extension))
        {
            throw ReadFailures.Unsupported($"扩展名 {extension}");
        }

        try
        {
            return TextDecoder.Read(content);
        }
        catch (Exception ex) when (ex is not PlanDocumentException and not OutOfMemoryException)
        {
            throw ReadFailures.Unexpected(ex);
        }
    }

    private static PlanDocument ReadZip(ReadOnlyMemory<byte> content, string extension, PlanReadOptions options, ReadBudget budget)
    {
        var (kind, description) = DocxPackageGuard.Classify(content);
        if (kind != ZipContent.WordDocument)
        {
            throw DocxExtensions.Contains(extension)
                ? ReadFailures.CorruptDocx($"压缩包内没有 Word 正文，看起来是{description}")
                : ReadFailures.Unsupported(description ?? "ZIP 压缩包");
        }

        try
        {
            return WithExtensionNote(DocxReader.Read(content, options, budget), extension, ".docx");
        }
        catch (Exception ex) when (ex is not PlanDocumentException and not OutOfMemoryException)
        {
            throw ReadFailures.CorruptDocx("文档内容无法解析", ex);
        }
    }

    private static PlanDocumentException RefuseOle(ReadOnlySpan<byte> content, string extension)
    {
        var description = FormatSniffer.DescribeOle(content, out var encrypted);
        if (encrypted)
        {
            return ReadFailures.EncryptedDocx();
        }

        return description.StartsWith("Word", StringComparison.Ordinal) || LegacyWordExtensions.Contains(extension)
            ? ReadFailures.LegacyOffice(description)
            : ReadFailures.Unsupported(description);
    }

    private static PlanDocument WithExtensionNote(PlanDocument document, string extension, string actual)
    {
        if (extension == actual || (actual == ".docx" && DocxExtensions.Contains(extension)))
        {
            return document;
        }

        var shown = extension.Length == 0 ? "（无扩展名）" : extension;
        return document with { Warnings = [.. document.Warnings, $"文件扩展名为 {shown}，但内容是 {actual} 格式，已按 {actual} 读取。"] };
    }

    private static string SafeExtension(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return "";
        }

        var name = fileName.Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        name = name[(slash + 1)..].TrimEnd(' ', '.');
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }

    /// <summary>
    /// The OpenXML SDK and PdfPig recurse over document structure; a large private stack keeps a hostile nesting
    /// from overflowing the request thread, and the join timeout keeps a runaway parse from holding the request.
    /// </summary>
    private static PlanDocument Isolated(Func<PlanDocument> read, PlanReadOptions options)
    {
        PlanDocument? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read();
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            maxStackSize: 64 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "plan-document-reader",
        };
        thread.Start();
        if (!thread.Join(options.MaxReadTime + TimeSpan.FromSeconds(5)))
        {
            throw ReadFailures.Timeout(options.MaxReadTime);
        }

        switch (failure?.SourceException)
        {
            case null:
                return result!;
            case PlanDocumentException or OutOfMemoryException:
                failure.Throw();
                return null!;
            default:
                throw ReadFailures.Unexpected(failure.SourceException);
        }
    }
}
