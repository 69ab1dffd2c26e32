using System.Globalization;
using Kechuang.Platform.Audit.WriteCheckpoint;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Audit.VerifyAudit;

public enum AuditBreakKind
{
    /// <summary>The entry's content no longer gives its hash: the row was edited.</summary>
    ContentChanged,

    /// <summary>The entry does not point at the hash of the entry before it: one was deleted, inserted or rewritten.</summary>
    LinkBroken,

    /// <summary>A sequence number is missing.</summary>
    Missing,

    /// <summary>The entry named by a checkpoint has another hash, or is gone.</summary>
    CheckpointMismatch,
}

public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Message);

public sealed record AuditVerification(
    bool Intact,
    long CheckedCount,
    long? FirstSequence,
    long? HeadSequence,
    string HeadHash,
    AuditBreak? FirstBreak,
    IReadOnlyList<string> Notes,
    bool? CheckpointMatched)
{
    /// <summary>One line in Chinese for the CLI and the page.</summary>
    public string Summary => FirstBreak is { } broken
        ? $"审计链已被破坏：{broken.Message}（已校验 {CheckedCount} 条）"
        : CheckedCount == 0
            ? "审计链为空。"
            : $"审计链完整：已校验第 {FirstSequence} 至第 {HeadSequence} 条，共 {CheckedCount} 条，链头哈希 {HeadHash}。";
}

/// <summary>
/// Walks the whole chain in sequence order, in batches (memory stays flat for millions of rows), recomputing every
/// hash and link, and stops at the first broken entry. Entries removed by retention are accounted for by the
/// <c>audit.retention</c> entry that removed them.
/// </summary>
public sealed class VerifyAuditTrail(KechuangDbContext db)
{
    private const int BatchSize = 2000;

    public async Task<AuditVerification> ExecuteAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        var notes = new List<string>();
        long checkedCount = 0;
        long? first = null;
        long previousSequence = 0;
        var previousHash = AuditHashing.Genesis;
        bool? checkpointMatched = null;
        AuditBreak? broken = null;

        while (broken is null)
        {
            var after = previousSequence;
            var batch = await entries.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var entry in batch)
            {
                if (first is null)
                {
                    first = entry.Sequence;
                    if (entry.Sequence > 1)
                    {
                        var (explained, note, expectedPrevious) = await ExplainStartAsync(entry.Sequence, cancellationToken);
                        if (!explained)
                        {
                            broken = new AuditBreak(entry.Sequence - 1, AuditBreakKind.Missing,
                                $"缺少第 {Number(entry.Sequence - 1)} 条（第 1 至 {Number(entry.Sequence - 1)} 条不在库中，也没有相应的到期清理记录）");
                            break;
                        }
                        notes.Add(note);
                        previousHash = expectedPrevious ?? entry.PreviousHash;
                    }
                }
                else if (entry.Sequence != previousSequence + 1)
                {
                    broken = new AuditBreak(previousSequence + 1, AuditBreakKind.Missing, $"缺少第 {Number(previousSequence + 1)} 条");
                    break;
                }
                if (AuditHashing.Hash(entry) != entry.Hash)
                {
                    broken = new AuditBreak(entry.Sequence, AuditBreakKind.ContentChanged,
                        $"第 {Number(entry.Sequence)} 条记录内容与哈希不符（记录被修改）");
                    break;
                }
                if (entry.PreviousHash != previousHash)
                {
                    broken = new AuditBreak(entry.Sequence, AuditBreakKind.LinkBroken, entry.Sequence == first
                        ? $"第 {Number(entry.Sequence)} 条的前序哈希与到期清理时记录的不符（记录被删除或插入）"
                        : $"第 {Number(entry.Sequence)} 条的前序哈希与第 {Number(entry.Sequence - 1)} 条不符（记录被删除或插入）");
                    break;
                }
                if (checkpoint is not null && entry.Sequence == checkpoint.Sequence)
                {
                    checkpointMatched = entry.Hash == checkpoint.Hash;
                    if (checkpointMatched == false)
                    {
                        broken = new AuditBreak(entry.Sequence, AuditBreakKind.CheckpointMismatch,
                            $"第 {Number(entry.Sequence)} 条的哈希与存证（{checkpoint.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC）不符（存证之后审计链被改写）");
                        break;
                    }
                }
                checkedCount++;
                previousSequence = entry.Sequence;
                previousHash = entry.Hash;
            }
        }

        if (broken is null && checkpoint is not null && checkpointMatched is null)
        {
            if (first is { } start && checkpoint.Sequence < start)
            {
                notes.Add($"存证的第 {Number(checkpoint.Sequence)} 条已按保留期清理，无法与存证比对。");
            }
            else
            {
                checkpointMatched = false;
                broken = new AuditBreak(checkpoint.Sequence, AuditBreakKind.CheckpointMismatch,
                    $"缺少第 {Number(checkpoint.Sequence)} 条：存证时审计链已到第 {Number(checkpoint.Sequence)} 条，现在只到第 {Number(previousSequence)} 条（记录被删除）");
            }
        }
        return new AuditVerification(broken is null, checkedCount, first, checkedCount == 0 ? null : previousSequence,
            checkedCount == 0 ? AuditHashing.Genesis : previousHash, broken, notes, checkpointMatched);
    }

    /// <summary>
    /// The chain may start after 1 only because retention removed the entries before: some <c>audit.retention</c>
    /// entry must name exactly that range, and it says which hash the first remaining entry must point at.
    /// </summary>
    private async Task<(bool Explained, string Note, string? ExpectedPrevious)> ExplainStartAsync(long start, CancellationToken cancellationToken)
    {
        var through = (start - 1).ToString(CultureInfo.InvariantCulture);
        var purges = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == AuditActions.Retention && e.TargetType == nameof(AuditEntry) && e.TargetId != null)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.TargetId, e.Changes })
            .ToListAsync(cancellationToken);
        var purge = purges.FirstOrDefault(p => p.TargetId!.EndsWith("-" + through, StringComparison.Ordinal));
        if (purge is null)
        {
            return (false, "", null);
        }
        var lastHash = PurgeExpired.PurgeExpiredAuditEntries.LastRemovedHash(purge.Changes);
        return (true, $"第 1 至 {Number(start - 1)} 条已按保留期清理，从第 {Number(start)} 条开始校验。", lastHash);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
