using System.Diagnostics.CodeAnalysis;
using Lineage.Core.Model;

namespace Lineage.Core.Store;

/// <summary>
/// The nodes a store holds in memory at its current data version, looked up without I/O. A question's references
/// (a path's programs, a quote's source) are nearly always there; one that is not — or a store whose version cannot be
/// known without a read — answers false, and the caller reads it with the batch it would have read it in anyway.
/// </summary>
public interface IKnownNodes
{
    bool TryGetKnown(string id, [NotNullWhen(true)] out INode? node);
}
