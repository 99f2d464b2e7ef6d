using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits.Query;

namespace PermitCms.Tests.Permits.Applications;

/// <summary>The real app for the command tests: each command runs in its own scope (its own request, as it were).</summary>
public sealed class CommandApp : PermitCmsFactory
{
    /// <summary>Runs <paramref name="work"/> with a command service of a fresh scope, as <paramref name="userName"/>.</summary>
    public async Task<T> AsAsync<TService, T>(string userName, Func<TService, ClaimsPrincipal, Task<T>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await QuerySeed.PrincipalAsync(scope.ServiceProvider, userName);
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), user);
    }

    public static PermitCms.Permits.Goods.GoodsInput Goods(string title = "卡门") => new()
    {
        Title = title,
        OriginalTitle = "Carmen",
        HsCode = "8523499020",
        CarrierCode = "DVD",
        Publisher = "EMI",
        CountryCode = "FR",
        LanguageCode = "fr",
        Quantity = "3",
        UnitCode = "010",
        UnitPrice = "19.999",
        CurrencyCode = "EUR",
    };
}
