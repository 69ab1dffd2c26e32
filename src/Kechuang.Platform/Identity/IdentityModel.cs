using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.AccessTokens;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platform.Identity;

/// <summary>
/// The platform's identity tables (prefix <c>sys_</c>): the Identity schema (as IdentityDbContext would map it, on our
/// shared context), the organisation tree and role permissions.
/// </summary>
public sealed class IdentityModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<KechuangUser>(b =>
        {
            b.ToTable("sys_users");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail);
            b.HasIndex(u => u.UnitId);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(64);
            b.Property(u => u.NormalizedUserName).HasMaxLength(64);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.DisplayName).HasMaxLength(64);
            b.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<KechuangRole>(b =>
        {
            b.ToTable("sys_roles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(64);
            b.Property(r => r.NormalizedName).HasMaxLength(64);
            b.Property(r => r.DisplayName).HasMaxLength(64);
            b.Property(r => r.ScopeRegions).HasMaxLength(2000);
            b.HasMany(r => r.Permissions).WithOne().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RolePermission>(b =>
        {
            b.ToTable("sys_role_permissions");
            b.HasKey(p => new { p.RoleId, p.Permission });
            b.Property(p => p.Permission).HasMaxLength(100);
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable("sys_user_roles");
            b.HasKey(r => new { r.UserId, r.RoleId });
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<KechuangRole>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable("sys_user_claims");
            b.HasKey(c => c.Id);
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("sys_user_logins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("sys_user_tokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable("sys_role_claims");
            b.HasKey(c => c.Id);
            b.HasOne<KechuangRole>().WithMany().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Unit>(b =>
        {
            b.ToTable("sys_units");
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).ValueGeneratedNever();
            b.Property(u => u.Name).HasMaxLength(100).IsRequired();
            b.Property(u => u.Code).HasMaxLength(18);
            b.Property(u => u.Path).HasMaxLength(1000).IsRequired();
            b.Property(u => u.Version).IsConcurrencyToken();
            b.HasIndex(u => u.Path);
            b.HasIndex(u => u.ParentId);
            b.HasIndex(u => u.Code);
        });
        modelBuilder.Entity<SecurityPolicy>(b =>
        {
            b.ToTable("sys_security_policy");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PasswordHistoryEntry>(b =>
        {
            b.ToTable("sys_password_history");
            b.HasKey(h => h.Id);
            b.Property(h => h.PasswordHash).HasMaxLength(200).IsRequired();
            b.HasIndex(h => new { h.UserId, h.ChangedAtUtc });
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<UserSession>(b =>
        {
            b.ToTable("sys_sessions");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.ClientIp).HasMaxLength(64);
            b.Property(s => s.UserAgent).HasMaxLength(300);
            b.HasIndex(s => new { s.UserId, s.EndedAtUtc });
            b.HasIndex(s => s.EndedAtUtc);
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AccessToken>(b =>
        {
            b.ToTable("sys_access_tokens");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Name).HasMaxLength(64).IsRequired();
            b.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
            b.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
            b.Property(t => t.Permissions).HasMaxLength(4000).IsRequired();
            b.HasIndex(t => t.TokenHash).IsUnique();
            b.HasIndex(t => t.UserId);
            b.HasOne<KechuangUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
