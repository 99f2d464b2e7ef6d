using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DefinitionVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemindAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkingCalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
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
