using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// Raw SQL that EF's model cannot describe (issue 11), kept apart from the generated migrations so that it can be
    /// carried into regenerated ones as it is: the exact per-(EnterpriseId, WorkflowState) counts of PermitStateCounts,
    /// filled from the existing rows and then kept by triggers on PermitApplications in the writer's own transaction,
    /// whatever writes (EF, the workflow runtime, a bulk load, a manual fix); and the expression index that serves the
    /// 审核队列 of every state, newest declared first. INSERT and DELETE are statement triggers over transition tables, so a COPY of a million rows adds one grouped upsert; an UPDATE that moves a row is a row trigger that touches both counts in key order, so that 申报 and 撤回 racing in opposite directions cannot deadlock.
    /// </summary>
    [DbContext(typeof(PostgreSqlPermitCmsDbContext))]
    [Migration("20261201150610_PermitStateCountTriggers")]
    public partial class PermitStateCountTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE FUNCTION ""PermitStateCounts_AddRows""() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"")
        SELECT ""EnterpriseId"", ""WorkflowState"", COUNT(*) FROM new_rows GROUP BY ""EnterpriseId"", ""WorkflowState"" ORDER BY ""EnterpriseId"", ""WorkflowState""
        ON CONFLICT (""EnterpriseId"", ""WorkflowState"") DO UPDATE SET ""Count"" = ""PermitStateCounts"".""Count"" + EXCLUDED.""Count"";
    ELSE
        INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"")
        SELECT ""EnterpriseId"", ""WorkflowState"", -COUNT(*) FROM old_rows GROUP BY ""EnterpriseId"", ""WorkflowState"" ORDER BY ""EnterpriseId"", ""WorkflowState""
        ON CONFLICT (""EnterpriseId"", ""WorkflowState"") DO UPDATE SET ""Count"" = ""PermitStateCounts"".""Count"" + EXCLUDED.""Count"";
    END IF;
    RETURN NULL;
END
$$;");
            migrationBuilder.Sql(@"CREATE FUNCTION ""PermitStateCounts_MoveRow""() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"")
    SELECT k.e, k.s, k.d FROM (VALUES (OLD.""EnterpriseId"", OLD.""WorkflowState"", -1), (NEW.""EnterpriseId"", NEW.""WorkflowState"", 1)) AS k (e, s, d) ORDER BY k.e, k.s
    ON CONFLICT (""EnterpriseId"", ""WorkflowState"") DO UPDATE SET ""Count"" = ""PermitStateCounts"".""Count"" + EXCLUDED.""Count"";
    RETURN NULL;
END
$$;");
            migrationBuilder.Sql(@"INSERT INTO ""PermitStateCounts"" (""EnterpriseId"", ""WorkflowState"", ""Count"") SELECT ""EnterpriseId"", ""WorkflowState"", COUNT(*) FROM ""PermitApplications"" GROUP BY ""EnterpriseId"", ""WorkflowState"";");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_PermitApplications_StateCount_Insert"" AFTER INSERT ON ""PermitApplications"" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ""PermitStateCounts_AddRows""();");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_PermitApplications_StateCount_Delete"" AFTER DELETE ON ""PermitApplications"" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ""PermitStateCounts_AddRows""();");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_PermitApplications_StateCount_Update"" AFTER UPDATE OF ""EnterpriseId"", ""WorkflowState"" ON ""PermitApplications"" FOR EACH ROW WHEN (OLD.""EnterpriseId"" <> NEW.""EnterpriseId"" OR OLD.""WorkflowState"" <> NEW.""WorkflowState"") EXECUTE FUNCTION ""PermitStateCounts_MoveRow""();");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_PermitApplications_DeclaredOrCreated_Id"" ON ""PermitApplications"" (COALESCE(""DeclaredAt"", ""CreatedAt""), ""Id"");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX ""IX_PermitApplications_DeclaredOrCreated_Id"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_PermitApplications_StateCount_Update"" ON ""PermitApplications"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_PermitApplications_StateCount_Delete"" ON ""PermitApplications"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_PermitApplications_StateCount_Insert"" ON ""PermitApplications"";");
            migrationBuilder.Sql(@"DROP FUNCTION ""PermitStateCounts_MoveRow""();");
            migrationBuilder.Sql(@"DROP FUNCTION ""PermitStateCounts_AddRows""();");
            migrationBuilder.Sql(@"DELETE FROM ""PermitStateCounts"";");
        }
    }
}
