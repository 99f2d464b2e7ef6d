using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.DataGen;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Tests.Permits;

/// <summary>
/// bench/PermitCms.DataGen writes data the app accepts as its own: every state, valid unique numbers, history, lists
/// that show it, and numbers the app hands out afterwards that follow the generated ones.
/// </summary>
public sealed partial class DataGeneratorTests
{
    [Fact]
    public async Task Generated_applications_are_valid_for_the_app_on_sqlite()
    {
        await using var app = new PermitCmsFactory();
        await AssertGeneratedDataWorksAsync(app, postgreSql: false);
    }

    [Fact]
    public async Task Generated_applications_are_valid_for_the_app_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        await using var app = new PostgreSqlFactory();
        await AssertGeneratedDataWorksAsync(app, postgreSql: true);
    }

    private static async Task AssertGeneratedDataWorksAsync(PermitCmsFactory app, bool postgreSql)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var connection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var before = await app.WithDbAsync(db => db.Set<PermitApplication>().Select(p => p.Id).ToListAsync());

        // One year before today: the last application falls on today, whose counter the app uses next.
        var result = await BulkWriters.GenerateAsync(postgreSql, connection, new GeneratorOptions(1000, 5, 1, 7, today), default);
        Assert.Equal(1000, result.Applications);

        var generated = await app.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().Where(p => !before.Contains(p.Id)).ToListAsync());
        Assert.Equal(1000, generated.Count);
        Assert.All(PermitStatesAll, s => Assert.Contains(generated, p => p.WorkflowState == s));
        Assert.Equal(1000, generated.Select(p => p.ApplicationNo).Distinct().Count());
        Assert.All(generated, p => Assert.Matches(NumberPattern(), p.ApplicationNo));
        var submitted = generated.Where(p => p.WorkflowState is PermitStates.PendingReview or PermitStates.Approved or PermitStates.Rejected).ToList();
        Assert.All(submitted, p => Assert.NotNull(p.DeclaredAt));
        Assert.All(generated.Where(p => p.WorkflowState is PermitStates.Draft or PermitStates.Deleted), p => Assert.Null(p.DeclaredAt));
        var ids = generated.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var historyRows = await app.WithDbAsync(db => db.Set<WorkflowHistory>().CountAsync(h => h.ItemType == PermitApplication.ItemType && ids.Contains(h.ItemId)));
        Assert.Equal(generated.Sum(p => p.Revision), historyRows);
        var generatedIds = generated.Select(p => p.Id).ToList();
        Assert.Equal(generated.Count, await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => generatedIds.Contains(g.PermitApplicationId)).Select(g => g.PermitApplicationId).Distinct().CountAsync()));

        // The reviewer's lists show them: every submitted application of an enterprise, and the queue of 待审核.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<IPermitQueries>();
            var enterprise = generated[0].EnterpriseId;
            var listed = await queries.PageAsync(PermitListScope.AllEnterprises(enterprise), new PermitQuery(null, null, null, null, null), 1, 20, PermitListOrder.NewestDeclaredFirst, default);
            Assert.Equal(submitted.Count(p => p.EnterpriseId == enterprise), listed.Total);
            var pending = await queries.PageAsync(PermitListScope.AllEnterprises(), new PermitQuery(null, null, PermitStates.PendingReview, null, null), 1, 100, PermitListOrder.LongestWaitingFirst, default);
            Assert.Equal(generated.Count(p => p.WorkflowState == PermitStates.PendingReview), pending.Total);
        }

        // A new enterprise and a new application through the app: ids and today's number follow the generated ones.
        var todays = generated.Where(p => p.ApplicationNo.StartsWith("YX" + today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(todays);
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(app);
        var client = await PermitClient.SignInAsync(app, user, PermitTestData.Password);
        var id = await client.SaveDraftAsync("PZ-AFTER-GENERATION");
        var created = await app.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.True(string.CompareOrdinal(created.ApplicationNo, todays.Max(p => p.ApplicationNo)) > 0, created.ApplicationNo);
    }

    private static readonly string[] PermitStatesAll = [PermitStates.Draft, PermitStates.PendingReview, PermitStates.Approved, PermitStates.Rejected, PermitStates.Deleted];

    [GeneratedRegex(@"^YX\d{12}$")]
    private static partial Regex NumberPattern();
}
