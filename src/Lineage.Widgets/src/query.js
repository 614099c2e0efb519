// The widget's GraphQL: one `lineage` query, paged until every path is in (up to MAX_PATHS).
import { MINISTRIES, STAGES } from './layout.js';

export const MAX_PATHS = 500;
const PAGE = 100;
const ID = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

/** "MEXT, program:jst-a" → a ProgramSelector; throws with a message naming the bad token. */
export function parseSelector(value, name) {
  const selector = { ministries: [], agencies: [], programs: [], regions: [] };
  const tokens = (value ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0);
  for (const token of tokens) {
    if (MINISTRIES.includes(token.toUpperCase()) && !token.includes(':')) selector.ministries.push(token.toUpperCase());
    else if (ID.test(token) && token.startsWith('program:')) selector.programs.push(token);
    else if (ID.test(token) && token.startsWith('agency:')) selector.agencies.push(token);
    else if (ID.test(token) && token.startsWith('region:')) selector.regions.push(token);
    else throw new Error(`${name}: '${token}' is neither a ministry code (${MINISTRIES.join(', ')}) nor a program:, agency: or region: id.`);
  }
  return { selector, tokens };
}

function parseInt10(value, name, min, max) {
  if (value == null || value === '') return null;
  if (!/^\d+$/.test(value.trim())) throw new Error(`${name} must be a whole number (got '${value}').`);
  const n = Number(value);
  if (n < min || n > max) throw new Error(`${name} must be between ${min} and ${max} (got ${n}).`);
  return n;
}

/** Reads the element's attributes into the query; throws with a message a page author can act on. */
export function readQuery(attr) {
  const from = parseSelector(attr('from'), 'from');
  const to = parseSelector(attr('to'), 'to');
  let minStage = attr('min-stage');
  if (minStage) {
    minStage = minStage.trim().toUpperCase().replace(/-/g, '_');
    if (!STAGES.includes(minStage)) throw new Error(`min-stage must be one of ${STAGES.join(', ')}.`);
  } else minStage = null;
  const maxHops = parseInt10(attr('max-hops'), 'max-hops', 1, 8) ?? 4;
  const fiscalYearFrom = parseInt10(attr('fiscal-year-from'), 'fiscal-year-from', 1980, 2035);
  const fiscalYearTo = parseInt10(attr('fiscal-year-to'), 'fiscal-year-to', 1980, 2035);
  if (fiscalYearFrom != null && fiscalYearTo != null && fiscalYearFrom > fiscalYearTo)
    throw new Error(`fiscal-year-from (${fiscalYearFrom}) is after fiscal-year-to (${fiscalYearTo}).`);
  return { from: from.tokens, to: to.tokens, fromSelector: from.selector, toSelector: to.selector, minStage, maxHops, fiscalYearFrom, fiscalYearTo };
}

const LINEAGE = `query LineageWidget($from: ProgramSelector, $to: ProgramSelector, $minStage: Stage, $maxHops: Int, $fiscalYearFrom: Int, $fiscalYearTo: Int, $first: Int, $after: String, $lang: Lang) {
  lineage(from: $from, to: $to, minStage: $minStage, maxHops: $maxHops, fiscalYearFrom: $fiscalYearFrom, fiscalYearTo: $fiscalYearTo, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      key
      project { name(lang: $lang) }
      steps {
        id stage fromFiscalYear toFiscalYear count
        from { id name(lang: $lang) ministry { code } }
        to { id name(lang: $lang) ministry { code } }
        evidence { quote source { id title(lang: $lang) } }
      }
    }
  }
}`;

/** Every path (up to MAX_PATHS) and the total; throws an Error whose message is shown to the reader. */
export async function fetchLineage(endpoint, q, lang, signal) {
  const paths = [];
  let after = null;
  let total = 0;
  do {
    const variables = {
      from: q.fromSelector, to: q.toSelector, minStage: q.minStage, maxHops: q.maxHops,
      fiscalYearFrom: q.fiscalYearFrom, fiscalYearTo: q.fiscalYearTo,
      first: Math.min(PAGE, MAX_PATHS - paths.length), after, lang: lang === 'en' ? 'EN' : 'JA',
    };
    const body = await post(endpoint, LINEAGE, variables, signal);
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join(' '));
    const page = body.data.lineage;
    total = page.totalCount;
    paths.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && paths.length < MAX_PATHS);
  return { paths, total };
}

const FLOWS = `query LineageWidgetFlows($from: ProgramSelector, $to: ProgramSelector, $minStage: Stage, $fiscalYearFrom: Int, $fiscalYearTo: Int, $lang: Lang) {
  flows(groupBy: PROGRAM, from: $from, to: $to, minStage: $minStage, fiscalYearFrom: $fiscalYearFrom, fiscalYearTo: $fiscalYearTo) {
    sourceId targetId seedCount
    source { ... on Program { id name(lang: $lang) ministry { code } } }
    target { ... on Program { id name(lang: $lang) ministry { code } } }
    transfers {
      id stage fromFiscalYear toFiscalYear count
      project { name(lang: $lang) }
      evidence { quote source { id title(lang: $lang) } }
    }
  }
}`;

/** The `flows` query (groupBy PROGRAM): one row per pair of programs with its seed count; null when the server has no `flows`. */
export async function fetchFlows(endpoint, q, lang, signal) {
  const variables = {
    from: q.fromSelector, to: q.toSelector, minStage: q.minStage,
    fiscalYearFrom: q.fiscalYearFrom, fiscalYearTo: q.fiscalYearTo, lang: lang === 'en' ? 'EN' : 'JA',
  };
  const body = await post(endpoint, FLOWS, variables, signal);
  if (body?.errors?.some((e) => /field ['"]?flows['"]?/i.test(e.message))) return null;
  if (body?.errors?.length) throw new Error(body.errors.map((e) => e.message).join(' '));
  return body.data.flows;
}

async function post(endpoint, query, variables, signal) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Error(`${endpoint} cannot be reached (${e.message}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${endpoint} answered ${response.status} without a GraphQL response.`);
  }
  if (!body?.errors?.length && (!response.ok || !body?.data)) throw new Error(`${endpoint} answered ${response.status}.`);
  return body;
}
