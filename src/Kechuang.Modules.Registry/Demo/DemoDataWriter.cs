using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Ownership;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Talents;
using Kechuang.Platform.Audit;
using Kechuang.Platform.Codes;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Kechuang.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Demo;

/// <summary>How many records of each registry a demo write created.</summary>
public sealed record DemoCounts(
    int Enterprises,
    int EnterpriseYears,
    int HighTechCertificates,
    int TechSmeRegistrations,
    int GrowthRecognitions,
    int PoolMemberships,
    int Platforms,
    int PlatformAssessments,
    int Talents,
    int TechContracts,
    int TechLoans,
    int SubFunds,
    int FundInvestments,
    int Roadshows,
    int Activities)
{
    public int Total => Enterprises + EnterpriseYears + HighTechCertificates + TechSmeRegistrations + GrowthRecognitions + PoolMemberships
        + Platforms + PlatformAssessments + Talents + TechContracts + TechLoans + SubFunds + FundInvestments + Roadshows + Activities;

    /// <summary>Chinese labels and counts, in the order the registries are shown.</summary>
    public IReadOnlyList<(string Label, int Count)> Lines =>
    [
        ("企业", Enterprises), ("企业年度数据", EnterpriseYears), ("高新技术企业证书", HighTechCertificates),
        ("科技型中小企业入库登记", TechSmeRegistrations), ("瞪羚/独角兽认定", GrowthRecognitions), ("培育库入库", PoolMemberships),
        ("创新平台与载体", Platforms), ("平台年度考核", PlatformAssessments), ("人才", Talents), ("技术合同", TechContracts),
        ("科技贷款", TechLoans), ("子基金", SubFunds), ("子基金投资", FundInvestments), ("路演", Roadshows), ("活动", Activities),
    ];
}

public sealed record DemoWriteResult(DemoCounts Counts, TimeSpan Elapsed);

/// <summary>
/// Writes what <see cref="DemoDataGenerator"/> makes into an empty registry: through the entities' factory methods
/// (owners from <see cref="RegionOwners"/>, so data scope works as for imported data) and the bulk writer in chunks,
/// all in one transaction, with per-row auditing off and one summary audit entry (as imports do).
/// Refuses a registry that already has enterprises, so it never mixes demo data into real data.
/// </summary>
public sealed class DemoDataWriter(KechuangDbContext db, AuditRecorder audit, PersonalData personalData, TimeProvider clock)
{
    public const int ChunkSize = 5_000;

