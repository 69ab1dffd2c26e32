using System.Diagnostics;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>A deadline checked inside every loop that walks a document, so a hostile file cannot keep a request busy.</summary>
internal sealed class ReadBudget(TimeSpan limit)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public TimeSpan Limit { get; } = limit;

    public void Check()
    {
        if (Stopwatch.GetElapsedTime(_start) > Limit)
        {
            throw ReadFailures.Timeout(Limit);
        }
    }
}
