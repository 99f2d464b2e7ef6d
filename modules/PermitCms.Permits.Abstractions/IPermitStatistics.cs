namespace PermitCms.Permits.Abstractions;

/// <summary>
/// 统计分析 for reviewers and administrators: every figure is computed by the database (GROUP BY, and the
/// percentiles by rank inside SQL), so no application row is loaded to count it.
/// </summary>
public interface IPermitStatistics
{
    /// <summary>The figures of the China-calendar days of <paramref name="range"/>.</summary>
    Task<PermitStatistics> ComputeAsync(StatisticsRange range, CancellationToken cancellationToken);

    /// <summary>The figures as an .xlsx workbook, one sheet per table; the caller disposes the stream.</summary>
    Task<Stream> ExportAsync(PermitStatistics statistics, CancellationToken cancellationToken);

    /// <summary>The export's file name, e.g. 统计分析_20260101-20261231.xlsx.</summary>
    string ExportFileName(StatisticsRange range);
}
