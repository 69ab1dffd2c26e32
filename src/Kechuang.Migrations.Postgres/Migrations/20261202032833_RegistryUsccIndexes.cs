using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistryUsccIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_loans_BorrowerUscc",
                table: "reg_tech_loans",
                column: "BorrowerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_BuyerUscc",
                table: "reg_tech_contracts",
                column: "BuyerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_reg_tech_contracts_SellerUscc",
                table: "reg_tech_contracts",
                column: "SellerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_reg_platforms_HostUscc",
                table: "reg_platforms",
                column: "HostUscc");

            migrationBuilder.CreateIndex(
                name: "IX_reg_fund_investments_InvesteeUscc",
                table: "reg_fund_investments",
                column: "InvesteeUscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reg_tech_loans_BorrowerUscc",
                table: "reg_tech_loans");

            migrationBuilder.DropIndex(
                name: "IX_reg_tech_contracts_BuyerUscc",
                table: "reg_tech_contracts");

            migrationBuilder.DropIndex(
                name: "IX_reg_tech_contracts_SellerUscc",
                table: "reg_tech_contracts");

            migrationBuilder.DropIndex(
                name: "IX_reg_platforms_HostUscc",
                table: "reg_platforms");

            migrationBuilder.DropIndex(
                name: "IX_reg_fund_investments_InvesteeUscc",
                table: "reg_fund_investments");
        }
    }
}
