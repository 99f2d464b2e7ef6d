namespace PermitCms.Permits.Excel;

/// <summary>
/// Thrown from deep inside a streaming read (a part that inflates past its budget, a cell beyond the template,
/// the time budget spent) so that the read stops at once; the message is the Chinese reason shown to the user.
/// </summary>
public sealed class WorkbookRefusedException(string message) : Exception(message);
