using System.Globalization;
using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Talents;
using Kechuang.Platform.Codes;

namespace Kechuang.Modules.Registry.Demo;

/// <summary>A generated enterprise: its master record and the profile its yearly figures grow from.</summary>
public sealed record DemoEnterprise(int Index, EnterpriseValues Values, int Staff, long SalesFen, double RdIntensity, double Growth)
{
    public string Brand { get; init; } = "";
}

/// <summary>A record that hangs off a generated enterprise (by its index in <see cref="DemoDataGenerator.Enterprises"/>).</summary>
public sealed record DemoLinked<T>(int Enterprise, T Values);

/// <summary>A contract with the seller and buyer enterprises when they are in the generated registry.</summary>
public sealed record DemoContract(TechContractValues Values, int? Seller, int? Buyer);

public sealed record DemoPlatform(PlatformValues Values, IReadOnlyList<(int Year, string Grade)> Assessments);

public sealed record DemoFund(SubFundValues Values, IReadOnlyList<DemoLinked<FundInvestmentValues>> Investments);

/// <summary>
/// Deterministic synthetic registry data for Xi'an: the same seed, scale and reference date always give the same data
/// (each kind of record draws from its own <see cref="Random"/> seeded from the seed, so asking for contracts does not
/// change the enterprises). Scale N is the number of enterprises; the other registries are sized from it.
/// Enterprises are built once and kept (contracts and qualifications refer to them); every other kind is streamed.
/// </summary>
public sealed class DemoDataGenerator
{
    private const long Wan = 1_000_000; // 1 万元 in fen
    private readonly Lazy<IReadOnlyList<DemoEnterprise>> _enterprises;

    public DemoDataGenerator(int seed, int scale, DateOnly asOf, int? contracts = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        Seed = seed;
        Scale = scale;
        AsOf = asOf;
        ContractCount = contracts ?? 2 * scale;
        _enterprises = new Lazy<IReadOnlyList<DemoEnterprise>>(BuildEnterprises);
    }

    public int Seed { get; }
    public int Scale { get; }
    public DateOnly AsOf { get; }
    public int ContractCount { get; }

    public int LoanCount => Math.Max(10, Scale / 10);
    public int PlatformCount => Math.Max(20, Scale / 50);
    public int TalentCount => Math.Max(10, Scale / 20);
    public int ActivityCount => Math.Max(20, Scale / 50);
    /// <summary>The seed and scale demo mode seeds with.</summary>
    public const int DemoSeed = 2021;
    public const int DemoScale = 300;

    public const int FundCount = 10;
    public const int RoadshowCount = 10;

    /// <summary>The years of figures and registrations: the last three complete years.</summary>
    public IReadOnlyList<int> FigureYears => [AsOf.Year - 3, AsOf.Year - 2, AsOf.Year - 1];

    public IReadOnlyList<DemoEnterprise> Enterprises => _enterprises.Value;

    private Random Section(int section) => new(unchecked((Seed * 1_000_003) + (section * 7919)));

    // ---------------------------------------------------------------- enterprises

