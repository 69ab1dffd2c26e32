namespace Kechuang.Platform.Database;

/// <summary>Loads a module's demo content at start-up in demo mode; must be idempotent.</summary>
public interface IDemoSeeder
{
    Task SeedAsync(string contentRoot, CancellationToken cancellationToken);
}
