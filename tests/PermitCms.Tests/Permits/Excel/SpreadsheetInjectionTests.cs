using System.IO.Compression;
using MiniExcelLibs;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Excel;

/// <summary>Issue 9.7: text a user typed never reaches an exported cell as something a spreadsheet would run.</summary>
public sealed class SpreadsheetInjectionTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    [Fact]
    public async Task The_query_export_prefixes_an_apostrophe_to_text_that_would_start_a_formula()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory);
        var client = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        await client.SaveDraftAsync(approvalFormNo: "=HYPERLINK(\"http://example.invalid\",\"x\")", contact: "@SUM(A1)", phone: "+86 20 8888 6666");
        await client.SaveDraftAsync(approvalFormNo: "F-2025-001", contact: "赵新", phone: "020-88886666");

        var bytes = await client.Http.GetByteArrayAsync("/Permits/Query?handler=Export");

        using var stream = new MemoryStream(bytes);
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var hostile = Assert.Single(rows, r => r["批准单编号"]?.ToString()?.Contains("HYPERLINK", StringComparison.Ordinal) == true);
        Assert.Equal(("'=HYPERLINK(\"http://example.invalid\",\"x\")", "'@SUM(A1)", "'+86 20 8888 6666"),
            (hostile["批准单编号"]?.ToString(), hostile["进口单位联系人"]?.ToString(), hostile["联系电话"]?.ToString()));
        var plain = Assert.Single(rows, r => r["批准单编号"]?.ToString() == "F-2025-001");
        Assert.Equal(("赵新", "020-88886666"), (plain["进口单位联系人"]?.ToString(), plain["联系电话"]?.ToString()));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var part in zip.Entries.Where(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(part.Open());
            Assert.DoesNotContain("<f>", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }
}
