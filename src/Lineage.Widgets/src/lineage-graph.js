// <lineage-graph>: a live lineage picture for any page. It draws the scene the server laid out
// (/widgets/lineage.json, the same scene as the SVG and PNG) at its own width, and adds what a page can:
// hover and keyboard focus with the evidence, program-click events, a table for screen readers.
// Data never goes through innerHTML: every name, quote and title is set with textContent or setAttribute,
// so a program called <script>alert(1)</script> is drawn as those characters.
import { text } from './i18n.js';
import { fetchScene, sceneUrl } from './query.js';
import { CSS } from './theme.js';

const SVG = 'http://www.w3.org/2000/svg';
const ATTRIBUTES = ['endpoint', 'from', 'to', 'min-stage', 'max-hops', 'fiscal-year-from', 'fiscal-year-to', 'lang', 'mode', 'height', 'theme'];
// Widths are asked in steps, so that resizing a page by a few pixels does not ask for a new picture.
const WIDTH_STEP = 40;

// Where this script was loaded from: the default server is the one that served it.
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
  #scroll;
  #tip;
  #table;
  #abort = null;
  #scheduled = false;
  #focusables = [];
  #width = 0;
  #resize = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    html('style', CSS, this.#root);
    this.#status = html('p', null, this.#root, 'status');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('part', 'status');
    this.#scroll = html('div', null, this.#root, 'scroll');
    this.#table = html('table', null, this.#root, 'vh');
    this.#tip = html('div', null, this.#root, 'tip');
    this.#tip.id = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    this.#tip.hidden = true;
  }

  connectedCallback() {
    if (typeof ResizeObserver !== 'undefined' && !this.#resize) {
      this.#resize = new ResizeObserver(() => {
        if (this.#askedWidth() !== this.#width) this.#schedule();
      });
      this.#resize.observe(this);
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#resize?.disconnect();
    this.#resize = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#schedule();
  }

  get language() {
    const own = this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? 'ja';
    return own.toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  /** The server's base address: from `endpoint` (its /graphql), else the server this script came from. */
  get base() {
    const endpoint = this.getAttribute('endpoint');
    if (endpoint) return new URL('./', new URL(endpoint, document.baseURI)).href;
    return new URL('/', SCRIPT_SRC ?? document.baseURI).href;
  }

  get theme() {
    const own = this.getAttribute('theme');
    if (own === 'dark' || own === 'light') return own;
    return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  #askedWidth() {
    const w = Math.floor((this.clientWidth || 960) / WIDTH_STEP) * WIDTH_STEP;
    return Math.max(200, Math.min(4000, w));
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
    this.#width = this.#askedWidth();
    try {
      const scene = await fetchScene(sceneUrl(this.base, (name) => this.getAttribute(name), lang, this.theme, this.#width), abort.signal);
      if (abort.signal.aborted) return;
      this.removeAttribute('aria-busy');
      this.#draw(scene, lang);
      this.#show('', 'status');
      if (scene.kind === 'empty') {
        const message = scene.texts.find((x) => x.box === 'empty')?.text ?? '';
        this.#show(message, 'status empty');
      }
      const programs = scene.boxes.filter((b) => b.kind === 'program').length;
      this.dispatchEvent(new CustomEvent('lineage-rendered', { detail: { kind: scene.kind, programs, width: scene.width }, bubbles: true, composed: true }));
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
    this.#table.replaceChildren();
    this.#hideTip();
    this.#focusables = [];
  }

  #draw(scene, lang) {
    this.#clear();
    const t = text(lang);
    const root = svg('svg', {
      xmlns: SVG, viewBox: `0 0 ${scene.width} ${scene.height}`, width: '100%', role: 'group',
      'aria-label': `${t.figure}. ${scene.title}`, class: scene.kind, 'font-family': scene.fontFamily,
      preserveAspectRatio: 'xMinYMin meet', 'data-lang': scene.lang, 'data-theme': scene.theme,
    });
    svg('title', {}, root).textContent = scene.title;
    svg('desc', {}, root).textContent = scene.description;
    const defs = svg('defs', {}, root);
    const marker = svg('marker', { id: 'lineage-arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' }, defs);
    svg('path', { d: 'M0 0L8 4L0 8z', fill: scene.style.edge }, marker);
    svg('rect', { class: 'background', x: 0, y: 0, width: scene.width, height: scene.height, fill: scene.background }, root);

    const byId = new Map(scene.boxes.map((b) => [b.id, b]));
    const edgesOf = new Map();
    const edges = svg('g', { class: 'edges' }, root);
    for (const e of scene.edges) {
      const g = svg('g', { class: 'edge', 'data-edge-id': e.id, 'data-from': e.from, 'data-to': e.to, 'data-style': e.style, 'data-handoff': e.handOff }, edges);
      svg('path', {
        d: e.d, fill: 'none', stroke: e.stroke, 'stroke-width': e.width, 'stroke-opacity': e.opacity < 1 ? e.opacity : null,
        'stroke-dasharray': e.style === 'inferred' ? '6 4' : e.style === 'share-not-reported' ? '2 3' : null,
        'marker-end': e.arrow ? 'url(#lineage-arrow)' : null,
      }, g);
      const owner = e.handOff ? byId.get(e.handOff) : null;
      if (owner) {
        if (!edgesOf.has(owner.id)) edgesOf.set(owner.id, []);
        edgesOf.get(owner.id).push(g);
        g.addEventListener('pointerenter', () => this.#showTip(g, this.#evidenceTip(owner, e)));
        g.addEventListener('pointerleave', () => this.#hideTip());
      }
    }

    const texts = new Map();
    for (const x of scene.texts) {
      if (!texts.has(x.box)) texts.set(x.box, []);
      texts.get(x.box).push(x);
    }
    const boxes = svg('g', { class: 'boxes' }, root);
    const focusable = [];
    for (const b of scene.boxes) {
      const g = svg('g', { class: `box ${b.kind}`, id: b.id, 'data-kind': b.kind, 'data-program-id': b.programId, 'data-ministry': b.ministry }, boxes);
      if (b.focusable) svg('rect', { class: 'focus-ring', x: b.x - 3, y: b.y - 3, width: b.w + 6, height: b.h + 6, rx: 7 }, g);
      const frame = svg('rect', { class: 'frame', x: b.x, y: b.y, width: b.w, height: b.h, fill: b.fill, stroke: b.stroke, 'stroke-width': b.stroke ? 1.5 : null }, g);
      if (b.kind === 'program' || b.kind === 'handoff' || b.kind === 'cohort') frame.setAttribute('rx', '5');
      if (b.kind === 'cohort' && b.stroke) frame.setAttribute('stroke-dasharray', '5 3');
      if (b.accent) {
        const legend = b.kind === 'legend';
        svg('rect', { class: 'accent', x: b.x, y: legend ? b.y + (b.h - 12) / 2 : b.y, width: legend ? 12 : 5, height: legend ? 12 : b.h, fill: b.accent }, g);
      }
      for (const x of texts.get(b.id) ?? []) {
        svg('text', { 'data-box': b.id, x: x.x, y: x.y, fill: x.fill, 'font-size': x.size, 'font-weight': x.bold ? 'bold' : null }, g).textContent = x.text;
      }
      if (b.focusable) focusable.push({ b, g });
    }
    // Tab order: the hand-offs (with their evidence) first, then cohorts, then programs, each in reading order.
    const rank = { handoff: 0, cohort: 1, program: 2 };
    focusable.sort((p, q) => rank[p.b.kind] - rank[q.b.kind] || p.b.y - q.b.y || p.b.x - q.b.x);
    for (const { b, g } of focusable) {
      boxes.appendChild(g); // the document order is the tab order; boxes never overlap, so drawing order does not matter
      g.setAttribute('tabindex', '0');
      g.setAttribute('aria-label', b.kind === 'program' ? `${t.program}: ${b.label}` : b.label);
      g.setAttribute('aria-describedby', 'tip');
      if (b.kind === 'program') {
        g.setAttribute('role', 'button');
        const fire = () =>
          this.dispatchEvent(new CustomEvent('program-click', { detail: { programId: b.programId, name: b.label, ministry: b.ministry }, bubbles: true, composed: true }));
        g.addEventListener('click', fire);
        g.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            fire();
          }
        });
      } else g.setAttribute('role', 'img');
      const lit = edgesOf.get(b.id) ?? [];
      this.#interactive(g, () => this.#evidenceTip(b, null), lit);
    }
    this.#scroll.appendChild(root);
    this.#fillTable(scene.table);
  }

  /** The text alternative: the same content as a table (visually hidden, read by screen readers). */
  #fillTable(table) {
    html('caption', table.caption, this.#table);
    const head = html('tr', null, html('thead', null, this.#table));
    for (const h of table.header) html('th', h, head).setAttribute('scope', 'col');
    const body = html('tbody', null, this.#table);
    for (const row of table.rows) {
      const tr = html('tr', null, body);
      for (const cell of row) html('td', cell, tr);
    }
  }

  #interactive(el, content, lit) {
    this.#focusables.push(el);
    const show = () => {
      for (const l of lit) l.classList.add('active');
      this.#showTip(el, content());
    };
    const hide = () => {
      for (const l of lit) l.classList.remove('active');
      this.#hideTip();
    };
    el.addEventListener('pointerenter', show);
    el.addEventListener('pointerleave', () => {
      if (this.#root.activeElement !== el) hide();
    });
    el.addEventListener('focus', show);
    el.addEventListener('blur', hide);
    el.addEventListener('keydown', (e) => {
      const i = this.#focusables.indexOf(el);
      if (e.key === 'Escape') hide();
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') this.#focusables[Math.min(i + 1, this.#focusables.length - 1)].focus();
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') this.#focusables[Math.max(i - 1, 0)].focus();
      else return;
      e.preventDefault();
    });
  }

  /** A box's hover: its label, and for each transfer the seed, stage, fiscal years, what was inferred and verbatim quotes. */
  #evidenceTip(box, edge) {
    const box_ = document.createDocumentFragment();
    html('h3', box.label, box_);
    if (edge?.reason) html('p', edge.reason, box_);
    for (const x of box.evidence ?? []) {
      html('p', `${x.seed} · ${x.stage}${x.years ? ` · ${x.years}` : ''}`, box_);
      if (x.inferred) html('p', x.inferred, box_);
      for (const q of x.quotes) {
        const quote = html('blockquote', null, box_);
        html('span', `「${q.quote}」 `, quote);
        html('cite', `— ${q.source}`, quote);
      }
    }
    return box_;
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
