using System.Globalization;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Goods;

/// <summary>
/// The rules of a goods line, shared by the dialog and the Excel import so that both accept exactly the
/// same lines. Every field is required; codes must be active values of their code lists.
/// </summary>
public static class GoodsRules
{
    public const int TextMaxLength = 200;
    public const int QuantityMax = 99_999_999;
    public const decimal UnitPriceMax = 99_999_999m;
    public const int UnitPriceDecimals = 4;

    /// <summary>Checks one line; on success <paramref name="goods"/> holds the normalised values and the computed total.</summary>
    public static List<GoodsError> Validate(GoodsInput input, CodeListSnapshot codes, int row, out PermitGoods goods)
    {
        var errors = new List<GoodsError>();
        Validate(input, codes, row, errors, out goods);
        return errors;
    }

    /// <summary>The same, adding the line's errors to <paramref name="errors"/> (the import's list: no list per valid row); true if it has none.</summary>
    public static bool Validate(GoodsInput input, CodeListSnapshot codes, int row, List<GoodsError> errors, out PermitGoods goods)
    {
        var before = errors.Count;
        void Fail(GoodsField field, string message) => errors.Add(new GoodsError(row, field.Header, field.Key, message));

        string Text(GoodsField field, string? value)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0)
            {
                Fail(field, $"{field.Header}不能为空");
            }
            else if (text.Length > TextMaxLength)
            {
                Fail(field, $"{field.Header}不能超过{TextMaxLength}个字符（现有{text.Length}个）");
            }

            return text;
        }

        string Code(GoodsField field, string list, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(field, $"{field.Header}不能为空");
                return "";
            }

            var code = codes.Resolve(list, value);
            if (code is null)
            {
                Fail(field, $"{field.Header}“{Shorten(value.Trim())}”不在代码表中");
            }

            return code ?? "";
        }

        goods = new PermitGoods
        {
            Title = Text(GoodsField.Title, input.Title),
            OriginalTitle = Text(GoodsField.OriginalTitle, input.OriginalTitle),
            HsCode = Code(GoodsField.HsCode, CodeListNames.HsCode, input.HsCode),
            CarrierCode = Code(GoodsField.Carrier, CodeListNames.Carrier, input.CarrierCode),
            Publisher = Text(GoodsField.Publisher, input.Publisher),
            CountryCode = Code(GoodsField.Country, CodeListNames.Country, input.CountryCode),
            LanguageCode = Code(GoodsField.Language, CodeListNames.Language, input.LanguageCode),
            UnitCode = Code(GoodsField.Unit, CodeListNames.Unit, PadUnit(input.UnitCode)),
            CurrencyCode = Code(GoodsField.Currency, CodeListNames.Currency, input.CurrencyCode),
        };

        if (string.IsNullOrWhiteSpace(input.Quantity))
        {
            Fail(GoodsField.Quantity, "数量不能为空");
        }
        else if (!decimal.TryParse(input.Quantity.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var q) || q != decimal.Truncate(q))
        {
            Fail(GoodsField.Quantity, $"数量“{Shorten(input.Quantity.Trim())}”不是整数");
        }
        else if (q <= 0 || q > QuantityMax)
        {
            Fail(GoodsField.Quantity, $"数量必须是 1 到 {QuantityMax} 之间的整数");
        }
        else
        {
            goods.Quantity = (int)q;
        }

        if (string.IsNullOrWhiteSpace(input.UnitPrice))
        {
            Fail(GoodsField.UnitPrice, "单价不能为空");
        }
        else if (!decimal.TryParse(input.UnitPrice.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
        {
            Fail(GoodsField.UnitPrice, $"单价“{Shorten(input.UnitPrice.Trim())}”不是数字");
        }
        else if (price <= 0 || price > UnitPriceMax)
        {
            Fail(GoodsField.UnitPrice, $"单价必须大于 0 且不超过 {UnitPriceMax}");
        }
        else if (price.Scale > UnitPriceDecimals && price != Math.Round(price, UnitPriceDecimals))
        {
            Fail(GoodsField.UnitPrice, $"单价最多{UnitPriceDecimals}位小数");
        }
        else
        {
            goods.UnitPrice = price;
        }

        goods.TotalPrice = Total(goods.Quantity, goods.UnitPrice);
        return errors.Count == before;
    }

    /// <summary>总价 = 数量 × 单价, two decimals, rounded half away from zero as money is.</summary>
    public static decimal Total(int quantity, decimal unitPrice) => Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero);

    /// <summary>Unit codes are three digits; a spreadsheet that stored 35 as a number dropped the leading zero.</summary>
    private static string? PadUnit(string? value)
        => value is not null && value.Trim() is { Length: > 0 and < 3 } t && t.All(char.IsAsciiDigit) ? t.PadLeft(3, '0') : value;

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
