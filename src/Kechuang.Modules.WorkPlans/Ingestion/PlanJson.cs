using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Kechuang.Modules.WorkPlans.Ingestion;

public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Chinese and comparators (">=") stay readable; the output is JSON for files and pipes, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ParsedPlan plan) => JsonSerializer.Serialize(plan, Options);

    public static ParsedPlan? Deserialize(string json) => JsonSerializer.Deserialize<ParsedPlan>(json, Options);
}
