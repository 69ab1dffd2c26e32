using System.Globalization;
using System.Text.Json;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Audit.PurgeExpired;

public sealed record AuditPurgeResult(int RetentionDays, DateTime CutoffUtc, long Removed, long? FromSequence, long? ToSequence)
{
    public string Summary => Removed == 0
        ? $"没有超过 {RetentionDays} 天保留期的审计记录。"
        : $"已清理第 {FromSequence} 至第 {ToSequence} 条审计记录，共 {Removed} 条（保留期 {RetentionDays} 天）。";
}

/// <summary>
/// Removes the entries older than <c>Audit:RetentionDays</c> (never fewer than 180 days, 网络安全法 art. 21) as one
/// prefix of the chain, in one transaction with the <c>audit.retention</c> entry that records the range and the
/// hash of its last entry, so verification can start at the first remaining entry.
/// </summary>
public sealed class PurgeExpiredAuditEntries(KechuangDbContext db, IAuditTrail audit, AuditOptions options, TimeProvider clock)
{
    private const string RangeField = "Sequence";
    private const string LastHashField = "LastHash";

    public async Task<AuditPurgeResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var days = Math.Max(AuditOptions.MinimumRetentionDays, options.RetentionDays);
        var cutoff = AuditHashing.Normalize(clock.GetUtcNow().UtcDateTime.AddDays(-days));
        var entries = db.Set<AuditEntry>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var first = await entries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var head = await entries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (first is null || head is null)
        {
            return new AuditPurgeResult(days, cutoff, 0, null, null);
        }
        // Only a prefix goes, and never the head: the next entry must still chain onto something.
        var firstKept = await entries.AsNoTracking().Where(e => e.OccurredAtUtc >= cutoff)
            .OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var through = Math.Min((firstKept ?? head.Value + 1) - 1, head.Value - 1);
        if (through < first)
        {
            return new AuditPurgeResult(days, cutoff, 0, null, null);
        }
        var lastHash = await entries.AsNoTracking().Where(e => e.Sequence == through).Select(e => e.Hash).SingleAsync(cancellationToken);
        var from = first.Value;
        var removed = await entries.Where(e => e.Sequence <= through).ExecuteDeleteAsync(cancellationToken);
        var range = $"{Number(from)}-{Number(through)}";
        audit.Stage(new AuditRecord(AuditActions.Retention, nameof(AuditEntry), range, AuditOutcome.Success,
            [new AuditChange(RangeField, range, null), new AuditChange(LastHashField, lastHash, null)],
            $"按 {Number(days)} 天保留期清理 {Text.BeijingTime.Format(cutoff)}（北京时间）之前的第 {Number(from)} 至 {Number(through)} 条，共 {Number(removed)} 条"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AuditPurgeResult(days, cutoff, removed, from, through);
    }

    /// <summary>The hash of the last removed entry, as recorded in an <c>audit.retention</c> entry's changes.</summary>
    internal static string? LastRemovedHash(string? changes)
    {
        if (string.IsNullOrEmpty(changes))
        {
            return null;
        }
        using var json = JsonDocument.Parse(changes);
        foreach (var change in json.RootElement.EnumerateArray())
        {
            if (change.TryGetProperty("field", out var field) && field.GetString() == LastHashField &&
                change.TryGetProperty("before", out var before))
            {
                return before.GetString();
            }
        }
        return null;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
