using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Hosting;

/// <summary>
/// Checks every setting of <see cref="SettingsCatalog"/> as it is configured, before it is bound, so that a bad value
/// stops start-up with one line naming the setting, the value and what it takes — instead of the binder's exception
/// (or DataAnnotations' wording, which names neither the key nor the value). Runs under ValidateOnStart like any
/// options validation; the stores' own validators (Neo4j's) add the rules across settings.
/// </summary>
internal static class SettingsChecks
{
    /// <summary>Registers the checks; call before anything binds the options, so they run first.</summary>
    public static IServiceCollection AddSettingsChecks(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var (section, options) in SettingsCatalog.Sections)
        {
            var check = typeof(Check<>).MakeGenericType(options);
            services.AddSingleton(typeof(IConfigureOptions<>).MakeGenericType(options), Activator.CreateInstance(check, configuration, section)!);
        }
        return services;
    }

    /// <summary>Drops DataAnnotations validators of the catalogue's options: the checks above say the same, better.</summary>
    public static IServiceCollection WithoutDataAnnotationDuplicates(this IServiceCollection services)
    {
        foreach (var (_, options) in SettingsCatalog.Sections)
        {
            var annotations = typeof(DataAnnotationValidateOptions<>).MakeGenericType(options);
            services.RemoveAll(d => d.ImplementationInstance?.GetType() == annotations);
        }
        return services;
    }

    private static void RemoveAll(this IServiceCollection services, Func<ServiceDescriptor, bool> match)
    {
        foreach (var d in services.Where(match).ToList()) services.Remove(d);
    }

    /// <summary>Every problem with the configured values of one section, one line each.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, string section, Type options)
    {
        var problems = Unknown(configuration, section).ToList();
        foreach (var setting in SettingsCatalog.Of(section, options))
        {
            if (setting.IsList) continue;
            var raw = configuration[setting.Key];
            if (raw is null) continue;
            if (!Accepts(setting, raw)) problems.Add(Line(setting, raw));
        }
        return problems;
    }

    /// <summary>
    /// Keys under a section that are neither its settings nor another section of the catalogue: a misspelt key would
    /// otherwise be ignored without a word (Lineage:GraphQL:MaxDeph=3 leaves the depth at 15).
    /// </summary>
    private static IEnumerable<string> Unknown(IConfiguration configuration, string section)
    {
        var known = SettingsCatalog.All.Select(s => s.Key).Concat(SettingsCatalog.Sections.Select(s => s.Section)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var child in configuration.GetSection(section).GetChildren())
        {
            if (known.Contains(child.Path)) continue;
            var nearest = SettingsCatalog.All.Select(s => s.Key).MinBy(k => Distance(k, child.Path));
            yield return nearest is not null && Distance(nearest, child.Path) <= 3
                ? $"{child.Path} is not a setting; did you mean {nearest}? (`help` lists every setting)"
                : $"{child.Path} is not a setting of {section} (`help` lists every setting).";
        }
    }

    // Edit distance, case-insensitive: how far a typo is from the setting it was meant to be.
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var (diagonal, row0) = (row[0], i);
            row[0] = row0;
            for (var j = 1; j <= b.Length; j++)
            {
                var next = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                (diagonal, row[j]) = (row[j], next);
            }
        }
        return row[b.Length];
    }

    public static string Line(Setting setting, string raw) => $"{setting.Key} = '{raw}' is not allowed: use {setting.Allowed}.";

    private static bool Accepts(Setting s, string raw)
    {
        var text = raw.Trim();
        if (s.Type == typeof(string))
            return !(s.Required && text.Length == 0)
                && (s.Property.GetCustomAttribute<System.ComponentModel.DataAnnotations.AllowedValuesAttribute>() is not { } allowed
                    || allowed.Values.Any(v => string.Equals(v as string, text, StringComparison.OrdinalIgnoreCase)));
        if (s.Type.IsEnum)
            // Enum.TryParse also takes numbers ("5"), which name no value; only the names are settings.
            return !text.All(char.IsAsciiDigit) && !text.StartsWith('-') && Enum.TryParse(s.Type, text, ignoreCase: true, out _);
        if (s.Type == typeof(int))
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && InRange(s, i);
        if (s.Type == typeof(double))
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && InRange(s, d);
        if (s.Type == typeof(bool)) return bool.TryParse(text, out _);
        if (s.Type == typeof(TimeSpan)) return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var t) && InRange(s, t);
        return true;
    }

    // A duration's range is written as two durations ([Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]).
    private static bool InRange(Setting s, TimeSpan value) =>
        s.Range is not { } r || (value >= TimeSpan.Parse((string)r.Minimum, CultureInfo.InvariantCulture) && value <= TimeSpan.Parse((string)r.Maximum, CultureInfo.InvariantCulture));

    private static bool InRange(Setting s, double value) =>
        s.Range is not { } r || (value >= Convert.ToDouble(r.Minimum, CultureInfo.InvariantCulture) && value <= Convert.ToDouble(r.Maximum, CultureInfo.InvariantCulture));

    private sealed class Check<T>(IConfiguration configuration, string section) : IConfigureOptions<T> where T : class
    {
        public void Configure(T options)
        {
            var problems = Problems(configuration, section, typeof(T));
            if (problems.Count > 0) throw new OptionsValidationException(Options.DefaultName, typeof(T), problems);
        }
    }
}
