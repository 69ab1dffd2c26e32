using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Audit;

/// <summary>The audit trail's table (<c>sys_audit_entries</c>): append-only, ordered by <see cref="AuditEntry.Sequence"/>.</summary>
public sealed class AuditModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable("sys_audit_entries");
            b.HasKey(e => e.Sequence);
            b.Property(e => e.Sequence).ValueGeneratedNever();
            b.Property(e => e.UserName).HasMaxLength(64);
            b.Property(e => e.UnitName).HasMaxLength(100);
            b.Property(e => e.ClientIp).HasMaxLength(64);
            b.Property(e => e.Action).HasMaxLength(64).IsRequired();
            b.Property(e => e.TargetType).HasMaxLength(64).IsRequired();
            b.Property(e => e.TargetId).HasMaxLength(200);
            b.Property(e => e.Detail).HasMaxLength(2000);
            b.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
            b.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
            b.HasIndex(e => e.OccurredAtUtc);
            b.HasIndex(e => new { e.UserId, e.Sequence });
            b.HasIndex(e => new { e.Action, e.Sequence });
            b.HasIndex(e => new { e.TargetType, e.TargetId });
        });
    }
}
