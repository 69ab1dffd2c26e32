using Kechuang.Modules.Registry.Ownership;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Imports;

public enum RowOutcome
{
    Pending,
    Inserted,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>A parsed, valid row waiting to be stored; the store sets its outcome (or rejects it with a reason).</summary>
public sealed class PendingRow<TValues>(int rowNumber, TValues values)
{
    public int RowNumber { get; } = rowNumber;
    public TValues Values { get; } = values;
    public RowOutcome Outcome { get; private set; }
    public string? Error { get; private set; }

    public void Inserted() => Outcome = RowOutcome.Inserted;
    public void Updated() => Outcome = RowOutcome.Updated;
    public void Unchanged() => Outcome = RowOutcome.Unchanged;

    public void Reject(string field, string message)
    {
        Outcome = RowOutcome.Rejected;
        Error = new FieldError(field, message).ToString();
    }
}

/// <summary>
/// What a registry's store step works with: the context, the bulk writer, the region owners, the batch and user, and
/// whether to write at all (a check-only run, or an all-or-nothing run that has already failed, only looks).
/// New rows are collected and written per chunk; updated rows keep their previous state for roll-back.
/// </summary>
public sealed class ImportStore
{
    internal ImportStore(KechuangDbContext db, RegionOwners owners, Guid? batchId, Guid userId, DateTime nowUtc)
    {
        Db = db;
        Bulk = new BulkWriter(db);
        Owners = owners;
        BatchId = batchId;
        UserId = userId;
        NowUtc = nowUtc;
    }

    public KechuangDbContext Db { get; }
    public BulkWriter Bulk { get; }
    public RegionOwners Owners { get; }
    public Guid? BatchId { get; }
    public Guid UserId { get; }
    public DateTime NowUtc { get; }
    public bool Write { get; internal set; }

    internal RecordStamp NewStamp() => RecordStamp.New(UserId, BatchId, NowUtc);

    /// <summary>Writes this chunk's new and changed records; changed ones have their prior state recorded first.</summary>
    public async Task SaveAsync<T>(IReadOnlyCollection<T> inserted, IReadOnlyCollection<(T Record, string Previous)> updated,
        CancellationToken cancellationToken)
        where T : RegistryRecord
    {
        if (!Write)
        {
            return;
        }
        await Bulk.InsertAsync(inserted, cancellationToken);
        if (updated.Count > 0)
        {
            var table = typeof(T).Name;
            await Bulk.InsertAsync(updated.Select(u => new ImportChange(BatchId!.Value, table, u.Record.Id, u.Previous)).ToList(), cancellationToken);
            await Bulk.UpdateAsync(updated.Select(u => u.Record).ToList(), cancellationToken);
        }
    }

    /// <summary>The registry's enterprises with these USCCs: id and where they lie.</summary>
    public async Task<Dictionary<string, EnterpriseRef>> EnterprisesAsync(IEnumerable<string> usccs, CancellationToken cancellationToken)
    {
        var keys = usccs.Distinct(StringComparer.Ordinal).ToList();
        var found = await Db.Enterprises().AsNoTracking()
            .Where(e => keys.Contains(e.Uscc))
            .Select(e => new EnterpriseRef(e.Id, e.Uscc, e.Name, e.RegionCode))
            .ToListAsync(cancellationToken);
        return found.ToDictionary(e => e.Uscc, StringComparer.Ordinal);
    }
}

public sealed record EnterpriseRef(Guid Id, string Uscc, string Name, string? RegionCode);

/// <summary>
/// One registry's import: its template (fields, notes), how a row becomes values, the natural key that makes a
/// re-import an update, and how a chunk of rows is stored. The runner (<see cref="RunImport.RunImport"/>) does the
/// rest — reading, duplicate keys, modes, the batch, the report — the same way for every registry.
/// </summary>
public abstract class RegistryImport
{
    /// <summary>URL and batch key, kebab-case: "enterprises".</summary>
    public abstract string Key { get; }

    /// <summary>Chinese name of the registry: "企业基本信息".</summary>
    public abstract string Title { get; }

    public abstract IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Extra lines for the template's 填写说明 sheet.</summary>
    public virtual IReadOnlyList<string> Notes => [];

    /// <summary>The record types this import writes, for roll-back (each is a <see cref="RegistryRecord"/>).</summary>
    public abstract IReadOnlyList<Type> Tables { get; }

    internal abstract ImportRun Begin(ImportStore store);

    /// <summary>Why a batch cannot be rolled back beyond later changes to its own rows (e.g. records of other batches
    /// hanging off the enterprises it created); null when nothing blocks it.</summary>
    internal virtual Task<string?> RollbackBlockerAsync(KechuangDbContext db, Guid batchId, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    /// <summary>After a roll-back restored these records' earlier values (e.g. an enterprise's earlier district).</summary>
    internal virtual Task RestoredAsync(KechuangDbContext db, IReadOnlyList<Guid> restoredIds, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

/// <summary>The untyped face of one run, used by the runner.</summary>
internal abstract class ImportRun
{
    /// <summary>Parses the row; null key when invalid (errors are in <paramref name="fields"/>).</summary>
    public abstract string? Accept(RowFields fields);

    /// <summary>Stores the accepted rows so far; returns the outcomes by row number.</summary>
    public abstract Task<IReadOnlyList<(int Row, RowOutcome Outcome, string? Error)>> FlushAsync(CancellationToken cancellationToken);

    public abstract int Buffered { get; }

    /// <summary>Forgets the last accepted row (its key repeats an earlier row of the file).</summary>
    public abstract void DropLast();
}

public abstract class RegistryImport<TValues> : RegistryImport
{
    /// <summary>The row's values, or null when a field is invalid (the errors are on <paramref name="row"/>).</summary>
    public abstract TValues? Parse(RowFields row);

    public abstract string KeyOf(TValues values);

    /// <summary>Stores a chunk: look the keys up, create or apply, then <see cref="ImportStore.SaveAsync{T}"/>.</summary>
    protected internal abstract Task StoreAsync(ImportStore store, IReadOnlyList<PendingRow<TValues>> rows, CancellationToken cancellationToken);

    internal override ImportRun Begin(ImportStore store) => new Run(this, store);

    private sealed class Run(RegistryImport<TValues> import, ImportStore store) : ImportRun
    {
        private readonly List<PendingRow<TValues>> _rows = [];

        public override int Buffered => _rows.Count;

        public override void DropLast() => _rows.RemoveAt(_rows.Count - 1);

        public override string? Accept(RowFields fields)
        {
            var values = import.Parse(fields);
            if (values is null || !fields.IsValid)
            {
                return null;
            }
            _rows.Add(new PendingRow<TValues>(fields.RowNumber, values));
            return import.KeyOf(values);
        }

        public override async Task<IReadOnlyList<(int Row, RowOutcome Outcome, string? Error)>> FlushAsync(CancellationToken cancellationToken)
        {
            if (_rows.Count == 0)
            {
                return [];
            }
            await import.StoreAsync(store, _rows, cancellationToken);
            var outcomes = _rows.Select(r => (r.RowNumber, r.Outcome, r.Error)).ToList();
            _rows.Clear();
            return outcomes;
        }
    }
}
