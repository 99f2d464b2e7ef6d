using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.DataGen;
using PermitCms.Permits.Data;
using PermitCms.Permits.Query;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Query;

/// <summary>
/// Pages past the middle are read from the other end of the order and turned round: every page, in every order and
/// scope, must still be exactly its slice of the whole ordered list (ties of CreatedAt and NULL 申报日期 included).
/// </summary>
public sealed class QueryPagingTests
{
    [Fact]
    public async Task Pages_read_from_either_end_are_the_slices_of_the_whole_order()
    {
        await using var app = new PermitCmsFactory();
        var connection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await BulkWriters.GenerateAsync(false, connection, new GeneratorOptions(430, 3, 1, 11, new DateOnly(2026, 11, 30)), default);
        var enterprise = await app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.CreatedBy == "李华").Select(p => p.EnterpriseId).MinAsync());
        // Equal creation times, so that only the Id decides between them.
        await QuerySeed.CreateDraftsAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1, 23);

        var ent1 = await QuerySeed.EnterpriseIdAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1Name);
        var none = new PermitQuery(null, null, null, null, null);
        var range = none with { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 11, 30) };
        foreach (var (scope, query, order) in new[]
        {
            (PermitListScope.Enterprise(enterprise), none, PermitListOrder.NewestCreatedFirst),
            (PermitListScope.Enterprise(ent1), none, PermitListOrder.NewestCreatedFirst),
            (PermitListScope.AllEnterprises(), none with { State = PermitStates.PendingReview }, PermitListOrder.LongestWaitingFirst),
            (PermitListScope.AllEnterprises(), none, PermitListOrder.NewestDeclaredFirst),
            (PermitListScope.Enterprise(enterprise), none, PermitListOrder.NewestDeclaredFirst),
            (PermitListScope.Enterprise(enterprise), none, PermitListOrder.LongestWaitingFirst),
            // A 申报日期 range: the enterprise's list orders by CreatedAt behind a CASE, the queue restates the range on its order.
            (PermitListScope.Enterprise(enterprise), range, PermitListOrder.NewestCreatedFirst),
            (PermitListScope.AllEnterprises(), range, PermitListOrder.NewestDeclaredFirst),
            (PermitListScope.AllEnterprises(), range with { State = PermitStates.Approved }, PermitListOrder.NewestDeclaredFirst),
        })
        {
            await using var scopeServices = app.Services.CreateAsyncScope();
            var service = scopeServices.ServiceProvider.GetRequiredService<PermitQueryService>();
            var expected = await PermitQueryService.Order(await service.FilterAsync(scope, query, default), order).Select(p => p.Id).ToListAsync();
            Assert.True(expected.Count > 20, $"{order}: {expected.Count}");
            var actual = new List<int>();
            for (var page = 1; page <= (expected.Count + 9) / 10; page++)
            {
                var result = await service.PageAsync(scope, query, page, 10, order, default);
                Assert.Equal(expected.Count, result.Total);
                actual.AddRange(result.Rows.Select(i => i.Id));
            }

            Assert.Equal(expected, actual);
        }
    }
}
