using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>
/// Writes a node in the dataset file form. The output is canonical (fixed property order, nulls and
/// empty lists left out), so comparing two writes tells whether an import changed anything and an
/// export round-trips byte for byte.
/// </summary>
public static class NodeWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Japanese stays readable in the files rather than \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(INode node, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options with { Indented = indented }))
            Write(w, node);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, INode node)
    {
        w.WriteStartObject();
        w.WriteString("id", node.Id);
        switch (node)
        {
            case Source s:
                w.WriteString("file", s.File); Name(w, "title", s.Title); Opt(w, "publisher", s.Publisher); Opt(w, "date", s.Date);
                break;
            case Ministry m:
                w.WriteString("code", EnumText.ToText(m.Code)); Name(w, "name", m.Name);
                break;
            case Agency a:
                w.WriteString("code", a.Code); Name(w, "name", a.Name); w.WriteString("ministry", a.Ministry);
                break;
            case Program p:
                Name(w, "name", p.Name); Opt(w, "runBy", p.RunBy); Strings(w, "alsoRunBy", p.AlsoRunBy); Opt(w, "parent", p.Parent); Opt(w, "phase", p.Phase);
                Opt(w, "startFiscalYear", p.StartFiscalYear); Opt(w, "endFiscalYear", p.EndFiscalYear); Opt(w, "aim", p.Aim);
                Strings(w, "regions", p.Regions);
                List(w, "budgets", p.Budgets, (w, b) =>
                {
                    w.WriteNumber("fiscalYear", b.FiscalYear); w.WriteString("kind", EnumText.ToText(b.Kind));
                    Amount(w, b.MillionYen, b.AsWritten, b.Unit, b.Note, b.Derivation); Evidence(w, b.Evidence);
                });
                List(w, "budgetTotals", p.BudgetTotals, (w, t) =>
                {
                    w.WriteNumber("fromFiscalYear", t.FromFiscalYear); w.WriteNumber("toFiscalYear", t.ToFiscalYear); w.WriteString("kind", EnumText.ToText(t.Kind));
                    Amount(w, t.MillionYen, t.AsWritten, t.Unit, t.Note, t.Derivation); Evidence(w, t.Evidence);
                });
                Opt(w, "note", p.Note);
                break;
            case Region r:
                Name(w, "name", r.Name); w.WriteString("kind", EnumText.ToText(r.RegionKind)); Opt(w, "within", r.Within);
                break;
            case Organization o:
                Name(w, "name", o.Name); w.WriteString("kind", EnumText.ToText(o.OrganizationKind)); Opt(w, "locatedIn", o.LocatedIn);
                List(w, "dates", o.Dates, (w, d) =>
                {
                    w.WriteString("kind", EnumText.ToText(d.Kind)); w.WriteString("date", d.Date); w.WriteString("asWritten", d.AsWritten);
                    w.WriteString("basis", EnumText.ToText(d.Basis)); Opt(w, "inference", d.Inference); Opt(w, "note", d.Note); Evidence(w, d.Evidence);
                });
                break;
            case Project pr:
                Name(w, "name", pr.Name); Strings(w, "regions", pr.Regions);
                List(w, "participants", pr.Participants, (w, x) => { w.WriteString("organization", x.Organization); Opt(w, "role", x.Role); Evidence(w, x.Evidence); });
                Opt(w, "note", pr.Note);
                break;
            case ClusterProject c:
                Name(w, "name", c.Name); w.WriteString("program", c.Program); Opt(w, "field", c.Field); Strings(w, "regions", c.Regions); Opt(w, "office", c.Office); Opt(w, "partOf", c.PartOf);
                List(w, "participation", c.Participation, (w, x) =>
                {
                    w.WriteString("asOf", x.AsOf); Opt(w, "companies", x.Companies); Opt(w, "universities", x.Universities);
                    if (x.Approximate) w.WriteBoolean("approximate", true);
                    Evidence(w, x.Evidence);
                });
                break;
            case Cohort co:
                w.WriteNumber("total", co.Total); Opt(w, "fromProgram", co.FromProgram); Opt(w, "note", co.Note);
                break;
            case Transfer t:
                w.WriteString("from", t.From); w.WriteString("to", t.To); Opt(w, "project", t.Project); Opt(w, "fromFiscalYear", t.FromFiscalYear);
                Opt(w, "toFiscalYear", t.ToFiscalYear); w.WriteString("stage", EnumText.ToText(t.Stage)); Opt(w, "count", t.Count);
                Opt(w, "cohort", t.Cohort); Opt(w, "note", t.Note);
                w.WriteString("basis", EnumText.ToText(t.Basis)); Opt(w, "inference", t.Inference);
                break;
            case Outcome oc:
                w.WriteString("kind", EnumText.ToText(oc.OutcomeKind)); Name(w, "description", oc.Description); Opt(w, "project", oc.Project);
                Opt(w, "program", oc.Program); Opt(w, "clusterProject", oc.ClusterProject); Opt(w, "cohort", oc.Cohort); Opt(w, "asOf", oc.AsOf);
                List(w, "figures", oc.Figures, (w, f) => { Opt(w, "label", f.Label); w.WriteNumber("value", f.Value); w.WriteString("unit", f.Unit); w.WriteString("asWritten", f.AsWritten); });
                break;
            case Link l:
                w.WriteString("from", l.From); w.WriteString("to", l.To); w.WriteString("kind", EnumText.ToText(l.LinkKind)); Opt(w, "note", l.Note);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name);
        }
        Evidence(w, node.Evidence);
        w.WriteEndObject();
    }

    private static void Name(Utf8JsonWriter w, string property, LocalizedName name)
    {
        w.WriteStartObject(property);
        w.WriteString("ja", name.Ja);
        Opt(w, "en", name.En);
        if (name.EnOfficial is { } official) w.WriteBoolean("enOfficial", official);
        w.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence) =>
        List(w, "evidence", evidence, (w, e) => { w.WriteString("source", e.Source); w.WriteString("quote", e.Quote); }, always: true);

    private static void Amount(Utf8JsonWriter w, decimal? millionYen, string asWritten, string unit, string? note, string? derivation)
    {
        if (millionYen is { } y) w.WriteNumber("millionYen", y); else w.WriteNull("millionYen");
        w.WriteString("asWritten", asWritten); w.WriteString("unit", unit); Opt(w, "note", note); Opt(w, "derivation", derivation);
    }

    private static void Opt(Utf8JsonWriter w, string property, string? value) { if (value is not null) w.WriteString(property, value); }
    private static void Opt(Utf8JsonWriter w, string property, int? value) { if (value is { } v) w.WriteNumber(property, v); }

    private static void Strings(Utf8JsonWriter w, string property, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(property);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void List<T>(Utf8JsonWriter w, string property, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, bool always = false)
    {
        if (items.Count == 0 && !always) return;
        w.WriteStartArray(property);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
