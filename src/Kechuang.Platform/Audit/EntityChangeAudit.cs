using System.Globalization;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kechuang.Platform.Audit;

/// <summary>Marks an entity whose rows are bookkeeping of the platform itself and are not audited row by row.</summary>
public interface INotAudited;

/// <summary>
/// Turns the change tracker's added, modified and deleted entities into audit records with before/after values.
/// Secrets are never copied into the trail: hashes, stamps and encrypted personal fields show as "（已修改）".
/// </summary>
internal static class EntityChangeAudit
{
    private const int MaxValueLength = 500;
    private const string Redacted = "（已隐藏）";

    private static readonly HashSet<Type> Ignored =
    [
        typeof(AuditEntry), typeof(UserSession), typeof(PasswordHistoryEntry),
    ];

    /// <summary>Properties whose value is a secret or an encrypted field.</summary>
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(KechuangUser.PasswordHash), nameof(KechuangUser.IdCardNumber), nameof(KechuangUser.MobilePhone),
        "TokenHash", nameof(IdentityUserToken<Guid>.Value),
    };

    /// <summary>Properties that change as a side effect of signing in and say nothing on their own.</summary>
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        nameof(KechuangUser.ConcurrencyStamp), nameof(KechuangUser.SecurityStamp), nameof(KechuangUser.AccessFailedCount),
        "LastUsedAtUtc", "Version",
    };

    public static List<AuditRecord> Collect(ChangeTracker tracker)
    {
        var records = new List<AuditRecord>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) ||
                entry.Entity is INotAudited || Ignored.Contains(entry.Metadata.ClrType))
            {
                continue;
            }
            var changes = new List<AuditChange>();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                // The key is the entry's TargetId already; shadow properties are EF bookkeeping.
                if (Noise.Contains(name) || property.Metadata.IsPrimaryKey() || property.Metadata.IsShadowProperty())
                {
                    continue;
                }
                switch (entry.State)
                {
                    case EntityState.Added when property.CurrentValue is not null:
                        changes.Add(new AuditChange(name, null, Show(name, property.CurrentValue)));
                        break;
                    case EntityState.Deleted when property.OriginalValue is not null:
                        changes.Add(new AuditChange(name, Show(name, property.OriginalValue), null));
                        break;
                    case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        changes.Add(new AuditChange(name, Show(name, property.OriginalValue), Show(name, property.CurrentValue)));
                        break;
                }
            }
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            records.Add(new AuditRecord(ActionOf(entry), TargetType(entry.Metadata.ClrType), KeyOf(entry), AuditOutcome.Success, changes));
        }
        return records;
    }

    private static string ActionOf(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        if (type == typeof(IdentityUserRole<Guid>) || type == typeof(RolePermission))
        {
            return AuditActions.PermissionChanged;
        }
        return entry.State switch
        {
            EntityState.Added => AuditActions.Create,
            EntityState.Deleted => AuditActions.Delete,
            _ => AuditActions.Update,
        };
    }

    public static string TargetType(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        return name.StartsWith("Identity", StringComparison.Ordinal) ? name["Identity".Length..] : name;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }
        var parts = key.Properties.Select(p => entry.Property(p.Name)).ToList();
        if (parts.Any(p => p.IsTemporary))
        {
            return null;
        }
        return string.Join("/", parts.Select(p => Format(p.CurrentValue ?? p.OriginalValue)));
    }

    private static string? Show(string property, object? value) =>
        value is null ? null : Secret.Contains(property) ? Redacted : Format(value);

    private static string Format(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Guid g => g.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }
}