    private List<DemoEnterprise> BuildEnterprises()
    {
        var random = Section(1);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var districtWeights = DemoVocabulary.Districts.Select(d => d.Weight).ToArray();
        var industryWeights = DemoVocabulary.Industries.Select(i => i.Weight).ToArray();
        var list = new List<DemoEnterprise>(Scale);
        for (var i = 0; i < Scale; i++)
        {
            var district = DemoVocabulary.Districts[Pick(random, districtWeights)].Code;
            var industry = DemoVocabulary.Industries[Pick(random, industryWeights)];
            var (name, brand) = UniqueName(random, names, industry.Word, random.NextDouble() < 0.1 ? "股份有限公司" : "有限公司");
            var uscc = UniqueUscc(random, codes, district);
            string? zone = null;
            if (DemoVocabulary.ZonesByDistrict.TryGetValue(district, out var zones))
            {
                var roll = random.NextDouble();
                foreach (var (code, share) in zones)
                {
                    if (roll < share)
                    {
                        zone = code;
                        break;
                    }
                    roll -= share;
                }
            }
            var age = Math.Min(30, (int)(-Math.Log(1 - random.NextDouble()) * 7));
            var founded = new DateOnly(Math.Max(1992, AsOf.Year - 1 - age), 1, 1).AddDays(random.Next(365));
            var staff = (int)Math.Clamp(LogNormal(random, Math.Log(25), 1.1), 3, 30000);
            var sales = (long)(staff * LogNormal(random, Math.Log(40 * Wan), 0.7));
            var rd = 0.01 + random.NextDouble() * 0.11;
            var growth = Math.Clamp(Normal(random) * 0.25 + 0.12, -0.5, 1.5);
            var listing = random.NextDouble() switch
            {
                < 0.002 => ListingStatus.StarMarket,
                < 0.003 => ListingStatus.ChiNext,
                < 0.004 => ListingStatus.MainBoard,
                < 0.005 => ListingStatus.BeijingExchange,
                < 0.015 => ListingStatus.Neeq,
                _ => ListingStatus.Unlisted,
            };
            var values = new EnterpriseValues(
                uscc, name, district, zone, industry.Codes[random.Next(industry.Codes.Length)], industry.Field, founded,
                random.NextDouble() < 0.92 ? TaxAssessmentMode.ActualProfit : TaxAssessmentMode.Deemed,
                AboveDesignatedSize: sales >= 2000 * Wan, listing);
            list.Add(new DemoEnterprise(i, values, staff, sales, rd, growth) { Brand = brand });
        }
        return list;
    }

    private static (string Name, string Brand) UniqueName(Random random, HashSet<string> taken, string industry, string suffix)
    {
        var chars = DemoVocabulary.BrandCharacters;
        for (var attempt = 0; ; attempt++)
        {
            // Two-character brands first, as most are; a third character tells apart what would otherwise repeat.
            var length = attempt < 6 ? 2 : 3;
            var brand = new string(Enumerable.Range(0, length).Select(_ => chars[random.Next(chars.Length)]).ToArray());
            if (brand[0] == brand[1])
            {
                continue;
            }
            var name = "西安" + brand + industry + suffix;
            if (taken.Add(name))
            {
                return (name, brand);
            }
        }
    }

    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>'9' (registered by the market regulator) '1' (enterprise), the district, a 9-character organisation code, the GB 32100 check.</summary>
    private static string UniqueUscc(Random random, HashSet<string> taken, string district)
    {
        Span<char> code = stackalloc char[17];
        while (true)
        {
            "91".AsSpan().CopyTo(code);
            district.AsSpan().CopyTo(code[2..]);
            var start = 8;
            if (random.NextDouble() < 0.6)
            {
                // Codes issued since 2015 mostly begin with MA.
                code[8] = 'M';
                code[9] = 'A';
                start = 10;
            }
            for (var i = start; i < 17; i++)
            {
                code[i] = UsccAlphabet[random.Next(UsccAlphabet.Length)];
            }
            var uscc = new string(code) + Uscc.CheckCharacter(code);
            if (taken.Add(uscc))
            {
                return uscc;
            }
        }
    }

    /// <summary>The enterprise's figures of the <see cref="FigureYears"/>, grown at its own rate with some noise.</summary>
    public IEnumerable<EnterpriseYearValues> YearsOf(DemoEnterprise enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var random = new Random(unchecked((Seed * 31) + (enterprise.Index * 104_729) + 17));
        var years = FigureYears;
        for (var k = 0; k < years.Count; k++)
        {
            var back = years.Count - 1 - k;
            var factor = Math.Pow(1 + enterprise.Growth, -back) * (0.95 + random.NextDouble() * 0.1);
            var sales = Math.Max(10 * Wan / 10, (long)(enterprise.SalesFen * factor));
            var staff = Math.Max(3, (int)(enterprise.Staff * Math.Pow(1 + enterprise.Growth / 2, -back)));
            var rdShare = Math.Clamp(enterprise.RdIntensity + (random.NextDouble() - 0.5) * 0.01, 0.01, 0.12);
            var rd = (long)(sales * rdShare);
            var assets = (long)(sales * (0.6 + random.NextDouble() * 1.4));
            yield return new EnterpriseYearValues(
                enterprise.Values.Uscc, years[k], staff, Math.Max(1, (int)(staff * (0.1 + random.NextDouble() * 0.5))),
                sales, (long)(sales * 1.05), (long)(sales * (0.75 + random.NextDouble() * 0.3)), rd,
                (long)(rd * (0.85 + random.NextDouble() * 0.15)), (long)(sales * (0.4 + random.NextDouble() * 0.55)),
                assets, (long)(assets * (0.3 + random.NextDouble() * 0.4)),
                random.Next(0, 2 + staff / 40), random.Next(0, 4 + staff / 8));
        }
    }

