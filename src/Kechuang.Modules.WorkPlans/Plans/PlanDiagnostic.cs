using Kechuang.Modules.WorkPlans.Ingestion;

namespace Kechuang.Modules.WorkPlans.Plans;

/// <summary>A parser finding kept with the plan, and what the importer did about it.</summary>
public sealed class PlanDiagnostic
{
    private PlanDiagnostic()
    {
    }

    internal PlanDiagnostic(Guid planId, int position, ParseDiagnostic diagnostic, bool accepted)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        Position = position;
        Severity = diagnostic.Severity;
        Code = diagnostic.Code;
        Message = diagnostic.Message;
        Excerpt = diagnostic.Excerpt;
        Suggestion = diagnostic.Suggestion;
        Accepted = accepted;
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public int Position { get; private set; }
    public DiagnosticSeverity Severity { get; private set; }
    public string Code { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string Excerpt { get; private set; } = "";
    public string? Suggestion { get; private set; }

    /// <summary>The importer applied the suggested correction in the preview.</summary>
    public bool Accepted { get; private set; }
}
