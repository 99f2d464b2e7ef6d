using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PermitStateCountTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PermitStateCounts",
                columns: table => new
                {
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    WorkflowState = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermitStateCounts", x => new { x.EnterpriseId, x.WorkflowState });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PermitApplications_EnterpriseId_DeclaredAt",
                table: "PermitApplications",
                columns: new[] { "EnterpriseId", "DeclaredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermitStateCounts");

            migrationBuilder.DropIndex(
                name: "IX_PermitApplications_EnterpriseId_DeclaredAt",
                table: "PermitApplications");
        }
    }
}
