using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Lineage.GraphQL.Limits;
using Lineage.Server.Caching;
using Lineage.Server.Widgets;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Sqlite;

namespace Lineage.Server.Hosting;

/// <summary>One setting the service reads: its key, the type its value converts to, its default and what it takes.</summary>
internal sealed record Setting(string Key, PropertyInfo Property, string Default)
{
    public Type Type => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    public bool IsList => Type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(Type);

    public RangeAttribute? Range => Property.GetCustomAttribute<RangeAttribute>();

    public bool Required => Property.GetCustomAttribute<RequiredAttribute>() is not null;

    /// <summary>What a value must look like, in words a user acts on.</summary>
    public string Allowed
    {
        get
        {
            if (Type.IsEnum) return string.Join(" | ", Enum.GetNames(Type));
            if (Property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed) return string.Join(" | ", allowed.Values);
            if (IsList) return $"a list ({Key}:0, {Key}:1, …; environment {Key.Replace(":", "__", StringComparison.Ordinal)}__0, …)";
            if (Type == typeof(int))
                return Range is { } r ? $"a whole number from {r.Minimum} to {r.Maximum}" : "a whole number";
            if (Type == typeof(double)) return Range is { } r ? $"a number from {r.Minimum} to {r.Maximum}" : "a number (such as 0.5)";
            if (Type == typeof(bool)) return "true | false";
            if (Type == typeof(TimeSpan))
                return Range is { } r ? $"a duration as hh:mm:ss from {r.Minimum} to {r.Maximum}" : "a duration as hh:mm:ss (00:00:30)";
            return Required ? "text, not empty" : "text";
        }
    }
}

/// <summary>
/// Every configuration section the service reads and the options class bound to it: the one list that the start-up
/// checks (<see cref="SettingsChecks"/>), the generated help and the README's configuration tables are held to.
/// </summary>
internal static class SettingsCatalog
{
    public static readonly IReadOnlyList<(string Section, Type Options)> Sections =
    [
        (LineageOptions.Section, typeof(LineageOptions)),
        (SqliteStoreOptions.Section, typeof(SqliteStoreOptions)),
        (Neo4jOptions.Section, typeof(Neo4jOptions)),
        (QueryLimitsOptions.Section, typeof(QueryLimitsOptions)),
        (WidgetOptions.Section, typeof(WidgetOptions)),
        (CacheOptions.Section, typeof(CacheOptions)),
    ];

    public static IReadOnlyList<Setting> All { get; } = Sections.SelectMany(s => Of(s.Section, s.Options)).ToList();

    public static IEnumerable<Setting> Of(string section, Type options)
    {
        var defaults = Activator.CreateInstance(options);
        foreach (var p in options.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Settable properties, and lists the binder fills in place (IList<string> with a getter only); a computed
            // IReadOnlyList is not a setting.
            var bindable = p.SetMethod?.IsPublic == true
                || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var g && (g == typeof(IList<>) || g == typeof(ICollection<>) || g == typeof(List<>)));
            if (!bindable || p.GetIndexParameters().Length > 0) continue;
            yield return new Setting($"{section}:{p.Name}", p, Describe(p.GetValue(defaults)));
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "(none)",
        string { Length: 0 } => "(none)",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IEnumerable list and not string => list.Cast<object>().Any() ? string.Join(", ", list.Cast<object>()) : "(none)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
