using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Review;

/// <summary>统计分析 on PostgreSQL (date_trunc, percentile_cont): the same figures as counted over the seeded rows.</summary>
public sealed class StatisticsPostgreSqlTests : IAsyncLifetime
{
    private readonly PostgreSqlFactory _app = new();

    [Fact]
    public async Task Service_page_and_export_show_the_counts_of_the_seeded_rows_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        var scenario = StatisticsScenario.Build();
        await scenario.WriteAsync(_app);
        var expected = new StatisticsExpected(scenario, StatisticsScenario.Range);

        await StatisticsChecks.ServiceAsync(_app, expected, StatisticsScenario.Range);
        await StatisticsChecks.PageAsync(_app, expected, StatisticsScenario.Range);
        await StatisticsChecks.ExportAsync(_app, expected, StatisticsScenario.Range);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
