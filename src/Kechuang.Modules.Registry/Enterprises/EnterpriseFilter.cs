using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>
/// The enterprise list's filters, shared by the list, its page and its export. <see cref="Query"/> is a USCC prefix
/// when it looks like one (Latin letters and digits), otherwise a part of the name; <see cref="Region"/> covers its
/// subtree (610100 covers 6101xx); <see cref="Qualification"/> is one of <see cref="EnterpriseFilter.Qualifications"/>,
/// checked on <see cref="On"/> (default today) or in <see cref="Year"/> (default this year).
/// </summary>
public sealed record EnterpriseFilter(
    string? Query = null,
    string? Region = null,
    string? Zone = null,
    TechField? Field = null,
    string? Qualification = null,
    int? Year = null,
    DateOnly? On = null)
{
    public const string HighTech = "high-tech", TechSme = "tech-sme", Gazelle = "gazelle", Unicorn = "unicorn",
        PotentialUnicorn = "potential-unicorn", Pool = "pool";

    public static IReadOnlyDictionary<string, string> Qualifications { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [HighTech] = "有效期内高新技术企业",
        [TechSme] = "科技型中小企业（当年入库）",
        [Gazelle] = "瞪羚企业",
        [PotentialUnicorn] = "潜在独角兽企业",
        [Unicorn] = "独角兽企业",
        [Pool] = "高企培育库在库企业",
    };

    /// <summary>The sort keys the list accepts (anything else sorts by name).</summary>
    public static IReadOnlyDictionary<string, string> Sorts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "企业名称",
        ["uscc"] = "统一社会信用代码",
        ["founded"] = "成立日期",
        ["region"] = "所在区县",
    };

    /// <summary>Reads the query-string form (field as label or identifier); a Chinese message for what is not understood.</summary>
    public static Platform.Results.Result<EnterpriseFilter> Parse(string? q, string? region, string? zone, string? field,
        string? qualification, int? year, string? on = null)
    {
        TechField? techField = null;
        if (!string.IsNullOrWhiteSpace(field))
        {
            techField = RegistryLabels.Parse(RegistryLabels.TechFields, field.Trim());
            if (techField is null)
            {
                return Platform.Results.Error.Validation("enterprises.field", $"“{field}”不是技术领域，应为：{RegistryLabels.Choices(RegistryLabels.TechFields)}。");
            }
        }
        if (!string.IsNullOrWhiteSpace(qualification) && !Qualifications.ContainsKey(qualification.Trim()))
        {
            return Platform.Results.Error.Validation("enterprises.qualification",
                $"“{qualification}”不是可筛选的资质，应为：{string.Join("、", Qualifications.Keys)}。");
        }
        if (!string.IsNullOrWhiteSpace(region) && Platform.Codes.RegionCode.Validate(region.Trim()) is { } regionError)
        {
            return Platform.Results.Error.Validation("enterprises.region", regionError.Message);
        }
        string? zoneCode = null;
        if (!string.IsNullOrWhiteSpace(zone))
        {
            zoneCode = DevelopmentZones.Find(zone)?.Code;
            if (zoneCode is null)
            {
                return Platform.Results.Error.Validation("enterprises.zone", $"“{zone}”不是已登记的开发区。");
            }
        }
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(on))
        {
            var parsed = SheetValues.ParseDate(on);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }
            day = parsed.Value;
        }
        return new EnterpriseFilter(Blank(q), Blank(region), zoneCode, techField, Blank(qualification), year, day);
    }

    /// <summary>The query-string form of the filter, as the export link and the API take it.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("q", Query);
        Add("region", Region);
        Add("zone", Zone);
        Add("field", Field?.ToString());
        Add("qualification", Qualification);
        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("on", On?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("&", parts);
    }

    /// <summary>What the filter says, in Chinese, for the export's audit entry.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Query is not null) parts.Add($"名称/信用代码含“{Query}”");
        if (Region is not null) parts.Add($"区县={Platform.Codes.RegionCatalog.NameOf(Region) ?? Region}");
        if (Zone is not null) parts.Add($"开发区={DevelopmentZones.NameOf(Zone)}");
        if (Field is not null) parts.Add($"技术领域={RegistryLabels.Label(RegistryLabels.TechFields, Field)}");
        if (Qualification is not null) parts.Add($"资质={Qualifications.GetValueOrDefault(Qualification, Qualification)}");
        if (Year is not null) parts.Add($"年度={Year}");
        if (On is not null) parts.Add($"日期={On:yyyy-MM-dd}");
        return parts.Count == 0 ? "全部" : string.Join("，", parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The filter as SQL: every condition can use an index of reg_enterprises or a qualification table.</summary>
internal static class EnterpriseQueries
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime((clock.GetUtcNow().UtcDateTime + BeijingTime.Offset).Date);

    /// <param name="sortedBy">
    /// For the page query: the sort key. SQLite's planner, without statistics on value spread, prefers any index on an
    /// equality or range filter and then sorts every match (a city-wide range: the whole table, seconds at a million
    /// rows). When the sort itself has an index, the filters are written so SQLite cannot use theirs (COLLATE NOCASE on
    /// codes that have no letters to fold), so it walks the sort index and stops at the page; the count keeps the
    /// filters' indexes. PostgreSQL's planner weighs both with statistics and gets the plain form.
    /// </param>
    public static IQueryable<Enterprise> Filtered(KechuangDbContext db, EnterpriseFilter filter, DataScope scope, DateOnly today,
        string? sortedBy = null)
    {
        var query = db.Enterprises().AsNoTracking().WhereVisibleTo(scope);
        var walkSortIndex = sortedBy is not null && sortedBy != "founded"
            && db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        if (filter.Query is { } text)
        {
            if (text.All(char.IsAsciiLetterOrDigit))
            {
                var prefix = text.ToUpperInvariant();
                var after = PrefixEnd(prefix);
                query = query.Where(e => string.Compare(e.Uscc, prefix) >= 0 && string.Compare(e.Uscc, after) < 0);
            }
            else
            {
                query = query.Where(e => e.Name.Contains(text));
            }
        }
        if (filter.Region is { } region)
        {
            var prefix = DataScopeQueries.SignificantPrefix(region);
            if (prefix.Length == 6)
            {
                // (RegionCode, Name) serves a district's list in name or region order directly.
                query = walkSortIndex && sortedBy == "uscc"
                    ? query.Where(e => string.Compare(EF.Functions.Collate(e.RegionCode, "NOCASE"), prefix) >= 0
                        && string.Compare(EF.Functions.Collate(e.RegionCode, "NOCASE"), prefix) <= 0)
                    : query.Where(e => e.RegionCode == prefix);
            }
            else
            {
                // A range, not LIKE: SQLite's LIKE is case-insensitive and cannot use the RegionCode indexes.
                var after = PrefixEnd(prefix);
                query = walkSortIndex && sortedBy != "region"
                    ? query.Where(e => string.Compare(EF.Functions.Collate(e.RegionCode, "NOCASE"), prefix) >= 0
                        && string.Compare(EF.Functions.Collate(e.RegionCode, "NOCASE"), after) < 0)
                    : query.Where(e => string.Compare(e.RegionCode, prefix) >= 0 && string.Compare(e.RegionCode, after) < 0);
            }
        }
        if (filter.Zone is { } zone)
        {
            // In walking form an equality reads as a range: SQLite guesses an equality selective and would sort the matches.
            query = walkSortIndex
                ? query.Where(e => string.Compare(EF.Functions.Collate(e.ZoneCode, "NOCASE"), zone) >= 0
                    && string.Compare(EF.Functions.Collate(e.ZoneCode, "NOCASE"), zone) <= 0)
                : query.Where(e => e.ZoneCode == zone);
        }
        if (filter.Field is { } field)
        {
            query = walkSortIndex
                ? query.Where(e => EF.Functions.Collate(e.TechField, "NOCASE") >= field && EF.Functions.Collate(e.TechField, "NOCASE") <= field)
                : query.Where(e => e.TechField == field);
        }
        if (filter.Qualification is { } qualification)
        {
            var on = filter.On ?? today;
            var year = filter.Year ?? today.Year;
            IQueryable<Guid>? ids = qualification switch
            {
                EnterpriseFilter.HighTech => ValidHighTech(db, on),
                EnterpriseFilter.TechSme => TechSmeIn(db, year),
                EnterpriseFilter.Gazelle => Growth(db, GrowthKind.Gazelle, filter.Year),
                EnterpriseFilter.PotentialUnicorn => Growth(db, GrowthKind.PotentialUnicorn, filter.Year),
                EnterpriseFilter.Unicorn => Growth(db, GrowthKind.Unicorn, filter.Year),
                EnterpriseFilter.Pool => db.PoolMemberships()
                    .Where(m => m.EnteredOn <= on && (m.LeftOn == null || m.LeftOn > on)).Select(m => m.EnterpriseId),
                _ => null,
            };
            // Unsorted (the count, the in-memory page, the export) the qualification drives: its few rows join the
            // enterprises by key. Sorted by an index, a membership test keeps the index walk.
            query = ids is null ? query.Where(_ => false)
                : sortedBy is null ? query.Join(ids.Distinct(), e => e.Id, id => id, (e, _) => e)
                : query.Where(e => ids.Contains(e.Id));
        }
        return query;
    }

    public static IOrderedQueryable<Enterprise> Sorted(IQueryable<Enterprise> query, string? sort, bool descending) =>
        (sort, descending) switch
        {
            ("uscc", false) => query.OrderBy(e => e.Uscc),
            ("uscc", true) => query.OrderByDescending(e => e.Uscc),
            ("founded", false) => query.OrderBy(e => e.FoundedOn).ThenBy(e => e.Uscc),
            ("founded", true) => query.OrderByDescending(e => e.FoundedOn).ThenByDescending(e => e.Uscc),
            ("region", false) => query.OrderBy(e => e.RegionCode).ThenBy(e => e.Name).ThenBy(e => e.Uscc),
            ("region", true) => query.OrderByDescending(e => e.RegionCode).ThenByDescending(e => e.Name).ThenByDescending(e => e.Uscc),
            (_, false) => query.OrderBy(e => e.Name).ThenBy(e => e.Uscc),
            (_, true) => query.OrderByDescending(e => e.Name).ThenByDescending(e => e.Uscc),
        };

    /// <summary>高新技术企业 valid on the day: issued, not yet expired, not revoked by then (国科发火〔2016〕32号 第十四条).</summary>
    public static IQueryable<Guid> ValidHighTech(KechuangDbContext db, DateOnly on) =>
        db.HighTechCertificates()
            .Where(c => c.IssuedOn <= on && c.ValidUntil > on && (c.RevokedOn == null || c.RevokedOn > on))
            .Select(c => c.EnterpriseId);

    /// <summary>科技型中小企业 registered for the year and not revoked (国科发政〔2017〕115号 第十二条).</summary>
    public static IQueryable<Guid> TechSmeIn(KechuangDbContext db, int year) =>
        db.TechSmeRegistrations().Where(r => r.Year == year && r.RevokedOn == null).Select(r => r.EnterpriseId);

    private static IQueryable<Guid> Growth(KechuangDbContext db, GrowthKind kind, int? year) =>
        year is { } y
            ? db.GrowthRecognitions().Where(r => r.Kind == kind && r.Year == y).Select(r => r.EnterpriseId)
            : db.GrowthRecognitions().Where(r => r.Kind == kind).Select(r => r.EnterpriseId);

    /// <summary>The least string above every string with the prefix (for ASCII codes: the last character plus one).</summary>
    private static string PrefixEnd(string prefix) => string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
}
