using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reg_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Organizer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    Enterprises = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ZoneCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    TechField = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TaxMode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: false),
                    Listing = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_import_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Registry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileSize = table.Column<long>(type: "bigint", nullable: false),
                    Mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    Inserted = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false),
                    ReportFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    RolledBackAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RolledBackBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_import_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_import_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Table = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Previous = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_import_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_platforms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HostName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HostUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_platforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_roadshows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Organizer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Enterprises = table.Column<string>(type: "text", nullable: false),
                    EnterpriseCount = table.Column<int>(type: "integer", nullable: false),
                    Investors = table.Column<string>(type: "text", nullable: false),
                    InvestorCount = table.Column<int>(type: "integer", nullable: false),
                    IntendedInvestmentFen = table.Column<long>(type: "bigint", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_roadshows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_sub_funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Manager = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SizeFen = table.Column<long>(type: "bigint", nullable: false),
                    GovernmentShareFen = table.Column<long>(type: "bigint", nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_sub_funds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_talents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdentityCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdentityHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ServedVillages = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Country = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_talents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_tech_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Registry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subtype = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SellerRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BuyerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    BuyerRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ContractAmountFen = table.Column<long>(type: "bigint", nullable: false),
                    TechTransactionAmountFen = table.Column<long>(type: "bigint", nullable: false),
                    TechField = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SellerEnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    BuyerEnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_tech_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_tech_loans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Bank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LoanNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    BorrowerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BorrowerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Product = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    LoanedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_tech_loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_enterprise_years",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Staff = table.Column<int>(type: "integer", nullable: true),
                    TechStaff = table.Column<int>(type: "integer", nullable: true),
                    SalesRevenueFen = table.Column<long>(type: "bigint", nullable: true),
                    TotalRevenueFen = table.Column<long>(type: "bigint", nullable: true),
                    TotalCostsFen = table.Column<long>(type: "bigint", nullable: true),
                    RdExpenseFen = table.Column<long>(type: "bigint", nullable: true),
                    DomesticRdExpenseFen = table.Column<long>(type: "bigint", nullable: true),
                    HighTechRevenueFen = table.Column<long>(type: "bigint", nullable: true),
                    TotalAssetsFen = table.Column<long>(type: "bigint", nullable: true),
                    NetAssetsFen = table.Column<long>(type: "bigint", nullable: true),
                    IpClassOne = table.Column<int>(type: "integer", nullable: true),
                    IpClassTwo = table.Column<int>(type: "integer", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_enterprise_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_enterprise_years_reg_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "reg_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_growth_recognitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_growth_recognitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_growth_recognitions_reg_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "reg_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_high_tech_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_high_tech_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_high_tech_certificates_reg_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "reg_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_pool_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EntryReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaveReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_pool_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_pool_memberships_reg_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "reg_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_tech_sme_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_tech_sme_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_tech_sme_registrations_reg_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "reg_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_platform_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlatformId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_platform_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_platform_assessments_reg_platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "reg_platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_fund_investments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvesteeUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    InvesteeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    InvestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastBatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_fund_investments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_fund_investments_reg_sub_funds_FundId",
                        column: x => x.FundId,
                        principalTable: "reg_sub_funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reg_activities_CreatedBatchId",
                table: "reg_activities",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_activities_HeldOn",
                table: "reg_activities",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_reg_activities_Kind_Title_HeldOn",
                table: "reg_activities",
                columns: new[] { "Kind", "Title", "HeldOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_activities_OwnerUnitPath",
                table: "reg_activities",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_activities_RegionCode",
                table: "reg_activities",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprise_years_CreatedBatchId",
                table: "reg_enterprise_years",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprise_years_EnterpriseId_Year",
                table: "reg_enterprise_years",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprise_years_OwnerUnitPath",
                table: "reg_enterprise_years",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprise_years_RegionCode",
                table: "reg_enterprise_years",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprise_years_Year",
                table: "reg_enterprise_years",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_CreatedBatchId",
                table: "reg_enterprises",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_Name",
                table: "reg_enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_OwnerUnitPath",
                table: "reg_enterprises",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_RegionCode",
                table: "reg_enterprises",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_RegionCode_Name",
                table: "reg_enterprises",
                columns: new[] { "RegionCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_TechField",
                table: "reg_enterprises",
                column: "TechField");

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_Uscc",
                table: "reg_enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_enterprises_ZoneCode",
                table: "reg_enterprises",
                column: "ZoneCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_fund_investments_CreatedBatchId",
                table: "reg_fund_investments",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_fund_investments_EnterpriseId",
                table: "reg_fund_investments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_fund_investments_FundId_InvesteeUscc_InvestedOn",
                table: "reg_fund_investments",
                columns: new[] { "FundId", "InvesteeUscc", "InvestedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_fund_investments_OwnerUnitPath",
                table: "reg_fund_investments",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_fund_investments_RegionCode",
                table: "reg_fund_investments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_growth_recognitions_CreatedBatchId",
                table: "reg_growth_recognitions",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_growth_recognitions_EnterpriseId_Kind_Year",
                table: "reg_growth_recognitions",
                columns: new[] { "EnterpriseId", "Kind", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_growth_recognitions_Kind_Year",
                table: "reg_growth_recognitions",
                columns: new[] { "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_growth_recognitions_OwnerUnitPath",
                table: "reg_growth_recognitions",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_growth_recognitions_RegionCode",
                table: "reg_growth_recognitions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_high_tech_certificates_CertificateNumber",
                table: "reg_high_tech_certificates",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_high_tech_certificates_CreatedBatchId",
                table: "reg_high_tech_certificates",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_high_tech_certificates_EnterpriseId_IssuedOn",
                table: "reg_high_tech_certificates",
                columns: new[] { "EnterpriseId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_high_tech_certificates_IssuedOn_ValidUntil",
                table: "reg_high_tech_certificates",
                columns: new[] { "IssuedOn", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_high_tech_certificates_OwnerUnitPath",
                table: "reg_high_tech_certificates",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_high_tech_certificates_RegionCode",
                table: "reg_high_tech_certificates",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_import_batches_Registry_StartedAtUtc",
                table: "reg_import_batches",
                columns: new[] { "Registry", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_import_changes_BatchId",
                table: "reg_import_changes",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platform_assessments_CreatedBatchId",
                table: "reg_platform_assessments",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platform_assessments_OwnerUnitPath",
                table: "reg_platform_assessments",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platform_assessments_PlatformId_Year",
                table: "reg_platform_assessments",
                columns: new[] { "PlatformId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_platform_assessments_RegionCode",
                table: "reg_platform_assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platforms_CreatedBatchId",
                table: "reg_platforms",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platforms_Kind_Level_Name",
                table: "reg_platforms",
                columns: new[] { "Kind", "Level", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_platforms_OwnerUnitPath",
                table: "reg_platforms",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platforms_RecognizedOn",
                table: "reg_platforms",
                column: "RecognizedOn");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platforms_RegionCode",
                table: "reg_platforms",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_pool_memberships_CreatedBatchId",
                table: "reg_pool_memberships",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_pool_memberships_EnterpriseId_EnteredOn",
                table: "reg_pool_memberships",
                columns: new[] { "EnterpriseId", "EnteredOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_pool_memberships_OwnerUnitPath",
                table: "reg_pool_memberships",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_pool_memberships_RegionCode",
                table: "reg_pool_memberships",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_roadshows_CreatedBatchId",
                table: "reg_roadshows",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_roadshows_OwnerUnitPath",
                table: "reg_roadshows",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_roadshows_RegionCode",
                table: "reg_roadshows",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_roadshows_Title_HeldOn",
                table: "reg_roadshows",
                columns: new[] { "Title", "HeldOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_sub_funds_CreatedBatchId",
                table: "reg_sub_funds",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_sub_funds_Name",
                table: "reg_sub_funds",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_sub_funds_OwnerUnitPath",
                table: "reg_sub_funds",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_sub_funds_RegionCode",
                table: "reg_sub_funds",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_talents_CreatedBatchId",
                table: "reg_talents",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_talents_Kind_EffectiveOn",
                table: "reg_talents",
                columns: new[] { "Kind", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_talents_Kind_IdentityHash",
                table: "reg_talents",
                columns: new[] { "Kind", "IdentityHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_talents_OwnerUnitPath",
                table: "reg_talents",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_talents_RegionCode",
                table: "reg_talents",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_BuyerEnterpriseId",
                table: "reg_tech_contracts",
                column: "BuyerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_BuyerRegionCode_RegisteredOn",
                table: "reg_tech_contracts",
                columns: new[] { "BuyerRegionCode", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_CreatedBatchId",
                table: "reg_tech_contracts",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_OwnerUnitPath",
                table: "reg_tech_contracts",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_RegionCode",
                table: "reg_tech_contracts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_RegisteredOn",
                table: "reg_tech_contracts",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_RegistrationNumber",
                table: "reg_tech_contracts",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_SellerEnterpriseId",
                table: "reg_tech_contracts",
                column: "SellerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_SellerRegionCode_RegisteredOn",
                table: "reg_tech_contracts",
                columns: new[] { "SellerRegionCode", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_Bank_LoanNumber",
                table: "reg_tech_loans",
                columns: new[] { "Bank", "LoanNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_CreatedBatchId",
                table: "reg_tech_loans",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_EnterpriseId",
                table: "reg_tech_loans",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_LoanedOn",
                table: "reg_tech_loans",
                column: "LoanedOn");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_OwnerUnitPath",
                table: "reg_tech_loans",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_RegionCode",
                table: "reg_tech_loans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_sme_registrations_CreatedBatchId",
                table: "reg_tech_sme_registrations",
                column: "CreatedBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_sme_registrations_EnterpriseId_Year",
                table: "reg_tech_sme_registrations",
                columns: new[] { "EnterpriseId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_sme_registrations_OwnerUnitPath",
                table: "reg_tech_sme_registrations",
                column: "OwnerUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_sme_registrations_RegionCode",
                table: "reg_tech_sme_registrations",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_sme_registrations_RegistrationNumber",
                table: "reg_tech_sme_registrations",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_sme_registrations_Year",
                table: "reg_tech_sme_registrations",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reg_activities");

            migrationBuilder.DropTable(
                name: "reg_enterprise_years");

            migrationBuilder.DropTable(
                name: "reg_fund_investments");

            migrationBuilder.DropTable(
                name: "reg_growth_recognitions");

            migrationBuilder.DropTable(
                name: "reg_high_tech_certificates");

            migrationBuilder.DropTable(
                name: "reg_import_batches");

            migrationBuilder.DropTable(
                name: "reg_import_changes");

            migrationBuilder.DropTable(
                name: "reg_platform_assessments");

            migrationBuilder.DropTable(
                name: "reg_pool_memberships");

            migrationBuilder.DropTable(
                name: "reg_roadshows");

            migrationBuilder.DropTable(
                name: "reg_talents");

            migrationBuilder.DropTable(
                name: "reg_tech_contracts");

            migrationBuilder.DropTable(
                name: "reg_tech_loans");

            migrationBuilder.DropTable(
                name: "reg_tech_sme_registrations");

            migrationBuilder.DropTable(
                name: "reg_sub_funds");

            migrationBuilder.DropTable(
                name: "reg_platforms");

            migrationBuilder.DropTable(
                name: "reg_enterprises");
        }
    }
}
