using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;
using PermitCms.Permits.CodeLists;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>The shipped code lists: seeded once, idempotently, with the data README's unconfirmed values marked.</summary>
public sealed class CodeListTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private Task<List<CodeListItem>> ItemsAsync() => ItemsAsync(factory);

    private static Task<List<CodeListItem>> ItemsAsync(PermitCmsFactory app) => app.WithDbAsync(db => db.Set<CodeListItem>().AsNoTracking().ToListAsync());

    [Fact]
    public async Task Every_list_is_seeded_from_the_shipped_files_with_unconfirmed_values_marked()
    {
        var items = await ItemsAsync();
        int Count(string list) => items.Count(i => i.ListName == list);
        CodeListItem Item(string list, string code) => items.Single(i => i.ListName == list && i.Code == code);

        Assert.Equal((40, 28, 6, 249, 184, 123, 181),
            (Count(CodeListNames.CustomsDistrict), Count(CodeListNames.HsCode), Count(CodeListNames.Carrier), Count(CodeListNames.Country),
             Count(CodeListNames.Language), Count(CodeListNames.Unit), Count(CodeListNames.Currency)));
        Assert.Equal(21, items.Count(i => i.ListName == CodeListNames.CustomsDistrict && i.IsUnconfirmed)); // the G-only rows
        Assert.True(Item(CodeListNames.CustomsDistrict, "0500").IsUnconfirmed);
        Assert.False(Item(CodeListNames.CustomsDistrict, "0100").IsUnconfirmed);
        Assert.True(Item(CodeListNames.HsCode, "8523499020").IsUnconfirmed);   // no Chinese name found
        Assert.False(Item(CodeListNames.HsCode, "8523410000").IsUnconfirmed);
        Assert.True(Item(CodeListNames.Unit, "164").IsUnconfirmed);            // one source of three
        Assert.True(Item(CodeListNames.Currency, "BOV").IsUnconfirmed);
        Assert.False(Item(CodeListNames.Currency, "XTS").IsActive);            // a testing code is not offered
        Assert.True(Item(CodeListNames.Currency, "CNY").IsActive);
        Assert.Equal("product decision", Item(CodeListNames.Carrier, "LP").Source);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_keeps_an_administrators_correction()
    {
        // Its own app: the correction below must not leak into the other test of this class.
        await using var factory = new PermitCmsFactory();
        await factory.WithDbAsync(db => db.Set<CodeListItem>().Where(i => i.ListName == CodeListNames.HsCode && i.Code == "8523499020")
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.NameZh, "其他录有广播电影电视节目的光学媒体").SetProperty(i => i.IsUnconfirmed, false)));
        var before = (await ItemsAsync(factory)).Count;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().Where(s => s.GetType().Name == "CodeListSeeder"))
            {
                await seeder.SeedAsync(TestContext.Current.CancellationToken);
            }
        }

        var after = await ItemsAsync(factory);
        Assert.Equal(before, after.Count);
        Assert.Equal("其他录有广播电影电视节目的光学媒体", after.Single(i => i.ListName == CodeListNames.HsCode && i.Code == "8523499020").NameZh);
    }
}
