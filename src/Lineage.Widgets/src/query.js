// The component asks the server for the laid-out scene (/widgets/lineage.json): the server parses and checks
// the parameters (a bad one is a 400 naming it, shown to the reader) and lays the picture out at this width.
const PARAMETERS = [
  ['from', 'from'],
  ['to', 'to'],
  ['min-stage', 'minStage'],
  ['max-hops', 'maxHops'],
  ['fiscal-year-from', 'fiscalYearFrom'],
  ['fiscal-year-to', 'fiscalYearTo'],
  ['mode', 'mode'],
];

/** The scene's address for these attributes, width and theme. `base` is where /widgets/lineage.json lives. */
export function sceneUrl(base, attr, lang, theme, width) {
  const url = new URL('widgets/lineage.json', base);
  for (const [attribute, parameter] of PARAMETERS) {
    const value = attr(attribute);
    if (value != null && value.trim() !== '') url.searchParams.set(parameter, value.trim());
  }
  url.searchParams.set('lang', lang);
  url.searchParams.set('theme', theme);
  url.searchParams.set('width', String(width));
  return url.href;
}

/** The scene, or an Error whose message is the server's own (a 400 names the bad parameter). */
export async function fetchScene(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Error(`${new URL(url).origin} cannot be reached (${e.message}).`);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new Error(text || `${new URL(url).origin} answered ${response.status}.`);
  }
  return response.json();
}
