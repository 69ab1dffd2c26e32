using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kechuang.Platform.Files;

/// <summary>A file posted as multipart/form-data, read into memory within a size limit, with the other form fields.</summary>
public sealed record UploadedFile(string FileName, byte[] Content, IFormCollection Form)
{
    /// <summary>Room for the multipart envelope and small form fields around the file itself.</summary>
    private const long FormOverheadBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Refuses an oversized upload before reading it (by Content-Length) or while reading it (by a body limit),
    /// always with a Chinese message, so a 200 MB post never reaches memory and never yields a bare 413.
    /// </summary>
    public static async Task<Result<UploadedFile>> ReadAsync(
        HttpRequest request, string fieldName, long maxFileBytes, CancellationToken cancellationToken)
    {
        var posted = await ReadFormFileAsync(request, fieldName, maxFileBytes, cancellationToken);
        if (!posted.IsSuccess)
        {
            return posted.Error;
        }
        var (form, file) = posted.Value;
        await using var stream = file.OpenReadStream();
        var content = new byte[file.Length];
        await stream.ReadExactlyAsync(content, cancellationToken);
        return new UploadedFile(Path.GetFileName(file.FileName), content, form);
    }

    /// <summary>
    /// The same checks as <see cref="ReadAsync"/>, but the file goes to disk instead of memory (imports of a
    /// million rows): it is copied to a new file in <paramref name="folder"/>, which the caller deletes.
    /// </summary>
    public static async Task<Result<SavedUpload>> SaveAsync(
        HttpRequest request, string fieldName, long maxFileBytes, string folder, CancellationToken cancellationToken)
    {
        var posted = await ReadFormFileAsync(request, fieldName, maxFileBytes, cancellationToken);
        if (!posted.IsSuccess)
        {
            return posted.Error;
        }
        var (form, file) = posted.Value;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"upload-{Guid.NewGuid():N}{Path.GetExtension(file.FileName).ToLowerInvariant()}");
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }
        return new SavedUpload(Path.GetFileName(file.FileName), path, form);
    }

    private static async Task<Result<(IFormCollection Form, IFormFile File)>> ReadFormFileAsync(
        HttpRequest request, string fieldName, long maxFileBytes, CancellationToken cancellationToken)
    {
        var limit = maxFileBytes + FormOverheadBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(maxFileBytes);
        }
        if (!request.HasFormContentType)
        {
            return Error.Validation("upload-not-multipart", "请以 multipart/form-data 方式上传文件（字段名 file）。");
        }
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxFileBytes);
        }
        catch (InvalidDataException)
        {
            return TooLarge(maxFileBytes);
        }
        catch (IOException)
        {
            return Error.Validation("upload-interrupted", "上传中断或请求格式有误，请重新上传。");
        }

        var file = form.Files.GetFile(fieldName);
        if (file is null)
        {
            return Error.Validation("upload-missing-file", $"请求中没有文件（字段名 {fieldName}）。");
        }
        if (file.Length > maxFileBytes)
        {
            return TooLarge(maxFileBytes);
        }
        if (file.Length == 0)
        {
            return Error.Validation("document-empty", "文件为空，请选择包含内容的文件。");
        }
        return (form, file);
    }

    public static Error TooLarge(long maxFileBytes) => Error.TooLarge(
        "document-too-large",
        $"文件超过大小上限（{maxFileBytes / 1024.0 / 1024.0:0.#} MB），请拆分或压缩后再上传。");
}

/// <summary>An uploaded file saved to disk, with the other form fields.</summary>
public sealed record SavedUpload(string FileName, string Path, IFormCollection Form);
