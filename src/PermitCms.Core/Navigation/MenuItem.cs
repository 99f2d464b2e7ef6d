namespace PermitCms.Core.Navigation;

/// <summary>
/// An entry a module contributes to one of the layouts' menus. The permission travels with the item:
/// a layout shows only the items the current user is authorized for.
/// </summary>
/// <param name="Menu">Which menu: <see cref="Menus.Enterprise"/> or <see cref="Menus.Admin"/>.</param>
/// <param name="Label">Chinese label shown in the menu.</param>
/// <param name="Url">Target page, app-relative (e.g. "/Admin/Workflows").</param>
/// <param name="Permission">Policy name the user must satisfy.</param>
/// <param name="Position">Sort key; see <see cref="MenuPositions"/>.</param>
public sealed record MenuItem(string Menu, string Label, string Url, string Permission, int Position);
