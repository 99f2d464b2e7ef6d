using System.Diagnostics;
using System.Globalization;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Abstractions;
using PermitCms.Permits.Data;

namespace PermitCms.DataGen;

/// <summary>
/// Generates enterprises and applications in every state with their goods and workflow history, as the app would
/// have written them: 申请单号 from the day's sequence (continuing the PermitNumberCounters row, which is moved on,
/// so that numbers the app hands out later never collide), the published Permit version, a 批准单编号 unique among
/// the applications that hold one, 申报日期 for submitted ones and one history row per transition.
/// </summary>
public sealed class PermitDataGenerator(IBulkWriter writer, GeneratorOptions options)
{
    private static readonly string[] EnterpriseColumns = ["Id", "Name", "CreditCode", "CustomsCode", "Address", "ContactName", "ContactPhone", "IsActive", "CreatedAt"];

    private static readonly string[] GoodsColumns =
        ["PermitApplicationId", "LineNo", "Title", "OriginalTitle", "HsCode", "CarrierCode", "Publisher", "CountryCode", "LanguageCode", "Quantity", "UnitCode", "UnitPrice", "TotalPrice", "CurrencyCode"];

    private static readonly string[] HistoryColumns = ["ItemType", "ItemId", "DefinitionVersionId", "FromState", "ToState", "Trigger", "TriggerNameZh", "UserId", "UserName", "OccurredAt", "Comment"];


    private static readonly (string Title, string Original, string Carrier, string Country, string Language)[] Titles =
    [
        ("贝多芬第九交响曲", "Symphony No. 9", "CD", "DE", "de"), ("天鹅湖", "Swan Lake", "DVD", "RU", "ru"), ("四季", "Le quattro stagioni", "CD", "IT", "it"),
        ("卡门", "Carmen", "BD", "FR", "fr"), ("猫", "Cats", "DVD", "GB", "en"), ("波莱罗", "Boléro", "LP", "FR", "fr"),
    ];

    public sealed record Result(int Enterprises, int Applications, long Goods, long History, TimeSpan Elapsed);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var versionId = (int)await writer.ScalarAsync(
            "SELECT v.\"Id\" FROM \"WorkflowDefinitionVersions\" v JOIN \"WorkflowDefinitions\" d ON d.\"Id\" = v.\"DefinitionId\" " +
            $"WHERE d.\"Name\" = '{PermitApplication.WorkflowName}' AND v.\"Status\" = 'Published'", ct);
        if (versionId == 0)
        {
            throw new InvalidOperationException("No published Permit workflow: start the app once so that it seeds the workflow.");
        }

        var enterprises = await WriteEnterprisesAsync(ct);
        var counters = new PermitNumberCounterBook(writer);
        await counters.LoadAsync(ct);
        var firstId = (int)await writer.ScalarAsync("SELECT MAX(\"Id\") FROM \"PermitApplications\"", ct) + 1;
        var plan = new ApplicationPlan(options, enterprises, versionId);
        long goods = 0, history = 0;
        for (var start = 0; start < options.Applications; start += options.BatchSize)
        {
            var count = Math.Min(options.BatchSize, options.Applications - start);
            var batch = Enumerable.Range(start, count).Select(i => plan.Next(random, i, firstId + i, counters)).ToList();
            await writer.BeginBatchAsync(ct);
            await WriteAsync("PermitApplications", ApplicationPlan.Columns, batch.Select(a => a.Row), ct);
            goods += await WriteAsync("PermitGoods", GoodsColumns, batch.SelectMany(a => GoodsRows(random, a.Id)), ct);
            history += await WriteAsync("WorkflowHistory", HistoryColumns, batch.SelectMany(a => a.History), ct);
            await writer.CommitBatchAsync(ct);
        }

        await counters.SaveAsync(ct);
        return new Result(enterprises.Count, options.Applications, goods, history, clock.Elapsed);
    }

    private async Task<long> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        long written = 0;
        await using var sink = await writer.OpenAsync(table, columns, ct);
        foreach (var row in rows)
        {
            await sink.WriteAsync(row, ct);
            written++;
        }

        return written;
    }

    private async Task<List<Enterprise>> WriteEnterprisesAsync(CancellationToken ct)
    {
        var firstId = (int)await writer.ScalarAsync("SELECT MAX(\"Id\") FROM \"Enterprises\"", ct) + 1;
        var list = Enumerable.Range(firstId, options.Enterprises).Select(id =>
        {
            var first17 = "9144" + id.ToString("D6", CultureInfo.InvariantCulture) + "MA" + (options.Seed % 100_000).ToString("D5", CultureInfo.InvariantCulture);
            return new Enterprise
            {
                Id = id, Name = $"生成数据音像进出口有限公司{id:D5}", CreditCode = first17 + CreditCode.CheckCharacter(first17),
                CustomsCode = "44" + id.ToString("D8", CultureInfo.InvariantCulture), Address = $"广东省广州市天河区生成路{id}号",
                ContactName = "李华", ContactPhone = "020-88886666", CreatedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
        }).ToList();
        await writer.BeginBatchAsync(ct);
        await WriteAsync("Enterprises", EnterpriseColumns, list.Select(e => new object?[]
            { e.Id, e.Name, e.CreditCode, e.CustomsCode, e.Address, e.ContactName, e.ContactPhone, true, e.CreatedAt }), ct);
        await writer.CommitBatchAsync(ct);
        return list;
    }

    private static IEnumerable<object?[]> GoodsRows(Random random, int applicationId)
    {
        var lines = random.Next(3, 8);
        for (var line = 1; line <= lines; line++)
        {
            var t = Titles[random.Next(Titles.Length)];
            var quantity = random.Next(1, 500);
            var price = random.Next(100, 10_000) / 100m;
            yield return [applicationId, line, t.Title, t.Original, "8523499020", t.Carrier, "Deutsche Grammophon", t.Country, t.Language, quantity, "035", price, Math.Round(quantity * price, 2), "EUR"];
        }
    }
}
