// <lineage-graph>: a live lineage picture for any page. Data never goes through innerHTML: every
// name, quote and title is set with textContent or setAttribute, so a program called
// <script>alert(1)</script> is drawn as those characters.
import { C, layoutFlows, layoutPaths, f } from './layout.js';
import { buildFlowGraph, buildGraph } from './graph.js';
import { caption, linkLabel, stageName, text } from './i18n.js';
import { fetchFlows, fetchLineage, readQuery, MAX_PATHS } from './query.js';
import { CSS, colourOf } from './theme.js';

const SVG = 'http://www.w3.org/2000/svg';
const ATTRIBUTES = ['endpoint', 'from', 'to', 'min-stage', 'max-hops', 'fiscal-year-from', 'fiscal-year-to', 'lang', 'mode', 'height', 'theme'];

// Where this script was loaded from: the default GraphQL endpoint is that server's /graphql.
const SCRIPT_SRC = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : null;

function svg(name, attributes = {}, parent = null) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) if (v != null) el.setAttribute(k, String(v));
  if (parent) parent.appendChild(el);
  return el;
}

function html(name, textContent = null, parent = null, className = null) {
  const el = document.createElement(name);
  if (textContent != null) el.textContent = textContent;
  if (className) el.className = className;
  if (parent) parent.appendChild(el);
  return el;
}

