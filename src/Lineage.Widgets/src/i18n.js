// Words of the widget in Japanese and English; the server's SVG uses the same (Widgets/WidgetText.cs).
import { STAGES } from './layout.js';

const TEXT = {
  en: {
    stages: ['Seed', 'Joint research', 'Prototype', 'Practical use', 'Commercialized'],
    any: 'any program',
    loading: 'Loading lineage…',
    empty: 'No lineage matches these settings.',
    failed: 'The lineage could not be loaded: ',
    paths: (n) => (n === 1 ? '1 path' : `${n} paths`),
    atLeast: (s) => `${s} or further`,
    lineage: 'Lineage',
    flows: 'Flows',
    truncated: (n, total) => `Showing the first ${n} of ${total} paths.`,
    fiscalYear: (a, b) => (a === b ? `FY${a}` : `FY${a}–${b}`),
    program: 'Program',
    handOffs: (n) => (n === 1 ? '1 hand-off' : `${n} hand-offs`),
    seeds: (n) => (n === 1 ? '1 seed' : `${n} seeds`),
    aggregate: 'aggregate hand-off',
    evidence: 'Evidence',
    figure: 'Lineage graph',
    summary: 'Paths as text',
  },
  ja: {
    stages: ['シーズ', '共同研究', '試作', '実用化', '事業化'],
    any: '全事業',
    loading: '系譜を読み込み中…',
    empty: '条件に合う系譜はありません。',
    failed: '系譜を読み込めませんでした: ',
    paths: (n) => `${n}件`,
    atLeast: (s) => `${s}以上`,
    lineage: '系譜',
    flows: '流れ',
    truncated: (n, total) => `全${total}件のうち先頭${n}件を表示しています。`,
    fiscalYear: (a, b) => (a === b ? `${a}年度` : `${a}–${b}年度`),
    program: '事業',
    handOffs: (n) => `移行${n}件`,
    seeds: (n) => `シーズ${n}件`,
    aggregate: '一括の移行',
    evidence: '根拠',
    figure: '系譜図',
    summary: '系譜の一覧',
  },
};

export function text(lang) {
  return TEXT[lang] ?? TEXT.ja;
}

export function stageName(lang, stage) {
  return text(lang).stages[STAGES.indexOf(stage)] ?? stage;
}

/** "×3 · Commercialized · FY2005–2008": how many seeds (when more than one), the furthest stage, the fiscal years received. */
export function linkLabel(lang, link) {
  const t = text(lang);
  const parts = [];
  if (link.value > 1) parts.push(`×${link.value}`);
  parts.push(stageName(lang, link.stage));
  const years = link.transfers.map((x) => x.toFiscalYear ?? x.fromFiscalYear).filter((y) => y != null);
  if (years.length) parts.push(t.fiscalYear(Math.min(...years), Math.max(...years)));
  return parts.join(' · ');
}

/** "Lineage: MEXT → METI · Commercialized or further · 3 paths". */
export function caption(lang, q, total, mode) {
  const t = text(lang);
  const side = (s) => (s.length ? s.join(', ') : t.any);
  const parts = [`${mode === 'flows' ? t.flows : t.lineage}: ${side(q.from)} → ${side(q.to)}`];
  if (q.minStage) parts.push(t.atLeast(stageName(lang, q.minStage)));
  if (q.fiscalYearFrom != null || q.fiscalYearTo != null) parts.push(t.fiscalYear(q.fiscalYearFrom ?? '', q.fiscalYearTo ?? ''));
  parts.push(mode === 'flows' ? t.handOffs(total) : t.paths(total));
  return parts.join(' · ');
}
