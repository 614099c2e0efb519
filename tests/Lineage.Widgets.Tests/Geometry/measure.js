// Runs in Chromium on a drawn picture (the SVG document, or the component's SVG in its shadow root) and
// returns what the browser itself laid out: every box, every line of text with its measured box, every
// edge sampled every 3 px. The C# side checks the geometry; nothing here decides pass or fail.
(svg) => {
  const rect = (el) => { const b = el.getBBox(); return [b.x, b.y, b.width, b.height]; };
  const boxes = [...svg.querySelectorAll('g.box')].map((g) => {
    const frame = g.querySelector('rect.frame');
    return {
      id: g.id, kind: g.dataset.kind, programId: g.dataset.programId ?? null, r: rect(frame),
      fill: frame.getAttribute('fill'), accent: g.querySelector('rect.accent')?.getAttribute('fill') ?? null,
    };
  });
  const texts = [...svg.querySelectorAll('text')].map((t) => ({ box: t.dataset.box ?? null, text: t.textContent, r: rect(t), fill: t.getAttribute('fill') }));
  const edges = [...svg.querySelectorAll('g.edge path')].map((p) => {
    const length = p.getTotalLength();
    const points = [];
    for (let d = 0; d <= length; d += 3) {
      const q = p.getPointAtLength(d);
      points.push([q.x, q.y]);
    }
    return { from: p.parentNode.dataset.from, to: p.parentNode.dataset.to, stroke: p.getAttribute('stroke'), points };
  });
  const vb = svg.viewBox.baseVal;
  return {
    width: vb.width, height: vb.height, drawnWidth: svg.getBoundingClientRect().width,
    background: svg.querySelector('rect.background').getAttribute('fill'),
    title: svg.querySelector('title')?.textContent ?? '', boxes, texts, edges,
  };
}
