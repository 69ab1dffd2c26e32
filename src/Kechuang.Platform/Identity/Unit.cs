namespace Kechuang.Platform.Identity;

public enum UnitKind
{
    /// <summary>科技局/科技厅 itself, the root.</summary>
    Bureau,
    /// <summary>处室.</summary>
    Division,
    /// <summary>区县科技局, keyed by GB/T 2260 region code.</summary>
    DistrictBureau,
    /// <summary>开发区 (a management area, not a region code).</summary>
    DevelopmentZone,
    Enterprise,
    University,
    Bank,
    Registry,
    Other,
}

/// <summary>A node of the organisation tree; every user belongs to exactly one.</summary>
public sealed class Unit
{
    private Unit()
    {
    }

    public Guid Id { get; private set; }
    public Guid? ParentId { get; private set; }
    public UnitKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>GB/T 2260 region code (district bureaus) or USCC (enterprises); null otherwise.</summary>
    public string? Code { get; private set; }

    /// <summary>Materialised path of ids, "/{root}/{child}/", so a subtree is one prefix query.</summary>
    public string Path { get; private set; } = "";

    public bool IsActive { get; private set; } = true;

    public int Version { get; private set; }

    public static Unit Create(Unit? parent, UnitKind kind, string name, string? code)
    {
        var unit = new Unit
        {
            Id = Guid.CreateVersion7(),
            ParentId = parent?.Id,
            Kind = kind,
            Name = name.Trim(),
            Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim(),
            Version = 1,
        };
        unit.Path = (parent?.Path ?? "/") + unit.Id.ToString("N") + "/";
        return unit;
    }

    public void Rename(string name, string? code)
    {
        Name = name.Trim();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        Version++;
    }

    public void Deactivate()
    {
        IsActive = false;
        Version++;
    }
}
