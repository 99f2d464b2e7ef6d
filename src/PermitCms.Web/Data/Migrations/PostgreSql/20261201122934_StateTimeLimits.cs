using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PermitCms.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StateTimeLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkflowDeadlines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DefinitionVersionId = table.Column<int>(type: "integer", nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ItemUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemindAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkingCalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingCalendarDays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDeadlines_ClosedAt_DueAt",
                table: "WorkflowDeadlines",
                columns: new[] { "ClosedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDeadlines_ClosedAt_RemindAt",
                table: "WorkflowDeadlines",
                columns: new[] { "ClosedAt", "RemindAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDeadlines_ItemType_ItemId_ClosedAt",
                table: "WorkflowDeadlines",
                columns: new[] { "ItemType", "ItemId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkingCalendarDays_Date",
                table: "WorkingCalendarDays",
                column: "Date",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkflowDeadlines");

            migrationBuilder.DropTable(
                name: "WorkingCalendarDays");
        }
    }
}
