using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kechuang.Modules.Registry.Demo;

/// <summary>
/// Demo mode fills an empty registry with a small generated Xi'an (300 enterprises, seed 2021, as of today), so the
/// registry pages show data at once. The demo district bureaus must exist first (雁塔区 610113, 碑林区 610103), or every
/// record would belong to the root bureau and the demo district accounts would see nothing: the accounts seeder is
/// idempotent, so it is run here rather than relying on the order the modules registered their seeders in.
/// </summary>
internal sealed class DemoRegistrySeeder(
    IServiceProvider services, KechuangDbContext db, DemoDataWriter writer, IConfiguration configuration, TimeProvider clock,
    ILogger<DemoRegistrySeeder> logger) : IDemoSeeder
{
    public async Task SeedAsync(string contentRoot, CancellationToken cancellationToken)
    {
        // Demo:RegistryScale = 0 leaves the registry empty (e.g. for tests that count what they create themselves).
        var scale = configuration.GetValue("Demo:RegistryScale", DemoDataGenerator.DemoScale);
        if (scale <= 0)
        {
            return;
        }
        await ActivatorUtilities.CreateInstance<DemoAccountsSeeder>(services).SeedAsync(contentRoot, cancellationToken);
        if (await db.Enterprises().AnyAsync(cancellationToken))
        {
            return;
        }
        var seed = configuration.GetValue("Demo:RegistrySeed", DemoDataGenerator.DemoSeed);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + Kechuang.Platform.Text.BeijingTime.Offset);
        var written = await writer.WriteAsync(new DemoDataGenerator(seed, scale, today), Guid.Empty, null, cancellationToken);
        if (written.IsSuccess)
        {
            logger.LogInformation("Demo registry data written: {Total} records in {Seconds:F1} s", written.Value.Counts.Total, written.Value.Elapsed.TotalSeconds);
        }
        else
        {
            logger.LogWarning("Demo registry data not written: {Message}", written.Error.Message);
        }
    }
}
