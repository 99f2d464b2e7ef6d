using Microsoft.Playwright;
using MiniExcelLibs;
using PermitCms.Permits.Goods;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>Chapter 1 of the manual in Chromium, as a new enterprise user would do it.</summary>
public sealed class ApplyBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();
    private readonly string _folder = TestEnvironment.NewTempDirectory("apply-browser");

    [Fact]
    public async Task A_new_enterprise_user_applies_from_new_to_pending_review()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(_app);
        var page = await browser.NewPageAsync(_app.BaseUrl);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        // Sign in and open 批准单申请 from the menu, then 新增.
        await BrowserFixture.SignInAsync(page, user, PermitTestData.Password);
        await page.Locator(".sw-menu").GetByText("批准单申请").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新增", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("进口单位名称")).ToHaveValueAsync("新星音像进出口有限公司");
        await Assertions.Expect(page.Locator("#goods-add")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-new");

        // Basic information without the phone: 暂存 saves, numbers it and lists what is still empty.
        await page.GetByLabel("批准单编号").FillAsync("PZ-BROWSER-001");
        await page.GetByLabel("入境口岸").SelectOptionAsync("0100");
        await page.GetByLabel("进口单位联系人").FillAsync("赵新");
        await page.Locator("#btn-save").ClickAsync();
        await Assertions.Expect(page.Locator("#application-no")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^YX\d{12}$"));
        await Assertions.Expect(page.Locator("#missing-fields")).ToContainTextAsync("联系电话未填写");
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-saved");
        await page.GetByLabel("联系电话").FillAsync("020-88886666");
        await page.Locator("#btn-save").ClickAsync();
        await Assertions.Expect(page.Locator("#missing-fields")).ToHaveCountAsync(0);

        // One goods line by the dialog, opened from the keyboard.
        await page.Locator("#goods-add").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("#goods-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("#GoodsForm_Title")).ToBeFocusedAsync();
        await dialog.GetByLabel("节目名称").FillAsync("图兰朵");
        await dialog.GetByLabel("原名").FillAsync("Turandot");
        await dialog.GetByLabel("商品编码").SelectOptionAsync("8523499020");
        await dialog.GetByLabel("载体").SelectOptionAsync("DVD");
        await dialog.GetByLabel("出版/制作单位").FillAsync("Decca");
        await dialog.GetByLabel("原产国(地区)").SelectOptionAsync("IT");
        await dialog.GetByLabel("语种").SelectOptionAsync("it");
        await dialog.Locator("#GoodsForm_Quantity").FillAsync("4");
        await dialog.GetByLabel("计量单位").SelectOptionAsync("010");
        await dialog.Locator("#GoodsForm_UnitPrice").FillAsync("25.5");
        await dialog.GetByLabel("币制").SelectOptionAsync("EUR");
        await Assertions.Expect(dialog.Locator("#goods-total")).ToHaveValueAsync("102.00");
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-goods-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("#goods-grid tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#goods-grid tbody")).ToContainTextAsync("102.00");

        // 模板下载, fill three rows into the downloaded workbook, 选择文件 + 导入.
        var template = await DownloadAsync(page, page.Locator("#goods-template"), "goods-template.xlsx");
        var filled = FillTemplate(template, Enumerable.Range(1, 3).Select(PermitTestData.GoodsRow));
        await page.Locator("#goods-file").SetInputFilesAsync(filled);
        await page.Locator("#goods-import").ClickAsync();
        await Assertions.Expect(page.Locator("#goods-grid tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#goods-title")).ToContainTextAsync("共 4 条");

        // A workbook with a bad row is refused whole, with the problems listed and downloadable.
        var bad = PermitTestData.GoodsRow(9);
        bad[GoodsField.Quantity.Header] = "很多";
        await page.Locator("#goods-file").SetInputFilesAsync(FillTemplate(template, [PermitTestData.GoodsRow(8), bad], "bad.xlsx"));
        await page.Locator("#goods-import").ClickAsync();
        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("数量“很多”不是整数");
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-import-errors");
        var errorList = await DownloadAsync(page, page.Locator("#import-errors-download"), "errors.csv");
        Assert.Contains("数量“很多”不是整数", await File.ReadAllTextAsync(errorList, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#goods-title")).ToContainTextAsync("共 4 条");

        // 附件: 模板下载, 选择文件 + 上传.
        var attachment = await DownloadAsync(page, page.Locator("#attachment-template"), "节目清单.xlsx");
        await page.Locator("#attachment-file").SetInputFilesAsync(attachment);
        await page.Locator("#attachment-upload").ClickAsync();
        await Assertions.Expect(page.Locator("#attachment-list")).ToContainTextAsync("节目清单.xlsx");
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-complete");

        // 申报: the workflow moves it to 待审核 and the form becomes read-only.
        await page.Locator("#btn-submit").ClickAsync();
        await page.WaitForLoadStateAsync();
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-after-submit");
        await Assertions.Expect(page.Locator("#permit-state")).ToHaveTextAsync("待审核");
        await Assertions.Expect(page.Locator("#declared-at")).Not.ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#btn-save")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#goods-add")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "permits-apply-submitted");

        // 删除 a fresh draft: the browser asks first (accepted above), then the editor starts anew.
        await page.GetByRole(AriaRole.Link, new() { Name = "新增", Exact = true }).ClickAsync();
        await page.GetByLabel("批准单编号").FillAsync("PZ-BROWSER-002");
        await page.Locator("#btn-save").ClickAsync();
        await Assertions.Expect(page.Locator("#btn-delete")).ToBeEnabledAsync();
        await page.Locator("#btn-delete").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已删除申请");
        await Assertions.Expect(page.Locator("#application-no")).ToHaveValueAsync("暂存后由系统生成");
    }

    private async Task<string> DownloadAsync(IPage page, ILocator link, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = Path.Combine(_folder, name);
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>Writes rows under the downloaded template's own header row, keeping its other sheets.</summary>
    private string FillTemplate(string template, IEnumerable<Dictionary<string, object?>> rows, string name = "filled.xlsx")
    {
        var sheets = MiniExcel.GetSheetNames(template);
        var header = ((IDictionary<string, object?>)MiniExcel.Query(template, sheetName: sheets[0]).First()).Values.Select(v => v!.ToString()!).ToList();
        var data = rows.Select(r => header.ToDictionary(h => h, h => r[h])).ToList();
        var workbook = new Dictionary<string, object> { [sheets[0]] = data };
        foreach (var sheet in sheets.Skip(1))
        {
            workbook[sheet] = MiniExcel.Query(template, useHeaderRow: true, sheetName: sheet).ToList();
        }

        var path = Path.Combine(_folder, name);
        MiniExcel.SaveAs(path, workbook, overwriteFile: true);
        return path;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
