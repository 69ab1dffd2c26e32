using Kechuang.Platform.Database;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kechuang.Platform.Audit;

/// <summary>The <c>Audit:*</c> settings: where checkpoints go, how often, and how long entries are kept.</summary>
public sealed record AuditOptions(string CheckpointFolder, int CheckpointIntervalMinutes, int RetentionDays)
{
    public const string DefaultCheckpointFolder = "data/audit-checkpoints";

    /// <summary>网络安全法 art. 21: network logs are kept for no less than six months.</summary>
    public const int MinimumRetentionDays = 180;

    public static AuditOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = configuration["Audit:CheckpointFolder"];
        var interval = ReadInt(configuration, "Audit:CheckpointIntervalMinutes", 60);
        var retention = ReadInt(configuration, "Audit:RetentionDays", MinimumRetentionDays);
        return new AuditOptions(
            ResolveFolder(string.IsNullOrWhiteSpace(folder) ? DefaultCheckpointFolder : folder, Directory.GetCurrentDirectory()),
            Math.Max(1, interval),
            Math.Max(MinimumRetentionDays, retention));
    }

    /// <summary>A relative folder lives under the checkout root (the folder holding Kechuang.slnx), as data/kechuang.db does.</summary>
    public static string ResolveFolder(string folder, string currentDirectory) =>
        DatabaseOptions.ResolveUnderCheckout(folder, currentDirectory);

    private static int ReadInt(IConfiguration configuration, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{key} must be a whole number, not '{text}'.");
    }
}
