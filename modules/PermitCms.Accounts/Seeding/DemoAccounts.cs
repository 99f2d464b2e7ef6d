namespace PermitCms.Accounts.Seeding;

/// <summary>The demo accounts the README lists. Public so that tests sign in with the same values.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo@2026";

    public const string Enterprise1 = "ent1";
    public const string Enterprise2 = "ent2";
    public const string Reviewer = "reviewer";
    public const string Administrator = "admin";
    public const string Customs = "customs";

    public const string Enterprise1Name = "华音文化进出口有限公司";
    public const string Enterprise2Name = "东方声像贸易有限公司";
}
