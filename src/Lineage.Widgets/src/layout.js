// Layout of a lineage graph, shared in meaning with the server's SVG renderer
// (src/Lineage.Server/Widgets/LineageLayout.cs): the same constants, the same column and row rules,
// the same text-width estimate, so the live component and the static SVG draw the same picture.
// Pure functions: no DOM, so they can run anywhere.

export const STAGES = ['SEED', 'JOINT_RESEARCH', 'PROTOTYPE', 'PRACTICAL', 'COMMERCIALIZED'];
export const MINISTRIES = ['CAO', 'MIC', 'MEXT', 'MHLW', 'MAFF', 'METI', 'MLIT', 'MOE'];

export const C = Object.freeze({
  pad: 16,
  captionHeight: 24,
  legendHeight: 26,
  fontSize: 13,
  lineHeight: 16,
  // paths mode
  nodeWidth: 188,
  nodeHeight: 46,
  columnGap: 150,
  rowGap: 20,
  // flows mode
  barWidth: 12,
  flowColumnPitch: 300,
  flowLabelWidth: 200,
  flowGap: 14,
  flowMaxColumn: 420,
  flowMinSlot: 36,
});

/** Width of text in px at a font size: CJK and full-width characters 1em, everything else 0.6em. */
export function textWidth(text, size = C.fontSize) {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0) >= 0x2e80 ? 1 : 0.6;
  return em * size;
}

