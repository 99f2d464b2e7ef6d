namespace PermitCms.DataGen;

/// <summary>Writes rows of one table in the provider's fastest way; disposing finishes the table.</summary>
public interface IRowSink : IAsyncDisposable
{
    Task WriteAsync(object?[] row, CancellationToken cancellationToken);
}
