using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Abstractions;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Tests.Permits.Query;

namespace PermitCms.ExcelBench;

/// <summary>The app's own paths, in-process on a fresh SQLite file (the tests' factory): import and export over HTTP.</summary>
internal static class AppRuns
{
    /// <summary>
    /// Measures <paramref name="runs"/> imports of the workbook, each into a fresh draft; the first is the process's
    /// first. Before each later one the raw pass runs in the same process (<paramref name="rawNext"/>): on a shared
    /// machine whose load changes from minute to minute, the ratio to a pass just before is the fair one.
    /// </summary>
    public static async Task<List<Measure>> ImportAsync(string path, int runs, StageLog stages, List<Measure> rawNext)
    {
        await using var app = new PermitCmsFactory();
        app.Set($"Logging:LogLevel:{StageLog.Category}", "Debug");
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(stages);
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(app);
        var client = await PermitClient.SignInAsync(app, user, PermitTestData.Password);
        var workbook = await File.ReadAllBytesAsync(path);
        var results = new List<Measure>();
        for (var i = 0; i < runs; i++)
        {
            var id = await client.SaveDraftAsync(approvalFormNo: $"EXCELBENCH-{i}");
            if (i > 0)
            {
                rawNext.Add(await Measure.OfAsync(() => Task.FromResult(Readers.RawXml(path))));
            }

            results.Add(await Measure.OfAsync(async () =>
            {
                var response = await client.UploadAsync(id, "ImportGoods", "file", workbook, "goods.xlsx");
                return response.StatusCode == HttpStatusCode.OK
                    ? await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                        db.Set<PermitCms.Permits.Data.PermitGoods>(), g => g.PermitApplicationId == id))
                    : -1;
            }));
        }

        return results;
    }

    /// <summary>导出 of every application of an enterprise that holds <paramref name="rows"/>, read to the end as a browser would.</summary>
    public static async Task<Measure> ExportAsync(int rows)
    {
        await using var app = new PermitCmsFactory();
        var sample = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        // A quarter of the seeded rows are 已删除 and not exported: seed 4/3 of the rows wanted.
        await QuerySeed.BulkInsertAsync(app, rows / 3 * 4, sample.EnterpriseId, sample.WorkflowDefinitionVersionId);
        var client = await QueryPages.SignedInAsync(app, DemoAccounts.Enterprise1);
        (await client.GetAsync("/Permits/Query?handler=Export&no=none")).EnsureSuccessStatusCode(); // warm: compiled paths
        return await Measure.OfAsync(async () =>
        {
            using var response = await client.GetAsync("/Permits/Query?handler=Export", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long bytes = 0;
            for (int n; (n = await body.ReadAsync(buffer)) > 0;)
            {
                bytes += n;
            }

            return bytes;
        });
    }
}
