namespace PermitCms.Core.Data;

/// <summary>
/// Marks an entity whose rows are written once and never changed or removed (audit history). The context
/// refuses to save a change or a delete of one, whatever code asks for it.
/// </summary>
public interface IAppendOnly;
