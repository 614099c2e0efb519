using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Text;

namespace Lineage.Rendering.Scenes;

/// <summary>The question in words: "Lineage: Ministry of Education… → Ministry of Economy… · reached commercialized or further · 1 path". Never an id.</summary>
internal static class Title
{
    public static string Of(PictureAnswer a, string count)
    {
        var w = Words.For(a.Question.Lang);
        var q = a.Question.Query;
        var parts = new List<string> { $"{(a.Question.Mode == PictureMode.Flows ? w.Flows : w.Lineage)}: {Side(a, q.From, w)}{w.Arrow}{Side(a, q.To, w)}" };
        if (q.MinStage is { } min) parts.Add(w.AtLeast(w.Stage(min)));
        if (q.FiscalYearFrom is not null || q.FiscalYearTo is not null)
            parts.Add(w.FiscalWindow(q.FiscalYearFrom is { } f ? Words.N(f) : null, q.FiscalYearTo is { } t ? Words.N(t) : null));
        parts.Add(count);
        return string.Join(" · ", parts);
    }

    private static string Side(PictureAnswer a, ProgramSelector s, Words w)
    {
        if (s.IsAny) return w.Any;
        if (s.Ministries.Distinct().Count() == Enum.GetValues<MinistryCode>().Length && s.Agencies.Count == 0 && s.Programs.Count == 0 && s.Regions.Count == 0)
            return w.AllMinistries;
        string Name(string id) => a.Nodes.TryGetValue(id, out var n) ? n.Name.In(a.Question.Lang) : id;
        var runners = s.Ministries.Select(m => Name("ministry:" + m.ToString().ToLowerInvariant()))
            .Concat(s.Agencies.Select(Name)).Concat(s.Programs.Select(Name)).ToList();
        var regions = s.Regions.Select(Name).ToList();
        var main = string.Join(w.ListSeparator, runners);
        if (regions.Count == 0) return main;
        var place = string.Join(w.ListSeparator, regions);
        if (main.Length == 0) return place;
        return a.Question.Lang == Language.En ? $"{main} ({place})" : $"{main}（{place}）";
    }
}
