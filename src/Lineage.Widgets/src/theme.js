// The component's stylesheet. The picture's own colours come with the scene (Lineage.Rendering's themes,
// which meet WCAG AA); these are only for what the component adds: status lines, focus ring, tooltip.
export const FONT_FAMILY =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Source Han Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', 'Meiryo', 'IPAexGothic', 'Noto Sans', 'Segoe UI', system-ui, sans-serif";

export const CSS = `
:host {
  --lineage-bg: #ffffff; --lineage-fg: #1b1f24; --lineage-muted: #57606a; --lineage-node: #ffffff;
  --lineage-link: #8c959f; --lineage-label-bg: #ffffff; --lineage-focus: #0969da; --lineage-tip-bg: #ffffff;
  --lineage-error: #b42318;
  display: block; position: relative; color: var(--lineage-fg); background: var(--lineage-bg);
  font-family: ${FONT_FAMILY}; font-size: 13px; line-height: 1.4; border-radius: 6px;
}
:host([theme="dark"]) {
  --lineage-bg: #111418; --lineage-fg: #e6edf3; --lineage-muted: #9ba5b0; --lineage-node: #1d232b;
  --lineage-link: #6e7781; --lineage-label-bg: #111418; --lineage-focus: #58a6ff; --lineage-tip-bg: #1d232b;
  --lineage-error: #ff7b72;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
    --lineage-bg: #111418; --lineage-fg: #e6edf3; --lineage-muted: #9ba5b0; --lineage-node: #1d232b;
    --lineage-link: #6e7781; --lineage-label-bg: #111418; --lineage-focus: #58a6ff; --lineage-tip-bg: #1d232b;
    --lineage-error: #ff7b72;
  }
}
:host([hidden]) { display: none; }
.scroll { overflow: auto; max-width: 100%; }
svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
.status { margin: 0; padding: 16px; color: var(--lineage-muted); }
.status:empty { display: none; }
.status.error { color: var(--lineage-error); }
.status.note { padding: 4px 16px 8px; font-size: 12px; }
.box[tabindex] { cursor: pointer; outline: none; }
.box.program:hover .frame, .box:focus-visible .frame { stroke-width: 3; }
.focus-ring { fill: none; stroke: none; }
.box:focus-visible .focus-ring { stroke: var(--lineage-focus); stroke-width: 2; stroke-dasharray: 4 2; }
.edge.active path { stroke: var(--lineage-focus); }
.tip {
  position: absolute; z-index: 10; max-width: min(420px, 90%); padding: 8px 10px; border-radius: 6px;
  background: var(--lineage-tip-bg); color: var(--lineage-fg); border: 1px solid var(--lineage-link);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); font-size: 12px; pointer-events: none;
}
.tip[hidden] { display: none; }
.tip h3 { margin: 0 0 4px; font-size: 13px; }
.tip p { margin: 2px 0; }
.tip blockquote { margin: 2px 0 6px; padding-left: 8px; border-left: 3px solid var(--lineage-link); }
.tip cite { color: var(--lineage-muted); font-style: normal; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  /* Paper is white whatever the screen's theme: these selectors are as specific as the dark ones, and later. */
  :host([theme="light"]), :host(:not([theme="light"])) { --lineage-bg: #ffffff; --lineage-fg: #000000; --lineage-muted: #333333; --lineage-node: #ffffff;
    --lineage-link: #555555; --lineage-label-bg: #ffffff; print-color-adjust: exact; -webkit-print-color-adjust: exact;
    break-inside: avoid; }
  .scroll { overflow: visible; height: auto !important; }
  svg { width: 100% !important; height: auto !important; }
  .tip { display: none !important; }
  .focus-ring { stroke: none !important; }
}
`;
