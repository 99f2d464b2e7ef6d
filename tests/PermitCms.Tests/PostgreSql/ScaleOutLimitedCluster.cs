namespace PermitCms.Tests.PostgreSql;

/// <summary>The pair with the limits on and counted in the database; a window of a day, so no test run straddles one.</summary>
public sealed class ScaleOutLimitedCluster : ScaleOutCluster
{
    public const int PerUserName = 6;
    public const int PerAddress = 20;

    protected override Dictionary<string, string> Settings()
    {
        var settings = base.Settings();
        settings["SignInLimits__Enabled"] = "true";
        settings["SignInLimits__Store"] = "Database";
        settings["SignInLimits__PerUserName"] = PerUserName.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["SignInLimits__PerAddress"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["SignInLimits__Window"] = "1.00:00:00";
        return settings;
    }
}
