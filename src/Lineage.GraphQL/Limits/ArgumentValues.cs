using System.Collections;
using System.Globalization;
using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// An argument's value as the cost model needs it — an integer or a list length — read from the document, the
/// request's variables, a variable's default or the schema's default, before GraphQL.NET coerces anything. A value
/// that cannot be read (a wrong type, a missing variable) is null: validation reports it, the model assumes the worst.
/// </summary>
internal sealed class ArgumentValues(GraphQLOperationDefinition? operation, Inputs variables)
{
    public long? Integer(GraphQLField field, FieldType definition, string name) =>
        Read(field, definition, name) switch
        {
            GraphQLIntValue literal => ParseInteger(literal.Value.Span),
            object value => FromObject(value),
            null => null,
        };

    /// <summary>The number of items of a list argument (a single value counts as a list of one).</summary>
    public long? Count(GraphQLField field, FieldType definition, string name) =>
        Read(field, definition, name) switch
        {
            GraphQLListValue list => list.Values?.Count ?? 0,
            GraphQLValue and not GraphQLNullValue => 1,
            string => 1,
            IEnumerable items => items.Cast<object?>().LongCount(),
            null => null,
            _ => 1,
        };

    /// <summary>The literal, a variable's value, or the schema's default; null when absent or null.</summary>
    private object? Read(GraphQLField field, FieldType definition, string name)
    {
        var value = field.Arguments?.ValueFor(name);
        if (value is GraphQLVariable variable)
        {
            var key = variable.Name.StringValue;
            if (variables.TryGetValue(key, out var given)) return given;
            value = operation?.Variables?.Items.FirstOrDefault(v => v.Variable.Name == key)?.DefaultValue;
            if (value is null) return definition.Arguments?.Find(name)?.DefaultValue;
        }
        if (value is GraphQLNullValue) return null;
        return value ?? definition.Arguments?.Find(name)?.DefaultValue;
    }

    private static long? ParseInteger(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
        : text.StartsWith("-") ? long.MinValue : long.MaxValue; // digits beyond long: far out of any range

    private static long? FromObject(object value) => value switch
    {
        int n => n,
        long n => n,
        short n => n,
        byte n => n,
        BigInteger n => n > long.MaxValue ? long.MaxValue : n < long.MinValue ? long.MinValue : (long)n,
        double n when double.IsFinite(n) && n == Math.Floor(n) => n >= long.MaxValue ? long.MaxValue : n <= long.MinValue ? long.MinValue : (long)n,
        decimal n when n == decimal.Floor(n) => n >= long.MaxValue ? long.MaxValue : n <= long.MinValue ? long.MinValue : (long)n,
        _ => null,
    };
}
