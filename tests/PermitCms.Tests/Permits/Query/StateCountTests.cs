using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Query;

/// <summary>The kept per-state counts stay exact through every writer, on SQLite and on PostgreSQL.</summary>
public sealed class StateCountTests
{
    [Fact]
    public async Task Kept_counts_equal_the_rows_after_every_writer_on_sqlite()
    {
        await using var app = new PermitCmsFactory();
        await StateCountScenario.RunAsync(app);
    }

    [Fact]
    public async Task Kept_counts_equal_the_rows_after_every_writer_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        await using var app = new PostgreSqlFactory();
        await StateCountScenario.RunAsync(app);
    }
}
