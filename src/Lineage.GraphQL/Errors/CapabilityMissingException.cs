namespace Lineage.GraphQL.Errors;

/// <summary>The configured store does not offer a capability a field needs: not an outage, so not STORE_UNAVAILABLE.</summary>
public sealed class CapabilityMissingException : Exception
{
    public CapabilityMissingException(string message) : base(message) { }
    public CapabilityMissingException() : this("The configured store does not offer this capability.") { }
    public CapabilityMissingException(string message, Exception inner) : base(message, inner) { }
}
