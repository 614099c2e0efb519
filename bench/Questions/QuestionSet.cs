using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Bench.Questions;

/// <summary>
/// Random lineage questions as the issue asks for them: each end a ministry, agency, program or region selector (the
/// far end also "any program"), maxHops 1–8, a stage floor or none, a fiscal-year window or none. A seed gives the same
/// questions every time, so runs compare.
/// </summary>
public static class QuestionSet
{
    private static readonly Stage?[] Stages = [null, Stage.Seed, Stage.Prototype, Stage.JointResearch, Stage.Practical, Stage.Commercialized];

    public static IReadOnlyList<LineageQuery> Draw(Catalogue c, int count, int seed)
    {
        var random = new Random(seed);
        var questions = new List<LineageQuery>(count);
        for (var i = 0; i < count; i++)
        {
            int? from = null, to = null;
            if (random.Next(2) == 0)
            {
                from = random.Next(2000, 2026);
                to = Math.Min(2025, from.Value + random.Next(0, 10));
            }
            questions.Add(new LineageQuery(Selector(c, random, allowAny: false), Selector(c, random, allowAny: true),
                Stages[random.Next(Stages.Length)], random.Next(1, LineageQuery.MaxMaxHops + 1), from, to));
        }
        return questions;
    }

    private static ProgramSelector Selector(Catalogue c, Random random, bool allowAny) => random.Next(allowAny ? 5 : 4) switch
    {
        0 => ProgramSelector.Any with { Ministries = [Enum.Parse<MinistryCode>(c.MinistryCodes[random.Next(c.MinistryCodes.Count)])] },
        1 => ProgramSelector.Any with { Agencies = [c.Agencies[random.Next(c.Agencies.Count)]] },
        2 => ProgramSelector.ForPrograms(c.Programs[random.Next(c.Programs.Count)]),
        3 => ProgramSelector.Any with { Regions = [c.Regions[random.Next(c.Regions.Count)]] },
        _ => ProgramSelector.Any,
    };
}
