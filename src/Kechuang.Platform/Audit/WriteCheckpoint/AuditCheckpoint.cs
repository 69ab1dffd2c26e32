using System.Text.Json;
using System.Text.Json.Serialization;
using Kechuang.Platform.Results;

namespace Kechuang.Platform.Audit.WriteCheckpoint;

/// <summary>
/// The head of the chain at one moment (存证), kept outside the database: whoever rewrites the chain from some entry on
/// and recomputes every hash after it still cannot make the checkpointed entry keep its hash.
/// </summary>
public sealed record AuditCheckpoint(string Format, long Sequence, string Hash, DateTime CreatedAtUtc, long EntryCount)
{
    public const string CurrentFormat = "kc-audit-checkpoint-v1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Result<AuditCheckpoint> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        AuditCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(json, Json);
        }
        catch (JsonException)
        {
            return Error.Validation("audit.checkpoint-invalid", "存证文件不是有效的 JSON。");
        }
        if (checkpoint is null || checkpoint.Format != CurrentFormat || checkpoint.Sequence < 1 ||
            checkpoint.Hash is not { Length: 64 } || !checkpoint.Hash.All(Uri.IsHexDigit))
        {
            return Error.Validation("audit.checkpoint-invalid", $"存证文件格式不对：应包含 format（{CurrentFormat}）、sequence 与 64 位十六进制 hash。");
        }
        return checkpoint;
    }

    public static async Task<Result<AuditCheckpoint>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Error.NotFound("audit.checkpoint-missing", $"找不到存证文件：{path}");
        }
        return Parse(await File.ReadAllTextAsync(path, cancellationToken));
    }
}