/** Up to `maxLines` lines no wider than `width`; the last line ends in … when the text was cut. */
export function wrap(text, width, maxLines = 2, size = C.fontSize) {
  const chars = [...text];
  const lines = [];
  let line = '';
  let i = 0;
  while (i < chars.length) {
    const next = line + chars[i];
    if (line.length > 0 && textWidth(next, size) > width) {
      if (lines.length === maxLines - 1) break;
      const space = line.lastIndexOf(' ');
      if (space > 0) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = '';
      }
      continue;
    }
    line = next;
    i++;
  }
  if (i < chars.length) {
    while (line.length > 0 && textWidth(line + '…', size) > width) line = [...line].slice(0, -1).join('');
    line += '…';
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function ministryIndex(code) {
  const i = MINISTRIES.indexOf(code);
  return i < 0 ? MINISTRIES.length : i;
}

const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Columns by longest path from the programs nothing flows into (a cycle is cut after as many rounds
 * as there are programs); rows by ministry and id, then one barycentre pass so hand-offs cross less.
 */
export function arrange(graph) {
  const depth = new Map(graph.nodes.map((n) => [n.id, 0]));
  const limit = graph.nodes.length;
  for (let round = 0; round < limit; round++) {
    let changed = false;
    for (const l of graph.links) {
      const d = depth.get(l.from) + 1;
      if (d < limit && d > depth.get(l.to)) {
        depth.set(l.to, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const columns = [];
  const byBase = [...graph.nodes].sort((a, b) => ministryIndex(a.ministry) - ministryIndex(b.ministry) || ordinal(a.id, b.id));
  for (const n of byBase) {
    const d = depth.get(n.id);
    (columns[d] ??= []).push(n);
  }
  for (let i = 0; i < columns.length; i++) columns[i] ??= [];
  const row = new Map();
  columns[0]?.forEach((n, r) => row.set(n.id, r));
  for (let c = 1; c < columns.length; c++) {
    const centre = (n) => {
      const preds = graph.links.filter((l) => l.to === n.id && row.has(l.from)).map((l) => row.get(l.from));
      return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : Number.MAX_SAFE_INTEGER;
    };
    const keyed = columns[c].map((n, i) => ({ n, k: centre(n), i }));
    keyed.sort((a, b) => a.k - b.k || a.i - b.i);
    columns[c] = keyed.map((x) => x.n);
    columns[c].forEach((n, r) => row.set(n.id, r));
  }
  return { columns, depth };
}

function bezier(x1, y1, x2, y2) {
  const dx = Math.max((x2 - x1) / 2, 40);
  return `M${f(x1)} ${f(y1)}C${f(x1 + dx)} ${f(y1)} ${f(x2 - dx)} ${f(y2)} ${f(x2)} ${f(y2)}`;
}

/** Numbers as the SVG writer prints them: at most two decimals, no trailing zeros. */
export function f(n) {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Geometry for paths mode: program boxes in columns, one curve per pair of programs. */
export function layoutPaths(graph, labels) {
  const { columns } = arrange(graph);
  const top = C.pad + C.captionHeight + C.legendHeight;
  const pos = new Map();
  const nodes = [];
  columns.forEach((col, c) =>
    col.forEach((n, r) => {
      const x = C.pad + c * (C.nodeWidth + C.columnGap);
      const y = top + r * (C.nodeHeight + C.rowGap);
      pos.set(n.id, { x, y });
      const lines = wrap(n.name, C.nodeWidth - 22);
      nodes.push({ ...n, x, y, w: C.nodeWidth, h: C.nodeHeight, lines, textX: x + 14, textY: y + (C.nodeHeight - lines.length * C.lineHeight) / 2 + 12 });
    }),
  );
  const links = graph.links.map((l) => {
    const a = pos.get(l.from);
    const b = pos.get(l.to);
    const x1 = a.x + C.nodeWidth;
    const y1 = a.y + C.nodeHeight / 2;
    const x2 = b.x;
    const y2 = b.y + C.nodeHeight / 2;
    const back = x2 <= x1;
    const d = back
      ? `M${f(x1)} ${f(y1)}C${f(x1 + 60)} ${f(y1 + 60)} ${f(x2 - 60)} ${f(y2 + 60)} ${f(x2)} ${f(y2)}`
      : bezier(x1, y1, x2, y2);
    const label = labels.link(l);
    const lw = textWidth(label, 11) + 10;
    const lx = back ? (x1 + x2) / 2 : (x1 + x2) / 2;
    const ly = back ? (y1 + y2) / 2 + 45 : (y1 + y2) / 2;
    return { ...l, d, label, labelX: lx, labelY: ly, labelW: lw, strokeWidth: 1.5 };
  });
  const cols = Math.max(columns.length, 1);
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const width = Math.max(
    C.pad * 2 + cols * C.nodeWidth + (cols - 1) * C.columnGap,
    C.pad * 2 + textWidth(labels.caption, 14),
  );
  const height = top + rows * (C.nodeHeight + C.rowGap) - C.rowGap + C.pad;
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, links, legend: legend(graph) };
}

/** Geometry for flows mode: a Sankey; bar height and band width are the number of seeds handed on. */
export function layoutFlows(graph, labels) {
  const { columns } = arrange(graph);
  const top = C.pad + C.captionHeight + C.legendHeight;
  const inSum = new Map();
  const outSum = new Map();
  for (const l of graph.links) {
    outSum.set(l.from, (outSum.get(l.from) ?? 0) + l.value);
    inSum.set(l.to, (inSum.get(l.to) ?? 0) + l.value);
  }
  const value = (id) => Math.max(inSum.get(id) ?? 0, outSum.get(id) ?? 0, 1);
  let k = 20;
  for (const col of columns) {
    const sum = col.reduce((s, n) => s + value(n.id), 0);
    if (sum > 0) k = Math.min(k, (C.flowMaxColumn - C.flowGap * (col.length - 1)) / sum);
  }
  k = Math.max(k, 1);
  const last = columns.length - 1;
  const pos = new Map();
  const nodes = [];
  let maxBottom = top;
  columns.forEach((col, c) => {
    let y = top;
    for (const n of col) {
      const v = value(n.id);
      const h = Math.max(v * k, 3);
      const x = C.pad + c * C.flowColumnPitch + (c === last && last > 0 ? C.flowLabelWidth : 0);
      const lines = wrap(`${n.name} (${v})`, C.flowLabelWidth - 8);
      const textX = c === last && last > 0 ? x - 6 : x + C.barWidth + 6;
      const anchor = c === last && last > 0 ? 'end' : 'start';
      const textY = y + h / 2 - (lines.length * C.lineHeight) / 2 + 12;
      pos.set(n.id, { x, y, h, outY: y, inY: y });
      nodes.push({ ...n, value: v, x, y, w: C.barWidth, h, lines, textX, textY, anchor });
      y += Math.max(h, C.flowMinSlot) + C.flowGap;
    }
    maxBottom = Math.max(maxBottom, y - C.flowGap);
  });
  const ordered = (list, key) => [...list].sort((a, b) => pos.get(key(a)).y - pos.get(key(b)).y || ordinal(a.id, b.id));
  const band = new Map();
  for (const n of graph.nodes) {
    const p = pos.get(n.id);
    for (const l of ordered(graph.links.filter((x) => x.from === n.id), (x) => x.to)) {
      const w = l.value * k;
      band.set(l.id, { ...(band.get(l.id) ?? {}), sy: p.outY + w / 2, w });
      p.outY += w;
    }
    for (const l of ordered(graph.links.filter((x) => x.to === n.id), (x) => x.from)) {
      const w = l.value * k;
      band.set(l.id, { ...(band.get(l.id) ?? {}), ty: p.inY + w / 2 });
      p.inY += w;
    }
  }
  const links = graph.links.map((l) => {
    const a = pos.get(l.from);
    const b = pos.get(l.to);
    const { sy, ty, w } = band.get(l.id);
    const x1 = a.x + C.barWidth;
    const x2 = b.x;
    return { ...l, d: bezier(x1, sy, x2, ty), strokeWidth: Math.max(w, 1), label: labels.link(l), labelX: (x1 + x2) / 2, labelY: (sy + ty) / 2 };
  });
  const cols = Math.max(columns.length, 1);
  const width = Math.max(
    C.pad * 2 + (cols - 1) * C.flowColumnPitch + C.barWidth + C.flowLabelWidth,
    C.pad * 2 + textWidth(labels.caption, 14),
  );
  return { width: Math.ceil(width), height: Math.ceil(maxBottom + C.pad), nodes, links, legend: legend(graph) };
}

function legend(graph) {
  const codes = [...new Set(graph.nodes.map((n) => n.ministry))].sort((a, b) => ministryIndex(a) - ministryIndex(b) || ordinal(a, b));
  let x = C.pad;
  return codes.map((code) => {
    const item = { code, x, y: C.pad + C.captionHeight };
    x += 18 + textWidth(code, 12) + 16;
    return item;
  });
}
