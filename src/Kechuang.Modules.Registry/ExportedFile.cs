namespace Kechuang.Modules.Registry;

/// <summary>An export written to the caller's stream: its download name and how many rows it holds (every area's exports).</summary>
public sealed record ExportedFile(string FileName, int Rows);
