using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PermitCms.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// CodeListTotals (issue 11): the code lists' stamp (row count, sum of Revision) in one row, filled from the rows
    /// there are and then kept by triggers on CodeListItems in the writer's own transaction, whatever writes (the
    /// seeder, the 代码表 pages, a manual SQL fix). Every page that shows a code list reads it by key.
    /// </summary>
    public partial class CodeListTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CodeListTotals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    RevisionSum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeListTotals", x => x.Id);
                });

            migrationBuilder.Sql(@"INSERT INTO ""CodeListTotals"" (""Id"", ""Count"", ""RevisionSum"") SELECT 1, COUNT(*), COALESCE(SUM(""Revision""), 0) FROM ""CodeListItems"";");
            migrationBuilder.Sql(@"CREATE FUNCTION ""CodeListItems_KeepTotals""() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE ""CodeListTotals"" SET ""Count"" = ""Count"" + 1, ""RevisionSum"" = ""RevisionSum"" + NEW.""Revision"" WHERE ""Id"" = 1;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE ""CodeListTotals"" SET ""RevisionSum"" = ""RevisionSum"" - OLD.""Revision"" + NEW.""Revision"" WHERE ""Id"" = 1;
    ELSE
        UPDATE ""CodeListTotals"" SET ""Count"" = ""Count"" - 1, ""RevisionSum"" = ""RevisionSum"" - OLD.""Revision"" WHERE ""Id"" = 1;
    END IF;
    RETURN NULL;
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""TR_CodeListItems_Totals"" AFTER INSERT OR UPDATE OF ""Revision"" OR DELETE ON ""CodeListItems"" FOR EACH ROW EXECUTE FUNCTION ""CodeListItems_KeepTotals""();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER ""TR_CodeListItems_Totals"" ON ""CodeListItems"";");
            migrationBuilder.Sql(@"DROP FUNCTION ""CodeListItems_KeepTotals""();");
            migrationBuilder.DropTable(
                name: "CodeListTotals");
        }
    }
}