    // ---------------------------------------------------------------- qualifications

    /// <summary>高企 certificates for about a fifth of the enterprises, issued in the last five years (some renewed, some revoked).</summary>
    public IEnumerable<DemoLinked<HighTechCertificateValues>> Certificates()
    {
        var random = Section(2);
        var sequence = new Dictionary<int, int>();
        string Number(int year)
        {
            sequence[year] = sequence.GetValueOrDefault(year) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"GR{year}61{sequence[year]:D6}");
        }
        foreach (var enterprise in Enterprises)
        {
            if (random.NextDouble() >= 0.2)
            {
                continue;
            }
            var year = AsOf.Year - 5 + random.Next(5);
            year = Math.Max(year, (enterprise.Values.FoundedOn?.Year ?? year) + 1);
            if (year >= AsOf.Year)
            {
                year = AsOf.Year - 1;
            }
            while (true)
            {
                // Certificates are issued in the last quarter, after the year's review.
                var issued = new DateOnly(year, 10 + random.Next(3), 1 + random.Next(28));
                DateOnly? revoked = null;
                string? reason = null;
                if (random.NextDouble() < 0.03)
                {
                    revoked = Min(issued.AddDays(120 + random.Next(700)), AsOf.AddDays(-1));
                    reason = random.NextDouble() < 0.5 ? "未按期报送年度发展情况报表，经责令改正仍未报送" : "发生重大安全事故，取消高新技术企业资格";
                }
                yield return new DemoLinked<HighTechCertificateValues>(enterprise.Index,
                    new HighTechCertificateValues(Number(year), enterprise.Values.Uscc, issued, revoked, reason));
                year += HighTechCertificate.ValidityYears;
                if (revoked is not null || year >= AsOf.Year || random.NextDouble() >= 0.6)
                {
                    break;
                }
            }
        }
    }

    /// <summary>科小 registrations: about 35% of the enterprises a year, most of last year's again, for the last three years.</summary>
    public IEnumerable<DemoLinked<TechSmeRegistrationValues>> TechSmes()
    {
        var random = Section(3);
        var sequence = 0;
        foreach (var enterprise in Enterprises)
        {
            var previous = false;
            foreach (var year in FigureYears)
            {
                // Stationary share 35%: 75% stay, 13.5% join each year.
                var p = year == FigureYears[0] ? 0.35 : previous ? 0.75 : 0.135;
                previous = enterprise.Staff <= 500 && enterprise.SalesFen <= 20_000 * Wan && random.NextDouble() < p;
                if (!previous)
                {
                    continue;
                }
                sequence++;
                var registered = new DateOnly(year, 3 + random.Next(9), 1 + random.Next(28));
                var revoked = random.NextDouble() < 0.01;
                yield return new DemoLinked<TechSmeRegistrationValues>(enterprise.Index, new TechSmeRegistrationValues(
                    string.Create(CultureInfo.InvariantCulture, $"{year}{enterprise.Values.RegionCode}A{sequence:D7}"),
                    enterprise.Values.Uscc, year, registered,
                    revoked ? registered.AddDays(60 + random.Next(120)) : null, revoked ? "存在严重失信行为，撤销入库登记编号" : null));
            }
        }
    }

    /// <summary>瞪羚 (about 2%), 潜在独角兽 and a few 独角兽, recognised in the last three years.</summary>
    public IEnumerable<DemoLinked<GrowthRecognitionValues>> Growth()
    {
        var random = Section(4);
        var unicorns = Math.Clamp(Scale / 50_000, 1, 10);
        var potential = Math.Max(1, Scale / 5_000);
        foreach (var enterprise in Enterprises)
        {
            if (enterprise.Growth > 0.2 && random.NextDouble() < 0.06)
            {
                var year = FigureYears[random.Next(FigureYears.Count)];
                yield return new DemoLinked<GrowthRecognitionValues>(enterprise.Index, new GrowthRecognitionValues(
                    enterprise.Values.Uscc, GrowthKind.Gazelle, year, random.NextDouble() < 0.3 ? RecognitionLevel.Provincial : RecognitionLevel.Municipal));
            }
        }
        // The fastest-growing large ones, chosen by a seeded shuffle of the top of the list.
        var top = Enterprises.OrderByDescending(e => e.SalesFen * (1 + e.Growth)).ThenBy(e => e.Index).Take((unicorns + potential) * 3).ToList();
        Shuffle(random, top);
        foreach (var (enterprise, n) in top.Take(unicorns + potential).Select((e, n) => (e, n)))
        {
            yield return new DemoLinked<GrowthRecognitionValues>(enterprise.Index, new GrowthRecognitionValues(
                enterprise.Values.Uscc, n < unicorns ? GrowthKind.Unicorn : GrowthKind.PotentialUnicorn, AsOf.Year - 1, RecognitionLevel.Municipal));
        }
    }

    /// <summary>高企培育库: about 5% of the enterprises entered in the last three years, some left since.</summary>
    public IEnumerable<DemoLinked<PoolMembershipValues>> Pool()
    {
        var random = Section(5);
        foreach (var enterprise in Enterprises)
        {
            if (random.NextDouble() >= 0.05)
            {
                continue;
            }
            var entered = AsOf.AddDays(-30 - random.Next(3 * 365));
            DateOnly? left = null;
            string? reason = null;
            if (random.NextDouble() < 0.3)
            {
                left = Min(entered.AddDays(180 + random.Next(500)), AsOf.AddDays(-1));
                reason = random.NextDouble() < 0.7 ? "已认定为高新技术企业" : "不再符合入库条件";
            }
            yield return new DemoLinked<PoolMembershipValues>(enterprise.Index, new PoolMembershipValues(
                enterprise.Values.Uscc, entered, random.NextDouble() < 0.5 ? "拟申报高新技术企业" : "科技型中小企业评价入库", left, reason));
        }
    }

    // ---------------------------------------------------------------- contracts

    /// <summary>
    /// Technology contracts over the last three years and the current one, every month with the December peak that
    /// registrations show (about a quarter of a year's contracts); sellers are the registry's Xi'an enterprises (or a
    /// university), buyers anywhere in China.
    /// </summary>
    public IEnumerable<DemoContract> Contracts()
    {
        var random = Section(6);
        var counties = BuyerCounties();
        var types = new[] { ContractType.Development, ContractType.Transfer, ContractType.Licence, ContractType.Consulting, ContractType.Service };
        var typeWeights = new[] { 35.0, 10, 5, 10, 40 };
        // Month weights: December a quarter of the year, the other eleven months share the rest.
        var monthWeights = Enumerable.Range(1, 12).Select(m => m == 12 ? 25.0 : 75.0 / 11).ToArray();
        var years = new List<(int Year, double Weight)> { (AsOf.Year - 3, 1), (AsOf.Year - 2, 1), (AsOf.Year - 1, 1) };
        var elapsed = monthWeights.Take(AsOf.Month - 1).Sum() / 100;
        if (elapsed > 0)
        {
            years.Add((AsOf.Year, elapsed));
        }
        var yearWeights = years.Select(y => y.Weight).ToArray();
        var enterprises = Enterprises;
        for (var i = 0; i < ContractCount; i++)
        {
            var year = years[Pick(random, yearWeights)].Year;
            int month;
            do
            {
                month = 1 + Pick(random, monthWeights);
            }
            while (year == AsOf.Year && month >= AsOf.Month);
            var registered = new DateOnly(year, month, 1 + random.Next(DateTime.DaysInMonth(year, month)));
            var type = types[Pick(random, typeWeights)];

            int? sellerIndex = null;
            string sellerName, sellerRegion;
            string? sellerUscc = null;
            if (random.NextDouble() < 0.85)
            {
                var seller = enterprises[random.Next(enterprises.Count)];
                sellerIndex = seller.Index;
                sellerName = seller.Values.Name;
                sellerUscc = seller.Values.Uscc;
                sellerRegion = seller.Values.RegionCode;
            }
            else
            {
                sellerName = DemoVocabulary.Universities[random.Next(DemoVocabulary.Universities.Length)];
                sellerRegion = random.NextDouble() < 0.6 ? "610113" : "610116";
            }

            int? buyerIndex = null;
            string buyerName, buyerRegion;
            string? buyerUscc = null;
            if (random.NextDouble() < 0.35)
            {
                var buyer = enterprises[random.Next(enterprises.Count)];
                buyerIndex = buyer.Index;
                buyerName = buyer.Values.Name;
                buyerUscc = buyer.Values.Uscc;
                buyerRegion = buyer.Values.RegionCode;
            }
            else
            {
                var (code, city) = counties[random.Next(counties.Count)];
                var industry = DemoVocabulary.Industries[random.Next(DemoVocabulary.Industries.Length)];
                buyerRegion = code;
                buyerName = city + Brand(random) + industry.Word + "有限公司";
            }

            var amount = (long)Math.Clamp(LogNormal(random, Math.Log(30 * Wan), 1.3), 0.5 * Wan, 50_000 * Wan) / 100 * 100;
            // 技术交易额 leaves out equipment and materials; transfers and licences are technology throughout.
            var tech = type is ContractType.Transfer or ContractType.Licence ? amount : (long)(amount * (0.6 + random.NextDouble() * 0.4)) / 100 * 100;
            var domain = DemoVocabulary.Domains[random.Next(DemoVocabulary.Domains.Length)];
            var field = sellerIndex is { } s ? enterprises[s].Values.TechField : (TechField)random.Next(8);
            yield return new DemoContract(new TechContractValues(
                string.Create(CultureInfo.InvariantCulture, $"{year}{sellerRegion}{i + 1:D8}"),
                registered,
                DemoVocabulary.ContractRegistries[random.Next(DemoVocabulary.ContractRegistries.Length)],
                type,
                type == ContractType.Service && random.NextDouble() < 0.3 ? (random.NextDouble() < 0.5 ? "技术培训" : "技术中介") : null,
                $"{domain}{RegistryLabels.ContractTypes[type]}合同",
                sellerName, sellerUscc, sellerRegion, buyerName, buyerUscc, buyerRegion, amount, tech, field), sellerIndex, buyerIndex);
        }
    }

    /// <summary>County-level codes with a city name for buyers: the full catalogue when present, else a fixed list.</summary>
    private static List<(string Code, string City)> BuyerCounties()
    {
        var counties = RegionCatalog.All.Where(r => r.Level == RegionLevel.County && !r.Code.EndsWith("00", StringComparison.Ordinal)).ToList();
        if (counties.Count < 100)
        {
            return [.. DemoVocabulary.OtherCounties];
        }
        return counties.Select(r =>
        {
            var city = RegionCatalog.NameOf(string.Concat(r.Code.AsSpan(0, 4), "00"));
            if (city is null or "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划")
            {
                city = RegionCatalog.NameOf(string.Concat(r.Code.AsSpan(0, 2), "0000")) ?? "";
            }
            return (r.Code, city);
        }).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    // ---------------------------------------------------------------- finance

    public IEnumerable<DemoLinked<TechLoanValues>> Loans()
    {
        var random = Section(7);
        var enterprises = Enterprises;
        for (var i = 0; i < LoanCount; i++)
        {
            var enterprise = enterprises[random.Next(enterprises.Count)];
            var (bank, prefix) = DemoVocabulary.Banks[random.Next(DemoVocabulary.Banks.Length)];
            var loaned = AsOf.AddDays(-1 - random.Next(3 * 365));
            yield return new DemoLinked<TechLoanValues>(enterprise.Index, new TechLoanValues(
                bank, string.Create(CultureInfo.InvariantCulture, $"{prefix}{loaned.Year}{i + 1:D8}"),
                enterprise.Values.Uscc, enterprise.Values.Name, DemoVocabulary.LoanProducts[random.Next(DemoVocabulary.LoanProducts.Length)],
                (long)Math.Clamp(LogNormal(random, Math.Log(300 * Wan), 0.9), 20 * Wan, 20_000 * Wan) / Wan * Wan,
                loaned, new[] { 6, 12, 12, 24, 36 }[random.Next(5)], enterprise.Values.RegionCode));
        }
    }

    public IEnumerable<DemoFund> Funds()
    {
        var random = Section(8);
        var enterprises = Enterprises;
        for (var i = 0; i < FundCount; i++)
        {
            var domain = DemoVocabulary.Domains[i * 2 % DemoVocabulary.Domains.Length];
            var established = AsOf.AddDays(-200 - random.Next(6 * 365));
            var size = (10 + random.Next(90)) * 100 * Wan * 10;
            var fund = new SubFundValues($"西安市科技成果转化引导基金{domain}子基金", $"西安{Brand(random)}投资管理有限公司", size,
                size * (20 + random.Next(11)) / 100, established, random.NextDouble() < 0.7 ? "610113" : "610116");
            var investments = new List<DemoLinked<FundInvestmentValues>>();
            var chosen = new HashSet<int>();
            var count = Math.Min(enterprises.Count, 3 + random.Next(6));
            while (chosen.Count < count)
            {
                var enterprise = enterprises[random.Next(enterprises.Count)];
                if (!chosen.Add(enterprise.Index))
                {
                    continue;
                }
                var span = Math.Max(1, AsOf.DayNumber - established.DayNumber - 1);
                investments.Add(new DemoLinked<FundInvestmentValues>(enterprise.Index, new FundInvestmentValues(
                    fund.Name, enterprise.Values.Uscc, enterprise.Values.Name, (300 + random.Next(4700)) * Wan,
                    established.AddDays(1 + random.Next(span)), enterprise.Values.RegionCode)));
            }
            yield return new DemoFund(fund, investments);
        }
    }

    public IEnumerable<RoadshowValues> Roadshows()
    {
        var random = Section(9);
        var enterprises = Enterprises;
        for (var i = 0; i < RoadshowCount; i++)
        {
            var held = AsOf.AddDays(-7 - random.Next(2 * 365));
            var participants = Enumerable.Range(0, Math.Min(enterprises.Count, 5 + random.Next(6)))
                .Select(_ => enterprises[random.Next(enterprises.Count)].Values.Name).Distinct().ToList();
            var investors = DemoVocabulary.Investors.OrderBy(_ => random.Next()).Take(3 + random.Next(4)).ToList();
            yield return new RoadshowValues($"{held.Year}年西安市科技成果转化路演活动（第{i + 1}期）", held,
                random.NextDouble() < 0.5 ? "西安市科学技术局" : "西安科技大市场", "610113", participants, investors,
                (500 + random.Next(20_000)) * Wan);
        }
    }

    // ---------------------------------------------------------------- platforms, talents, activities

    public IEnumerable<DemoPlatform> Platforms()
    {
        var random = Section(10);
        var enterprises = Enterprises;
        var kinds = Enum.GetValues<PlatformKind>();
        var kindWeights = kinds.Select(k => k switch
        {
            PlatformKind.KeyLab or PlatformKind.EngineeringCenter => 25.0,
            PlatformKind.Makerspace or PlatformKind.Incubator => 12,
            PlatformKind.NewRdInstitution or PlatformKind.TechTransferInstitution => 8,
            PlatformKind.HighTechZone => 0.5,
            _ => 3,
        }).ToArray();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < PlatformCount; i++)
        {
            var kind = kinds[Pick(random, kindWeights)];
            var level = random.NextDouble() switch { < 0.05 => RecognitionLevel.National, < 0.4 => RecognitionLevel.Provincial, _ => RecognitionLevel.Municipal };
            var host = enterprises[random.Next(enterprises.Count)];
            var university = random.NextDouble() < 0.3 ? DemoVocabulary.Universities[random.Next(DemoVocabulary.Universities.Length)] : null;
            var domain = DemoVocabulary.Domains[random.Next(DemoVocabulary.Domains.Length)];
            var prefix = level switch { RecognitionLevel.National => "", RecognitionLevel.Provincial => "陕西省", _ => "西安市" };
            string NameWith(string distinct) => kind switch
            {
                PlatformKind.KeyLab => level == RecognitionLevel.National ? $"{distinct}{domain}全国重点实验室" : $"{prefix}{distinct}{domain}重点实验室",
                PlatformKind.EngineeringCenter => $"{prefix}{distinct}{domain}工程技术研究中心",
                PlatformKind.NewRdInstitution => $"{prefix}{distinct}{domain}研究院",
                PlatformKind.Makerspace => $"{distinct}众创空间",
                PlatformKind.Incubator => $"{distinct}科技企业孵化器",
                PlatformKind.Accelerator => $"{distinct}科技企业加速器",
                PlatformKind.UniversitySciencePark => $"{distinct}大学科技园",
                PlatformKind.TechTransferInstitution => $"{distinct}技术转移中心",
                PlatformKind.InternationalCooperationBase => $"{prefix}{distinct}{domain}国际科技合作基地",
                PlatformKind.AgriculturalPark => $"{prefix}{distinct}农业科技园区",
                _ => $"{distinct}高新技术产业开发区",
            };
            // Kinds whose names carry no field need the host's brand (or a university) to tell them apart.
            var first = kind switch
            {
                PlatformKind.UniversitySciencePark when university is not null => university,
                PlatformKind.Makerspace or PlatformKind.Incubator or PlatformKind.Accelerator or PlatformKind.UniversitySciencePark
                    or PlatformKind.TechTransferInstitution or PlatformKind.HighTechZone => host.Brand,
                _ => "",
            };
            var name = NameWith(first);
            for (var attempt = 0; !taken.Add(name); attempt++)
            {
                name = NameWith(attempt == 0 ? host.Brand : attempt < 4 ? Brand(random) : Brand(random) + Brand(random));
            }
            var hostName = university ?? host.Values.Name;
            var recognized = AsOf.AddDays(-30 - random.Next(10 * 365));
            var status = random.NextDouble() switch { < 0.03 => PlatformStatus.Revoked, < 0.08 => PlatformStatus.Suspended, _ => PlatformStatus.Active };
            var assessments = new List<(int, string)>();
            foreach (var year in FigureYears.Skip(1))
            {
                if (year > recognized.Year)
                {
                    assessments.Add((year, PlatformAssessment.Grades[Pick(random, [25, 45, 27, 3])]));
                }
            }
            yield return new DemoPlatform(new PlatformValues(kind, name, level, hostName, university is null ? host.Values.Uscc : null,
                host.Values.RegionCode, recognized, status), assessments);
        }
    }

    /// <summary>技术经理人, 海外高层次人才 and 科技特派员, each with a valid resident ID number (GB 11643-1999).</summary>
    public IEnumerable<TalentValues> Talents()
    {
        var random = Section(11);
        var enterprises = Enterprises;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var kinds = Enum.GetValues<TalentKind>();
        for (var i = 0; i < TalentCount; i++)
        {
            var kind = kinds[Pick(random, [50, 20, 30])];
            var id = UniqueIdNumber(random, ids);
            var name = DemoVocabulary.Surnames[random.Next(DemoVocabulary.Surnames.Length)]
                + new string(Enumerable.Range(0, 1 + random.Next(2)).Select(_ => DemoVocabulary.GivenCharacters[random.Next(DemoVocabulary.GivenCharacters.Length)]).ToArray());
            var employer = random.NextDouble() < 0.6 ? enterprises[random.Next(enterprises.Count)].Values : null;
            var effective = AsOf.AddDays(-1 - random.Next(5 * 365));
            var region = employer?.RegionCode ?? DemoVocabulary.Districts[random.Next(DemoVocabulary.Districts.Length)].Code;
            yield return kind switch
            {
                TalentKind.TechManager => new TalentValues(kind, name, id, employer?.Name ?? DemoVocabulary.Universities[random.Next(DemoVocabulary.Universities.Length)],
                    region, effective, null, string.Create(CultureInfo.InvariantCulture, $"JSJLR{effective.Year}{i + 1:D6}"), null, null),
                TalentKind.OverseasTalent => new TalentValues(kind, name, id, employer?.Name ?? DemoVocabulary.Universities[random.Next(DemoVocabulary.Universities.Length)],
                    region, effective, DemoVocabulary.TalentProgrammes[random.Next(DemoVocabulary.TalentProgrammes.Length)], null, null,
                    DemoVocabulary.Countries[random.Next(DemoVocabulary.Countries.Length)]),
                _ => new TalentValues(kind, name, id, DemoVocabulary.Universities[random.Next(DemoVocabulary.Universities.Length)],
                    random.NextDouble() < 0.5 ? "610124" : "610122", effective, "西安市科技特派员服务行动", null,
                    string.Join("、", DemoVocabulary.Villages.OrderBy(_ => random.Next()).Take(1 + random.Next(3))), null),
            };
        }
    }

    private static string UniqueIdNumber(Random random, HashSet<string> taken)
    {
        var earliest = new DateOnly(1960, 1, 1).DayNumber;
        var latest = new DateOnly(1998, 12, 31).DayNumber;
        while (true)
        {
            var birth = DateOnly.FromDayNumber(earliest + random.Next(latest - earliest + 1));
            var first17 = string.Create(CultureInfo.InvariantCulture,
                $"{DemoVocabulary.ShaanxiCounties[random.Next(DemoVocabulary.ShaanxiCounties.Length)]}{birth:yyyyMMdd}{random.Next(1000):D3}");
            var id = first17 + ResidentIdNumber.CheckDigit(first17);
            if (taken.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>Activities of every kind, spread over the last two years and the districts.</summary>
    public IEnumerable<ActivityValues> Activities()
    {
        var random = Section(12);
        var kinds = Enum.GetValues<ActivityKind>();
        for (var i = 0; i < ActivityCount; i++)
        {
            var kind = kinds[i % kinds.Length];
            var (region, district, _) = DemoVocabulary.Districts[random.Next(DemoVocabulary.Districts.Length)];
            var held = AsOf.AddDays(-1 - random.Next(2 * 365));
            var domain = DemoVocabulary.Domains[random.Next(DemoVocabulary.Domains.Length)];
            var university = DemoVocabulary.Universities[random.Next(DemoVocabulary.Universities.Length)];
            var n = i / kinds.Length + 1;
            var title = kind switch
            {
                ActivityKind.Matchmaking => $"{held.Year}年{domain}产业技术需求对接会（第{n}场）",
                ActivityKind.IndustryAcademiaFinance => $"{held.Year}年西安市产学研金协同创新对接活动（第{n}期）",
                ActivityKind.CampusEnterpriseVisit => $"“{university}”校企行活动（第{n}站）",
                ActivityKind.InnovationWeek => $"{held.Year}年{district}科技创新周（第{n}届）",
                ActivityKind.SciencePopularisation => $"{held.Year}年{district}科普进社区活动（第{n}场）",
                _ => $"{domain}领域科技成果宣传推介会（第{n}期）",
            };
            var organizer = random.NextDouble() switch
            {
                < 0.4 => "西安市科学技术局",
                < 0.7 => district + "科技局",
                < 0.85 => "西安科技大市场",
                _ => university,
            };
            yield return new ActivityValues(kind, title, held, kind == ActivityKind.InnovationWeek ? held.AddDays(6) : null, organizer, region,
                50 + random.Next(1950), kind == ActivityKind.SciencePopularisation ? null : 5 + random.Next(195),
                kind == ActivityKind.Matchmaking ? $"发布技术需求 {5 + random.Next(60)} 项，现场达成合作意向 {random.Next(20)} 项" : null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static string Brand(Random random)
    {
        var chars = DemoVocabulary.BrandCharacters;
        return new string([chars[random.Next(chars.Length)], chars[random.Next(chars.Length)]]);
    }

    private static int Pick(Random random, double[] weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }
        var roll = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static double LogNormal(Random random, double mu, double sigma) => Math.Exp(mu + sigma * Normal(random));

    private static void Shuffle<T>(Random random, List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
