using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace PermitCms.Core.Navigation;

/// <summary>Builds a layout's menu from the items modules registered, keeping those the user may open.</summary>
public sealed class MenuService(IEnumerable<MenuItem> items, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<MenuItem>> GetMenuAsync(string menu, ClaimsPrincipal user)
    {
        var visible = new List<MenuItem>();
        foreach (var item in items.Where(i => i.Menu == menu).OrderBy(i => i.Position))
        {
            if ((await authorization.AuthorizeAsync(user, item.Permission)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
