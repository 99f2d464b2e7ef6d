namespace PermitCms.Tests.PostgreSql;

/// <summary>One pair of instances for the session, conflict and webhook tests; the limit tests bring their own.</summary>
[CollectionDefinition(ScaleOutCluster.Collection)]
public sealed class ScaleOutCollection : ICollectionFixture<ScaleOutCluster>;
