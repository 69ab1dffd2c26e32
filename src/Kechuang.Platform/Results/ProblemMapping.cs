using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kechuang.Platform.Results;

/// <summary>The one place where an <see cref="Error"/> becomes RFC 9457 problem details with a Chinese title.</summary>
public static class ProblemMapping
{
    public static ProblemHttpResult ToProblem(this Error error)
    {
        var (status, title) = error.Kind switch
        {
            ErrorKind.Validation => (StatusCodes.Status400BadRequest, "请求内容有误"),
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "未找到"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "与现有数据冲突"),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "无权执行此操作"),
            ErrorKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "文件过大"),
            ErrorKind.Unsupported => (StatusCodes.Status415UnsupportedMediaType, "不支持的文件"),
            _ => (StatusCodes.Status400BadRequest, "请求无法处理"),
        };
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = error.Message,
            Type = $"https://kechuang.local/problems/{error.Code}",
        };
        problem.Extensions["code"] = error.Code;
        return TypedResults.Problem(problem);
    }
}
