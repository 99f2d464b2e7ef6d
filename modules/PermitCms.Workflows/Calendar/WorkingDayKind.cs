namespace PermitCms.Workflows.Calendar;

/// <summary>How a calendar entry differs from the plain rule (Monday to Friday work, weekends off).</summary>
public enum WorkingDayKind
{
    /// <summary>法定节假日: no work, whatever the weekday.</summary>
    Holiday,

    /// <summary>调休上班: a weekend day that is worked.</summary>
    WorkingDay,
}
