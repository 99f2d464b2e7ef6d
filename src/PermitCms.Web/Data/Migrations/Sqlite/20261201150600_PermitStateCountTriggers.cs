using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Raw SQL that EF's model cannot describe (issue 11), kept apart from the generated migrations so that it can be
    /// carried into regenerated ones as it is: the exact per-(EnterpriseId, WorkflowState) counts of PermitStateCounts,
    /// filled from the existing rows and then kept by triggers on PermitApplications in the writer's own transaction,
    /// whatever writes (EF, the workflow runtime, a bulk load, a manual fix); and the expression index that serves the
    /// 审核队列 of every state, newest declared first. A later SQLite migration that rebuilds PermitApplications (EF's table rebuild for an unsupported ALTER) drops these triggers and both expression indexes (this one and QueueOrderIndex's): it must create them again, and refill the counts.
    /// </summary>
    [DbContext(typeof(SqlitePermitCmsDbContext))]
    [Migration("20261201150600_PermitStateCountTriggers")]
    public partial class PermitStateCountTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"") SELECT ""EnterpriseId"", ""WorkflowState"", COUNT(*) FROM ""PermitApplications"" GROUP BY ""EnterpriseId"", ""WorkflowState"";");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_PermitApplications_StateCount_Insert"" AFTER INSERT ON ""PermitApplications"" BEGIN INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"") VALUES (NEW.""EnterpriseId"", NEW.""WorkflowState"", 1) ON CONFLICT (""EnterpriseId"", ""WorkflowState"") DO UPDATE SET ""Count"" = ""Count"" + 1; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_PermitApplications_StateCount_Update"" AFTER UPDATE OF ""EnterpriseId"", ""WorkflowState"" ON ""PermitApplications"" WHEN OLD.""EnterpriseId"" <> NEW.""EnterpriseId"" OR OLD.""WorkflowState"" <> NEW.""WorkflowState"" BEGIN UPDATE ""PermitStateCounts"" SET ""Count"" = ""Count"" - 1 WHERE ""EnterpriseId"" = OLD.""EnterpriseId"" AND ""WorkflowState"" = OLD.""WorkflowState""; INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"") VALUES (NEW.""EnterpriseId"", NEW.""WorkflowState"", 1) ON CONFLICT (""EnterpriseId"", ""WorkflowState"") DO UPDATE SET ""Count"" = ""Count"" + 1; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_PermitApplications_StateCount_Delete"" AFTER DELETE ON ""PermitApplications"" BEGIN UPDATE ""PermitStateCounts"" SET ""Count"" = ""Count"" - 1 WHERE ""EnterpriseId"" = OLD.""EnterpriseId"" AND ""WorkflowState"" = OLD.""WorkflowState""; END;");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_PermitApplications_DeclaredOrCreated_Id"" ON ""PermitApplications"" (COALESCE(""DeclaredAt"", ""CreatedAt""), ""Id"");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX ""IX_PermitApplications_DeclaredOrCreated_Id"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_PermitApplications_StateCount_Delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_PermitApplications_StateCount_Update"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_PermitApplications_StateCount_Insert"";");
            migrationBuilder.Sql(@"DELETE FROM ""PermitStateCounts"";");
        }
    }
}