export class LineageGraph extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #root;
  #status;
  #note;
  #scroll;
  #tip;
  #list;
  #abort = null;
  #scheduled = false;
  #focusables = [];

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    html('style', CSS, this.#root);
    this.#status = html('p', null, this.#root, 'status');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('part', 'status');
    this.#scroll = html('div', null, this.#root, 'scroll');
    this.#note = html('p', null, this.#root, 'status note');
    this.#list = html('ol', null, this.#root, 'vh');
    this.#tip = html('div', null, this.#root, 'tip');
    this.#tip.id = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    this.#tip.hidden = true;
  }

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    this.#abort?.abort();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#schedule();
  }

  get language() {
    const own = this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? 'ja';
    return own.toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  get endpoint() {
    const own = this.getAttribute('endpoint');
    if (own) return new URL(own, document.baseURI).href;
    return SCRIPT_SRC ? new URL('/graphql', SCRIPT_SRC).href : new URL('/graphql', document.baseURI).href;
  }

  get mode() {
    return this.getAttribute('mode') === 'flows' ? 'flows' : 'paths';
  }

  /** Re-draw once per burst of attribute changes. */
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#load();
    });
  }

  async #load() {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const lang = this.language;
    const t = text(lang);
    const height = this.getAttribute('height');
    this.#scroll.style.height = height ? (/^\d+$/.test(height) ? `${height}px` : height) : '';
    this.setAttribute('aria-busy', 'true');
    this.#show(t.loading, 'status');
    let query;
    try {
      query = readQuery((name) => this.getAttribute(name));
    } catch (e) {
      this.#fail(t.failed + e.message);
      return;
    }
    try {
      // Flows mode draws the `flows` query; a server without it gets the lineage paths aggregated here.
      const rows = this.mode === 'flows' ? await fetchFlows(this.endpoint, query, lang, abort.signal) : null;
      const { paths, total } = rows ? { paths: [], total: 0 } : await fetchLineage(this.endpoint, query, lang, abort.signal);
      if (abort.signal.aborted) return;
      this.removeAttribute('aria-busy');
      const graph = rows ? buildFlowGraph(rows) : buildGraph(paths);
      const count = this.mode === 'flows' ? graph.links.reduce((s, l) => s + l.transfers.length, 0) : total;
      if (graph.links.length === 0) {
        this.#clear();
        this.#show(t.empty, 'status empty');
        this.dispatchEvent(new CustomEvent('lineage-rendered', { detail: { paths: 0, total: count }, bubbles: true, composed: true }));
        return;
      }
      this.#draw(graph, paths, query, count, lang);
      this.#show('', 'status');
      this.#note.textContent = !rows && paths.length < total ? t.truncated(paths.length, total) : '';
      this.dispatchEvent(new CustomEvent('lineage-rendered', { detail: { paths: paths.length, total: count }, bubbles: true, composed: true }));
    } catch (e) {
      if (e.name === 'AbortError' || abort.signal.aborted) return;
      this.#fail(t.failed + e.message);
    }
  }

  #fail(message) {
    this.removeAttribute('aria-busy');
    this.#clear();
    this.#show(message, 'status error');
    this.#status.setAttribute('role', 'alert');
    this.dispatchEvent(new CustomEvent('lineage-error', { detail: { message }, bubbles: true, composed: true }));
  }

  #show(message, className) {
    this.#status.setAttribute('role', 'status');
    this.#status.className = className;
    this.#status.textContent = message;
  }

  #clear() {
    this.#scroll.replaceChildren();
    this.#list.replaceChildren();
    this.#note.textContent = '';
    this.#hideTip();
    this.#focusables = [];
  }

  #draw(graph, paths, query, total, lang) {
    this.#clear();
    const t = text(lang);
    const mode = this.mode;
    const title = caption(lang, query, total, mode);
    const labels = { link: (l) => linkLabel(lang, l), caption: title };
    const g = mode === 'flows' ? layoutFlows(graph, labels) : layoutPaths(graph, labels);
    const names = new Map(graph.nodes.map((n) => [n.id, n]));

    const root = svg('svg', {
      xmlns: SVG, viewBox: `0 0 ${g.width} ${g.height}`, width: g.width, height: g.height,
      role: 'group', 'aria-label': `${t.figure}. ${title}`, class: mode, preserveAspectRatio: 'xMinYMin meet',
    });
    const defs = svg('defs', {}, root);
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 8, markerHeight: 8, orient: 'auto' }, defs);
    svg('path', { d: 'M0 0L8 4L0 8z', class: 'arrow' }, marker);
    svg('rect', { width: g.width, height: g.height, class: 'background' }, root);
    svg('text', { x: C.pad, y: C.pad + 14, class: 'caption' }, root).textContent = title;

    const legend = svg('g', { class: 'legend', 'aria-hidden': 'true' }, root);
    for (const item of g.legend) {
      svg('rect', { x: item.x, y: item.y + 2, width: 12, height: 12, rx: 2, fill: colourOf(item.code) }, legend);
      svg('text', { x: item.x + 18, y: item.y + 12, class: 'legend-text' }, legend).textContent = item.code;
    }

    const links = svg('g', { class: 'links' }, root);
    for (const l of g.links) {
      const from = names.get(l.from);
      const to = names.get(l.to);
      const el = svg('g', { class: 'link', tabindex: 0, role: 'img', 'data-from': l.from, 'data-to': l.to }, links);
      el.setAttribute('aria-label', `${from.name} → ${to.name}: ${l.label}`);
      el.setAttribute('aria-describedby', 'tip');
      const line = svg('path', { d: l.d, class: 'link-line', 'stroke-width': f(l.strokeWidth) }, el);
      // A band takes its source's ministry colour (a style, so the stylesheet's stroke does not win).
      if (mode === 'flows') line.style.stroke = colourOf(from.ministry);
      else line.setAttribute('marker-end', 'url(#arrow)');
      if (mode === 'paths') {
        svg('rect', { x: f(l.labelX - l.labelW / 2), y: f(l.labelY - 9), width: f(l.labelW), height: 16, rx: 3, class: 'link-label-bg' }, el);
        svg('text', { x: f(l.labelX), y: f(l.labelY + 3), 'text-anchor': 'middle', class: 'link-label' }, el).textContent = l.label;
      }
      this.#interactive(el, () => this.#linkTip(l, from, to, lang));
    }

    const nodes = svg('g', { class: 'nodes' }, root);
    for (const n of g.nodes) {
      const el = svg('g', { class: 'node', tabindex: 0, role: 'button', 'data-program-id': n.id, 'data-ministry': n.ministry }, nodes);
      el.setAttribute('aria-label', `${t.program}: ${n.name} (${n.ministry})`);
      svg('rect', { x: n.x - 3, y: n.y - 3, width: n.w + 6, height: n.h + 6, rx: 8, class: 'focus-ring' }, el);
      if (mode === 'paths') {
        svg('rect', { x: n.x, y: n.y, width: n.w, height: n.h, rx: 6, class: 'node-box', stroke: colourOf(n.ministry) }, el);
        svg('rect', { x: n.x, y: n.y, width: 6, height: n.h, rx: 2, fill: colourOf(n.ministry) }, el);
      } else {
        svg('rect', { x: n.x, y: n.y, width: n.w, height: f(n.h), fill: colourOf(n.ministry) }, el);
      }
      const label = svg('text', { x: f(n.textX), y: f(n.textY), class: 'node-text', 'text-anchor': n.anchor ?? 'start' }, el);
      n.lines.forEach((line, i) => {
        svg('tspan', { x: f(n.textX), dy: i === 0 ? 0 : C.lineHeight }, label).textContent = line;
      });
      const fire = () =>
        this.dispatchEvent(new CustomEvent('program-click', { detail: { programId: n.id, name: n.name, ministry: n.ministry }, bubbles: true, composed: true }));
      el.addEventListener('click', fire);
      el.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          fire();
        }
      });
      this.#interactive(el, () => this.#nodeTip(n, graph, lang));
    }
    this.#scroll.appendChild(root);

    // The same content as text for screen readers: one item per path (per flow in flows mode).
    if (paths.length === 0)
      for (const l of graph.links) html('li', `${names.get(l.from).name} → ${names.get(l.to).name}: ${l.label}`, this.#list);
    for (const p of paths) {
      const parts = [p.steps[0].from.name];
      for (const s of p.steps) parts.push(`→ ${s.to.name} (${stageName(lang, s.stage)}${s.toFiscalYear ? `, ${t.fiscalYear(s.toFiscalYear, s.toFiscalYear)}` : ''})`);
      html('li', `${p.project?.name ?? t.aggregate}: ${parts.join(' ')}`, this.#list);
    }
  }

  #interactive(el, content) {
    this.#focusables.push(el);
    const show = () => this.#showTip(el, content());
    el.addEventListener('pointerenter', show);
    el.addEventListener('pointerleave', () => {
      if (this.#root.activeElement !== el) this.#hideTip();
    });
    el.addEventListener('focus', show);
    el.addEventListener('blur', () => this.#hideTip());
    el.addEventListener('keydown', (e) => {
      const i = this.#focusables.indexOf(el);
      if (e.key === 'Escape') this.#hideTip();
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') this.#focusables[Math.min(i + 1, this.#focusables.length - 1)].focus();
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') this.#focusables[Math.max(i - 1, 0)].focus();
      else return;
      e.preventDefault();
    });
  }

  #linkTip(l, from, to, lang) {
    const t = text(lang);
    const box = document.createDocumentFragment();
    html('h3', `${from.name} → ${to.name}`, box);
    for (const x of l.transfers) {
      const years = [x.fromFiscalYear, x.toFiscalYear].filter((y) => y != null);
      const when = years.length ? ` · ${t.fiscalYear(Math.min(...years), Math.max(...years))}` : '';
      const how = x.count != null ? ` · ${t.seeds(x.count)}` : '';
      html('p', `${x.seed ?? t.aggregate} · ${stageName(lang, x.stage)}${when}${how}`, box);
      for (const e of x.evidence) {
        const quote = html('blockquote', null, box);
        html('span', `「${e.quote}」 `, quote);
        html('cite', `— ${e.source}`, quote);
      }
    }
    return box;
  }

  #nodeTip(n, graph, lang) {
    const t = text(lang);
    const box = document.createDocumentFragment();
    html('h3', n.name, box);
    const handOffs = graph.links.filter((l) => l.from === n.id || l.to === n.id).reduce((s, l) => s + l.transfers.length, 0);
    html('p', `${n.ministry} · ${n.id} · ${t.handOffs(handOffs)}`, box);
    return box;
  }

  #showTip(el, content) {
    this.#tip.replaceChildren(content);
    this.#tip.hidden = false;
    const host = this.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - host.left, host.width - this.#tip.offsetWidth));
    this.#tip.style.left = `${left}px`;
    this.#tip.style.top = `${r.bottom - host.top + 6}px`;
  }

  #hideTip() {
    this.#tip.hidden = true;
  }
}

export { MAX_PATHS };
