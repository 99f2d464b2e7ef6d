namespace PermitCms.Workflows.Deadlines;

/// <summary>Settings of <see cref="DeadlineTimer"/> (section <c>Workflows:Timers</c>).</summary>
public sealed class DeadlineTimerOptions
{
    public const string Section = "Workflows:Timers";

    /// <summary>How often each instance looks for due reminders and escalations; limits are in days, so seconds of delay do not matter.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled { get; set; } = true;
}
