// From lineage paths to the drawn graph: programs once each, one link per pair of programs carrying
// every transfer between them. Flows mode reads the same links, weighed by seeds (count, else 1).
import { STAGES } from './layout.js';

const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function buildGraph(paths) {
  const nodes = new Map();
  const links = new Map();
  const seen = new Set();
  for (const path of paths) {
    for (const step of path.steps) {
      for (const p of [step.from, step.to]) {
        if (!nodes.has(p.id)) nodes.set(p.id, { id: p.id, name: p.name, ministry: p.ministry?.code ?? '' });
      }
      if (seen.has(step.id)) continue;
      seen.add(step.id);
      const id = `${step.from.id}>${step.to.id}`;
      if (!links.has(id)) links.set(id, { id, from: step.from.id, to: step.to.id, transfers: [] });
      links.get(id).transfers.push({
        id: step.id,
        seed: path.project?.name ?? null,
        stage: step.stage,
        fromFiscalYear: step.fromFiscalYear,
        toFiscalYear: step.toFiscalYear,
        count: step.count,
        evidence: step.evidence.map((e) => ({ source: e.source.title, quote: e.quote })),
      });
    }
  }
  const linkList = [...links.values()].sort((a, b) => ordinal(a.id, b.id));
  for (const l of linkList) {
    l.transfers.sort((a, b) => (a.toFiscalYear ?? 9999) - (b.toFiscalYear ?? 9999) || ordinal(a.id, b.id));
    l.value = l.seeds ?? l.transfers.reduce((s, t) => s + (t.count ?? 1), 0);
    l.stage = STAGES[Math.max(...l.transfers.map((t) => STAGES.indexOf(t.stage)))];
  }
  return { nodes: [...nodes.values()].sort((a, b) => ordinal(a.id, b.id)), links: linkList };
}

/**
 * From rows of the `flows` query (groupBy PROGRAM): a link per row, weighed by its seedCount, which
 * counts a named seed once and a cohort's total once (the server's rule, not re-derived here).
 */
export function buildFlowGraph(rows) {
  const nodes = new Map();
  const links = [];
  for (const row of rows) {
    for (const p of [row.source, row.target]) {
      if (p?.id && !nodes.has(p.id)) nodes.set(p.id, { id: p.id, name: p.name, ministry: p.ministry?.code ?? '' });
    }
    if (!row.source?.id || !row.target?.id) continue;
    links.push({
      id: `${row.sourceId}>${row.targetId}`,
      from: row.sourceId,
      to: row.targetId,
      seeds: row.seedCount,
      transfers: row.transfers.map((t) => ({
        id: t.id,
        seed: t.project?.name ?? null,
        stage: t.stage,
        fromFiscalYear: t.fromFiscalYear,
        toFiscalYear: t.toFiscalYear,
        count: t.count,
        evidence: t.evidence.map((e) => ({ source: e.source.title, quote: e.quote })),
      })),
    });
  }
  links.sort((a, b) => ordinal(a.id, b.id));
  for (const l of links) {
    l.transfers.sort((a, b) => (a.toFiscalYear ?? 9999) - (b.toFiscalYear ?? 9999) || ordinal(a.id, b.id));
    l.value = l.seeds;
    l.stage = STAGES[Math.max(...l.transfers.map((t) => STAGES.indexOf(t.stage)))];
  }
  return { nodes: [...nodes.values()].sort((a, b) => ordinal(a.id, b.id)), links };
}
