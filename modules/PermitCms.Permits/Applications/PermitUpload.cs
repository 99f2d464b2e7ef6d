namespace PermitCms.Permits.Applications;

/// <summary>An uploaded file as the commands see it, whether it came from a page's form or from the API.</summary>
/// <param name="Length">The length the client declared; the inspection reads at most the limit, whatever it says.</param>
public sealed record PermitUpload(string FileName, long Length, Stream Content);
