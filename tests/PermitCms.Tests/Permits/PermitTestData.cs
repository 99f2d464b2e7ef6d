using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PermitCms.Core.Accounts;
using PermitCms.Core.Security;
using PermitCms.Permits.Goods;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>Enterprises, users and workbooks the permit tests make for themselves.</summary>
public static class PermitTestData
{
    public const string Password = "Test@2026pw";

    /// <summary>A valid credit code: 17 random characters and the GB 32100 check character.</summary>
    public static string NewCreditCode()
    {
        var first17 = "9111" + string.Concat(Enumerable.Range(0, 13).Select(_ => Random.Shared.Next(10).ToString(CultureInfo.InvariantCulture)));
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A new enterprise with one enterprise user; returns the user name.</summary>
    public static async Task<(string UserName, int EnterpriseId)> NewEnterpriseUserAsync(PermitCmsFactory factory, string? creditCode = null, string name = "新星音像进出口有限公司")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
        var enterprise = new Enterprise
        {
            Name = name,
            CreditCode = creditCode ?? NewCreditCode(),
            CustomsCode = string.Concat(Enumerable.Range(0, 10).Select(_ => Random.Shared.Next(10).ToString(CultureInfo.InvariantCulture))),
            Address = "广州市天河区珠江新城88号",
            CreatedAt = DateTime.UtcNow,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "u" + Guid.NewGuid().ToString("N")[..10], DisplayName = "赵新", EnterpriseId = enterprise.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Enterprise)).Succeeded);
        return (user.UserName, enterprise.Id);
    }

    /// <summary>A goods line every rule accepts.</summary>
    public static Dictionary<string, object?> GoodsRow(int i = 1) => new()
    {
        [GoodsField.Title.Header] = $"交响曲 {i}",
        [GoodsField.OriginalTitle.Header] = $"Symphony {i}",
        [GoodsField.HsCode.Header] = "8523499020",
        [GoodsField.Carrier.Header] = "CD",
        [GoodsField.Publisher.Header] = "Deutsche Grammophon",
        [GoodsField.Country.Header] = "DE",
        [GoodsField.Language.Header] = "de",
        [GoodsField.Quantity.Header] = 10 + i % 50,
        [GoodsField.Unit.Header] = "010",
        [GoodsField.UnitPrice.Header] = 12.35m,
        [GoodsField.Currency.Header] = "EUR",
    };

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList());
        return stream.ToArray();
    }

    /// <summary>The dialog's form fields for a valid line.</summary>
    public static Dictionary<string, string> GoodsForm(string title = "卡门") => new()
    {
        ["GoodsForm.Title"] = title,
        ["GoodsForm.OriginalTitle"] = "Carmen",
        ["GoodsForm.HsCode"] = "8523499020",
        ["GoodsForm.CarrierCode"] = "DVD",
        ["GoodsForm.Publisher"] = "EMI",
        ["GoodsForm.CountryCode"] = "FR",
        ["GoodsForm.LanguageCode"] = "fr",
        ["GoodsForm.Quantity"] = "3",
        ["GoodsForm.UnitCode"] = "010",
        ["GoodsForm.UnitPrice"] = "19.999",
        ["GoodsForm.CurrencyCode"] = "EUR",
    };
}
