using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>
/// The import's bulk insert on each provider (SQLite: statements of literals; PostgreSQL: commands with
/// parameters): exactly the rows with their values, quotes and SQL in text kept as text, and a failure in the
/// middle of the insert leaving no row behind once the transaction is gone.
/// </summary>
public sealed class GoodsBulkInsertTests
{
    // Several statements (SQLite) or commands (PostgreSQL) of 200 rows, the last one partial.
    private const int Lines = 1_234;

    private static readonly string[] Texts =
    [
        "O'Brien's \"Best\" ''", "'); DELETE FROM \"PermitGoods\"; --", "卡门 · 比才 🎵", @"C:\music\a\\b", new string('长', 196), "", " spaced ",
    ];

    [Fact]
    public async Task Sqlite_stores_exactly_the_rows_and_values()
    {
        await using var app = new PermitCmsFactory();
        await StoresExactlyAsync(app);
    }

    [Fact]
    public async Task PostgreSql_stores_exactly_the_rows_and_values()
    {
        PostgreSqlFactory.RequireServer();
        await using var app = new PostgreSqlFactory();
        await StoresExactlyAsync(app);
    }

    [Fact]
    public async Task Sqlite_failure_in_the_middle_stores_nothing()
    {
        await using var app = new PermitCmsFactory();
        await FailureStoresNothingAsync(app);
    }

    [Fact]
    public async Task PostgreSql_failure_in_the_middle_stores_nothing()
    {
        PostgreSqlFactory.RequireServer();
        await using var app = new PostgreSqlFactory();
        await FailureStoresNothingAsync(app);
    }

    [Fact]
    public async Task Sqlite_refuses_a_nul_character_instead_of_cutting_the_statement()
    {
        await using var app = new PermitCmsFactory();
        var id = await NewDraftAsync(app);
        var goods = Rows(id, 3);
        goods[1].Title = "a\0b";
        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await Assert.ThrowsAsync<ArgumentException>(() => GoodsBulkInsert.InsertAsync(db, goods, TestContext.Current.CancellationToken));
        });
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PermitGoods>().CountAsync(g => g.PermitApplicationId == id)));
    }

    private static async Task StoresExactlyAsync(PermitCmsFactory app)
    {
        var id = await NewDraftAsync(app);
        var goods = Rows(id, Lines);
        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await GoodsBulkInsert.InsertAsync(db, goods, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        });

        var stored = await app.WithDbAsync(db => db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).ToListAsync());
        Assert.Equal(Lines, stored.Count);
        Assert.Equal(Lines, stored.Select(g => g.Id).Distinct().Count());
        foreach (var (expected, actual) in goods.Zip(stored))
        {
            Assert.Equal(
                (expected.PermitApplicationId, expected.LineNo, expected.Title, expected.OriginalTitle, expected.HsCode, expected.CarrierCode, expected.Publisher),
                (actual.PermitApplicationId, actual.LineNo, actual.Title, actual.OriginalTitle, actual.HsCode, actual.CarrierCode, actual.Publisher));
            Assert.Equal(
                (expected.CountryCode, expected.LanguageCode, expected.Quantity, expected.UnitCode, expected.UnitPrice, expected.TotalPrice, expected.CurrencyCode),
                (actual.CountryCode, actual.LanguageCode, actual.Quantity, actual.UnitCode, actual.UnitPrice, actual.TotalPrice, actual.CurrencyCode));
        }

        // The money columns are still numbers to the database: sums and comparisons need no client-side work.
        var (sum, max) = await app.WithDbAsync(async db =>
        {
            var prices = db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id);
            return (await prices.SumAsync(g => g.TotalPrice), await prices.MaxAsync(g => g.UnitPrice));
        });
        Assert.Equal(goods.Sum(g => g.TotalPrice), sum);
        Assert.Equal(goods.Max(g => g.UnitPrice), max);
    }

    private static async Task FailureStoresNothingAsync(PermitCmsFactory app)
    {
        var id = await NewDraftAsync(app);
        var goods = Rows(id, Lines);
        goods[^1].LineNo = 1; // the unique (application, 序号) index refuses the last statement, after the others ran
        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => GoodsBulkInsert.InsertAsync(db, goods, TestContext.Current.CancellationToken));
        });

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PermitGoods>().CountAsync(g => g.PermitApplicationId == id)));
    }

    private static async Task<int> NewDraftAsync(PermitCmsFactory app)
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(app);
        var client = await PermitClient.SignInAsync(app, user, PermitTestData.Password);
        return await client.SaveDraftAsync();
    }

    private static List<PermitGoods> Rows(int permitId, int count) => [.. Enumerable.Range(1, count).Select(i => new PermitGoods
    {
        PermitApplicationId = permitId,
        LineNo = i,
        Title = Texts[i % Texts.Length] + i,
        OriginalTitle = Texts[(i + 3) % Texts.Length],
        HsCode = "8523499020",
        CarrierCode = i % 2 == 0 ? "CD" : "DVD",
        Publisher = "Deutsche Grammophon",
        CountryCode = "DE",
        LanguageCode = "de",
        Quantity = i % 3 == 0 ? 99_999_999 : i,
        UnitCode = "010",
        UnitPrice = (i % 4) switch { 0 => 3m, 1 => 0.0001m, 2 => 12.35m, _ => 99_999_999.9999m },
        TotalPrice = i % 5 == 0 ? 0.01m : 1234567.89m,
        CurrencyCode = "EUR",
    })];
}
