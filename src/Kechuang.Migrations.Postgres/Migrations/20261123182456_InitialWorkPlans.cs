using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialWorkPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wp_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LineageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    IsLatestRevision = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedOnText = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PlanYear = table.Column<int>(type: "integer", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    SourceSize = table.Column<long>(type: "bigint", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wp_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wp_diagnostics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Excerpt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Suggestion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wp_diagnostics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wp_diagnostics_wp_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "wp_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wp_sections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wp_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wp_sections_wp_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "wp_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wp_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    SectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wp_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wp_tasks_wp_sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "wp_sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wp_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Comparator = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Qualitative = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wp_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wp_targets_wp_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "wp_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_wp_targets_wp_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "wp_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wp_diagnostics_PlanId_Position",
                table: "wp_diagnostics",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_wp_plans_ContentHash",
                table: "wp_plans",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wp_plans_LineageId_Revision",
                table: "wp_plans",
                columns: new[] { "LineageId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wp_plans_PlanYear",
                table: "wp_plans",
                column: "PlanYear");

            migrationBuilder.CreateIndex(
                name: "IX_wp_sections_PlanId_Position",
                table: "wp_sections",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_wp_targets_PlanId_Position",
                table: "wp_targets",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_wp_targets_TaskId",
                table: "wp_targets",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_wp_tasks_PlanId_Position",
                table: "wp_tasks",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_wp_tasks_SectionId_Position",
                table: "wp_tasks",
                columns: new[] { "SectionId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wp_diagnostics");

            migrationBuilder.DropTable(
                name: "wp_targets");

            migrationBuilder.DropTable(
                name: "wp_tasks");

            migrationBuilder.DropTable(
                name: "wp_sections");

            migrationBuilder.DropTable(
                name: "wp_plans");
        }
    }
}
