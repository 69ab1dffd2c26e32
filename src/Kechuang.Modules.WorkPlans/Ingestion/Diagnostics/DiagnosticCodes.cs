namespace Kechuang.Modules.WorkPlans.Ingestion.Diagnostics;

/// <summary>Stable codes of <see cref="ParseDiagnostic"/> (the import preview keys its highlighting on them).</summary>
public static class DiagnosticCodes
{
    /// <summary>A character inside a name that appears correctly elsewhere in the document (西〉市 vs 西安市).</summary>
    public const string OcrSuspectCharacter = "ocr-suspect-character";

    /// <summary>A year far from the one the body states, or outside any plausible range (3031 vs 2021).</summary>
    public const string OcrSuspectYear = "ocr-suspect-year";

    /// <summary>A date that does not exist (3月35日, 2月30日, 13月).</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A numbering sequence skips a number (task 5 followed by task 7).</summary>
    public const string NumberingGap = "structure-numbering-gap";

    /// <summary>No headline-targets paragraph was found, or it holds no numeric target.</summary>
    public const string NoHeadlineTargets = "no-headline-targets";
}
