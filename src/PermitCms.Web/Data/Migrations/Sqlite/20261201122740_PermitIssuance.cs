using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PermitIssuance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_PermitApplications_ApprovalFormNo_Taken",
                table: "PermitApplications");

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "PermitApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationToken",
                table: "PermitApplications",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PermitUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PermitApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UseNo = table.Column<int>(type: "INTEGER", nullable: false),
                    PermitGoodsId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermitUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermitUses_PermitApplications_PermitApplicationId",
                        column: x => x.PermitApplicationId,
                        principalTable: "PermitApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PermitUses_PermitGoods_PermitGoodsId",
                        column: x => x.PermitGoodsId,
                        principalTable: "PermitGoods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PermitApplications_VerificationToken",
                table: "PermitApplications",
                column: "VerificationToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_PermitApplications_ApprovalFormNo_Taken",
                table: "PermitApplications",
                column: "ApprovalFormNo",
                unique: true,
                filter: "\"WorkflowState\" IN ('PendingReview', 'Approved', 'WrittenOff')");

            migrationBuilder.CreateIndex(
                name: "IX_PermitUses_PermitApplicationId_UseNo",
                table: "PermitUses",
                columns: new[] { "PermitApplicationId", "UseNo" });

            migrationBuilder.CreateIndex(
                name: "IX_PermitUses_PermitGoodsId",
                table: "PermitUses",
                column: "PermitGoodsId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermitUses");

            migrationBuilder.DropIndex(
                name: "IX_PermitApplications_VerificationToken",
                table: "PermitApplications");

            migrationBuilder.DropIndex(
                name: "UX_PermitApplications_ApprovalFormNo_Taken",
                table: "PermitApplications");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "PermitApplications");

            migrationBuilder.DropColumn(
                name: "VerificationToken",
                table: "PermitApplications");

            migrationBuilder.CreateIndex(
                name: "UX_PermitApplications_ApprovalFormNo_Taken",
                table: "PermitApplications",
                column: "ApprovalFormNo",
                unique: true,
                filter: "\"WorkflowState\" IN ('PendingReview', 'Approved')");
        }
    }
}
