using GraphQL;
using GraphQL.Execution;

namespace Lineage.GraphQL.Errors;

/// <summary>
/// GraphQL.NET's error formatting, plus <c>extensions.argument</c>: the argument an INVALID_ARGUMENT error is about,
/// at the top of extensions where a client looks (GraphQL.NET would nest it under extensions.data, or drop it).
/// </summary>
internal sealed class ArgumentErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public const string ArgumentKey = "argument";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.Data[ArgumentKey] is string { Length: > 0 } argument)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions[ArgumentKey] = argument;
            if (extensions.TryGetValue("data", out var data) && data is IDictionary<string, object?> map)
            {
                map.Remove(ArgumentKey);
                if (map.Count == 0) extensions.Remove("data");
            }
            info.Extensions = extensions;
        }
        return info;
    }
}
