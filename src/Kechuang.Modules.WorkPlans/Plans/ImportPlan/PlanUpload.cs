using System.Security.Cryptography;
using Kechuang.Modules.WorkPlans.Ingestion;
using Kechuang.Platform.Files;
using Kechuang.Platform.Results;

namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>An uploaded plan document, already read into memory within the size limit.</summary>
public sealed record PlanUpload(string FileName, byte[] Content)
{
    public string ContentHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    public PlanSource ToSource() => new(Path.GetFileName(FileName), Content.LongLength, ContentHash);

    /// <summary>Reads an upload stream, refusing it before reading when the declared size is over the limit.</summary>
    public static async Task<Result<PlanUpload>> ReadAsync(
        string fileName, long? declaredSize, Stream stream, PlanReadOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return Error.Validation("upload-missing-file-name", "请选择要导入的文件。");
        }
        if (declaredSize > options.MaxFileBytes)
        {
            return TooLarge(options);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxFileBytes)
            {
                return TooLarge(options);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return Error.Validation(PlanDocumentErrors.Empty, "文件为空，请选择包含工作要点内容的文件。");
        }
        return new PlanUpload(Path.GetFileName(fileName), buffer.ToArray());
    }

    public static Error TooLarge(PlanReadOptions options) => UploadedFile.TooLarge(options.MaxFileBytes);
}
