namespace Kechuang.Platform.Results;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    TooLarge,
    Unsupported,
}

/// <summary>
/// A failure a user can act on: a stable machine code and a Chinese message. Exceptions stay for bugs and
/// infrastructure faults; everything the user did wrong travels as an <see cref="Error"/>.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    public static Error Validation(string code, string message) => new(ErrorKind.Validation, code, message);
    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);
    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);
    public static Error TooLarge(string code, string message) => new(ErrorKind.TooLarge, code, message);
    public static Error Unsupported(string code, string message) => new(ErrorKind.Unsupported, code, message);
}
