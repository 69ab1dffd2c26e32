namespace Kechuang.Modules.WorkPlans.Ingestion;

/// <summary>Limits on reading an uploaded plan document (configuration section <c>WorkPlans:Import</c>).</summary>
public sealed record PlanReadOptions
{
    public const string Section = "WorkPlans:Import";

    /// <summary>Largest accepted upload, in bytes (default 20 MB; a 工作要点 is rarely over 2 MB).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of the parts of a .docx we read (zip-bomb guard).</summary>
    public long MaxDocxUncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest compression ratio of a single .docx part (zip-bomb guard).</summary>
    public int MaxDocxCompressionRatio { get; init; } = 200;

    /// <summary>Largest number of PDF pages read.</summary>
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>Longest time spent reading one document before it is refused as too complex.</summary>
    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(30);

    public static PlanReadOptions Default { get; } = new();
}
