using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class QueueOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The 审核队列 of a state other than 待审核 orders by COALESCE(DeclaredAt, CreatedAt) DESC, Id DESC
            // (PermitQueryService.Order): without this index both databases sort the whole state for page 1.
            // An expression index, which EF's model cannot describe, so it lives in the migrations only: a later SQLite
            // migration that rebuilds this table must create it again.
            migrationBuilder.Sql("CREATE INDEX \"IX_PermitApplications_WorkflowState_DeclaredOrCreated\" ON \"PermitApplications\" (\"WorkflowState\", COALESCE(\"DeclaredAt\", \"CreatedAt\"), \"Id\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_PermitApplications_WorkflowState_DeclaredOrCreated\";");
        }
    }
}
