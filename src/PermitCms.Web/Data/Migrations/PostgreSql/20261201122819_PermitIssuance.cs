using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PermitCms.Web.Data.Migrations.PostgreSql
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationToken",
                table: "PermitApplications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PermitUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PermitApplicationId = table.Column<int>(type: "integer", nullable: false),
                    UseNo = table.Column<int>(type: "integer", nullable: false),
                    PermitGoodsId = table.Column<int>(type: "integer", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    DeclarationNo = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