    public async Task<Result<DemoWriteResult>> WriteAsync(DemoDataGenerator data, Guid userId, Action<string>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (await db.Enterprises().AnyAsync(cancellationToken))
        {
            return Error.Conflict("demo.registry-not-empty",
                "创新主体库中已有企业数据，演示数据只写入空的创新主体库；请换用新的数据库后再生成。");
        }
        var watch = Stopwatch.StartNew();
        var owners = await RegionOwners.LoadAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        RecordStamp Stamp() => RecordStamp.New(userId, null, now);
        var bulk = new BulkWriter(db);

        audit.RecordEntityChanges = false;
        await using var largeWrite = await BulkWriter.LargeWriteAsync(db, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // A chunk of enterprises is written before their yearly figures, which refer to them.
            var enterprises = new Chunks<Enterprise>(bulk, cancellationToken);
            var years = new Chunks<EnterpriseYear>(bulk, cancellationToken);
            var ids = new Guid[data.Enterprises.Count];
            foreach (var generated in data.Enterprises)
            {
                var owner = owners.For(generated.Values.RegionCode);
                var enterprise = Enterprise.Create(generated.Values, owner, Stamp());
                ids[generated.Index] = enterprise.Id;
                enterprises.Buffer(enterprise);
                foreach (var year in data.YearsOf(generated))
                {
                    years.Buffer(EnterpriseYear.Create(enterprise.Id, generated.Values.RegionCode, owner, year, Stamp()));
                }
                if (enterprises.Buffered >= ChunkSize)
                {
                    await enterprises.FlushAsync();
                    await years.FlushAsync();
                }
            }
            await enterprises.FlushAsync();
            await years.FlushAsync();
            progress?.Invoke($"企业 {enterprises.Count:N0} 家、年度数据 {years.Count:N0} 条（{watch.Elapsed.TotalSeconds:F1} 秒）");

            (Guid Id, string Region, Owner Owner) Of(int index)
            {
                var region = data.Enterprises[index].Values.RegionCode;
                return (ids[index], region, owners.For(region));
            }

            var certificates = await WriteAllAsync(bulk, data.Certificates(), c =>
            {
                var (id, region, owner) = Of(c.Enterprise);
                return HighTechCertificate.Create(id, region, owner, c.Values, Stamp());
            }, cancellationToken);
            var techSmes = await WriteAllAsync(bulk, data.TechSmes(), c =>
            {
                var (id, region, owner) = Of(c.Enterprise);
                return TechSmeRegistration.Create(id, region, owner, c.Values, Stamp());
            }, cancellationToken);
            var growth = await WriteAllAsync(bulk, data.Growth(), c =>
            {
                var (id, region, owner) = Of(c.Enterprise);
                return GrowthRecognition.Create(id, region, owner, c.Values, Stamp());
            }, cancellationToken);
            var pool = await WriteAllAsync(bulk, data.Pool(), c =>
            {
                var (id, region, owner) = Of(c.Enterprise);
                return PoolMembership.Create(id, region, owner, c.Values, Stamp());
            }, cancellationToken);
            progress?.Invoke($"资质记录 {certificates + techSmes + growth + pool:N0} 条（{watch.Elapsed.TotalSeconds:F1} 秒）");

            var contracts = await WriteAllAsync(bulk, data.Contracts(), c => TechContract.Create(c.Values,
                c.Seller is { } seller ? ids[seller] : null, c.Buyer is { } buyer ? ids[buyer] : null,
                owners.For(c.Values.SellerRegionCode), Stamp()), cancellationToken);
            progress?.Invoke($"技术合同 {contracts:N0} 项（{watch.Elapsed.TotalSeconds:F1} 秒）");

            var loans = await WriteAllAsync(bulk, data.Loans(), l => TechLoan.Create(l.Values, ids[l.Enterprise],
                owners.For(l.Values.RegionCode), Stamp()), cancellationToken);

            var funds = new List<SubFund>();
            var investments = new List<FundInvestment>();
            foreach (var fund in data.Funds())
            {
                var created = SubFund.Create(fund.Values, owners.For(fund.Values.RegionCode), Stamp());
                funds.Add(created);
                investments.AddRange(fund.Investments.Select(i => FundInvestment.Create(created.Id, i.Values, ids[i.Enterprise],
                    owners.For(i.Values.RegionCode), Stamp())));
            }
            await bulk.InsertAsync(funds, cancellationToken);
            await bulk.InsertAsync(investments, cancellationToken);
            var roadshows = await WriteAllAsync(bulk, data.Roadshows(), r => Roadshow.Create(r, owners.For(r.RegionCode), Stamp()), cancellationToken);

            var assessments = new Chunks<PlatformAssessment>(bulk, cancellationToken);
            var platforms = await WriteAllAsync(bulk, data.Platforms(), p =>
            {
                var owner = owners.For(p.Values.RegionCode);
                var platform = InnovationPlatform.Create(p.Values, owner, Stamp());
                foreach (var (year, grade) in p.Assessments)
                {
                    assessments.Buffer(PlatformAssessment.Create(platform.Id, p.Values.RegionCode, owner, year, grade, Stamp()));
                }
                return platform;
            }, cancellationToken);
            await assessments.FlushAsync();

            var talents = await WriteAllAsync(bulk, data.Talents(), t => Talent.Create(t, Protect(t.IdentityNumber),
                owners.For(t.RegionCode), Stamp()), cancellationToken);
            var activities = await WriteAllAsync(bulk, data.Activities(), a => Activity.Create(a, owners.For(a.RegionCode), Stamp()), cancellationToken);

            var counts = new DemoCounts(enterprises.Count, years.Count, certificates, techSmes, growth, pool, platforms, assessments.Count,
                talents, contracts, loans, funds.Count, investments.Count, roadshows, activities);
            audit.Stage(new AuditRecord(AuditActions.Create, "DemoData", null, AuditOutcome.Success, UserId: userId == Guid.Empty ? null : userId,
                Detail: string.Create(CultureInfo.InvariantCulture,
                    $"写入演示数据（种子 {data.Seed}，规模 {data.Scale:N0}）：") + string.Join("，", counts.Lines.Select(l => $"{l.Label} {l.Count:N0}")) + "。"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new DemoWriteResult(counts, watch.Elapsed);
        }
        finally
        {
            audit.RecordEntityChanges = true;
        }
    }

    private ProtectedIdentity Protect(string identityNumber)
    {
        var normalized = ResidentIdNumber.Normalize(identityNumber);
        return new ProtectedIdentity(personalData.Protect(normalized), PersonalData.MaskIdCard(normalized), personalData.Fingerprint(normalized));
    }

    private static async Task<int> WriteAllAsync<TSource, T>(BulkWriter bulk, IEnumerable<TSource> source, Func<TSource, T> create,
        CancellationToken cancellationToken)
        where T : class
    {
        var chunks = new Chunks<T>(bulk, cancellationToken);
        foreach (var item in source)
        {
            await chunks.AddAsync(create(item));
        }
        await chunks.FlushAsync();
        return chunks.Count;
    }

    /// <summary>Collects records and writes them <see cref="ChunkSize"/> at a time, so a million rows never sit in memory.</summary>
    private sealed class Chunks<T>(BulkWriter bulk, CancellationToken cancellationToken)
        where T : class
    {
        private readonly List<T> _buffer = new(ChunkSize);

        public int Count { get; private set; }

        public int Buffered => _buffer.Count;

        public void Buffer(T item)
        {
            _buffer.Add(item);
            Count++;
        }

        public async Task AddAsync(T item)
        {
            Buffer(item);
            if (_buffer.Count >= ChunkSize)
            {
                await FlushAsync();
            }
        }

        public async Task FlushAsync()
        {
            if (_buffer.Count == 0)
            {
                return;
            }
            await bulk.InsertAsync(_buffer, cancellationToken);
            _buffer.Clear();
        }
    }
}
