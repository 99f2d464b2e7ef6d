using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>Two browsers on one draft, through real HTTP: the editor's forms carry the revision they were rendered from.</summary>
public sealed partial class ApplyConcurrencyTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    [Fact]
    public async Task Every_form_of_the_editor_carries_the_applications_revision()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory);
        var client = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        var id = await client.CompleteDraftAsync("PZ-REV-1");
        var revision = await RevisionAsync(id);

        var html = await client.GetPageAsync(id);

        // basic form, import, goods grid, goods dialog, upload, one delete-attachment form
        Assert.Equal(6, RevisionField().Matches(html).Count(m => m.Groups[1].Value == revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_stale_save_or_goods_change_is_told_and_changes_nothing()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory);
        var first = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        var second = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        var id = await first.CompleteDraftAsync("PZ-REV-2");
        var stale = (await RevisionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var goodsId = await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).Select(g => g.Id).SingleAsync());

        // The second browser saves first.
        var newer = PermitClient.Basic("PZ-REV-2B", "0100", "李四", "020-1");
        newer["Revision"] = stale;
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync(id, "Save", newer)).StatusCode);

        var older = PermitClient.Basic("PZ-REV-2A", "0100", "赵新", "020-88886666");
        older["Revision"] = stale;
        var save = await first.PostAsync(id, "Save", older);
        var goods = PermitTestData.GoodsForm("旧标题");
        goods["GoodsId"] = goodsId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        goods["Revision"] = stale;
        var change = await first.PostAsync(id, "SaveGoods", goods);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (save.StatusCode, change.StatusCode));
        var page = await first.Http.GetStringAsync(save.Headers.Location!.OriginalString);
        Assert.Contains("已被他人修改", page, StringComparison.Ordinal);
        var permit = await factory.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(("PZ-REV-2B", "李四"), (permit.ApprovalFormNo, permit.ContactName));
        Assert.NotEqual("旧标题", await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.Id == goodsId).Select(g => g.Title).SingleAsync()));
    }

    private Task<int> RevisionAsync(int id) => factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.Revision).SingleAsync());

    [GeneratedRegex("<input type=\"hidden\" name=\"Revision\" value=\"(\\d+)\" />")]
    private static partial Regex RevisionField();
}
