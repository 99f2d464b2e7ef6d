using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PermitCms.Core.Data;

/// <summary>
/// An <see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>
/// delegate per EF model: a compiled query refuses a context of another model, and the SQLite and PostgreSQL contexts
/// (one process runs both in the tests) have one each. <paramref name="compile"/> only builds the delegate; EF
/// translates it on its first call.
/// </summary>
public sealed class CompiledQueryPerModel<TDelegate>(Func<TDelegate> compile)
    where TDelegate : class
{
    private readonly ConcurrentDictionary<IModel, TDelegate> compiled = new(ReferenceEqualityComparer.Instance);

    public TDelegate For(DbContext db) => compiled.GetOrAdd(db.Model, _ => compile());
}
