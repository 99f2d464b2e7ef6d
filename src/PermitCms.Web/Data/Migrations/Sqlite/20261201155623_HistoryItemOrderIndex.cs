using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HistoryItemOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowHistory_ItemType_ItemId",
                table: "WorkflowHistory");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowHistory_ItemType_ItemId_OccurredAt",
                table: "WorkflowHistory",
                columns: new[] { "ItemType", "ItemId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowHistory_ItemType_ItemId_OccurredAt",
                table: "WorkflowHistory");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowHistory_ItemType_ItemId",
                table: "WorkflowHistory",
                columns: new[] { "ItemType", "ItemId" });
        }
    }
}
