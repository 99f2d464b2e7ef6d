namespace PermitCms.Core.Navigation;

/// <summary>Shared positions so that modules order their menu entries without knowing each other.</summary>
public static class MenuPositions
{
    public const int Home = 0;
    public const int Apply = 100;
    public const int Query = 200;
    public const int Review = 100;
    public const int Enterprises = 200;
    public const int CodeLists = 300;
    public const int Workflows = 400;
    public const int System = 900;
}
