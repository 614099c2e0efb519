#!/usr/bin/env node
// GraphQL-over-HTTP conformance of a running Lineage server, by graphql-http's own server audits.
//
//   node audit.mjs [url] [--markdown FILE]
//
// url defaults to http://127.0.0.1:5000/graphql. Prints every audit's result and a summary per
// requirement level; --markdown also writes the results as a Markdown report (docs/graphql-http-audit.md).
// Exit codes: 0 every MUST audit passes; 1 a MUST audit fails; 2 usage error or the server cannot be reached.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { auditServer } from 'graphql-http';

const args = process.argv.slice(2);
let url = 'http://127.0.0.1:5000/graphql';
let markdown;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--markdown') markdown = args[++i];
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('usage: node audit.mjs [url] [--markdown FILE]');
    process.exit(0);
  } else if (args[i].startsWith('-')) {
    console.error(`Unknown option ${args[i]}; usage: node audit.mjs [url] [--markdown FILE]`);
    process.exit(2);
  } else url = args[i];
}
if (args.includes('--markdown') && !markdown) {
  console.error('--markdown needs a file name');
  process.exit(2);
}

try {
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
} catch (e) {
  console.error(`Cannot reach ${url}: ${e.cause?.message ?? e.message}`);
  process.exit(2);
}

const version = createRequire(import.meta.url)('graphql-http/package.json').version;
const results = await auditServer({ url });

// graphql-http reports a failed MUST as 'error', a failed SHOULD as 'warn' and a failed MAY as 'notice'.
const levels = ['MUST', 'SHOULD', 'MAY'];
const levelOf = (result) => result.name.split(' ', 1)[0];
const summary = Object.fromEntries(levels.map((level) => [level, { passed: 0, failed: 0 }]));
const reasons = new Map();

console.log(`graphql-http ${version} server audits against ${url}\n`);
for (const result of results) {
  const counts = summary[levelOf(result)];
  if (result.status === 'ok') {
    counts.passed++;
    console.log(`  ok    ${result.id}  ${result.name}`);
  } else {
    counts.failed++;
    const reason = await describe(result);
    reasons.set(result.id, reason);
    const mark = result.status === 'error' ? 'FAIL ' : result.status === 'warn' ? 'warn ' : 'note ';
    console.log(`  ${mark} ${result.id}  ${result.name}\n          ${reason}`);
  }
}

const line = levels.map((level) => `${level} ${summary[level].passed}/${summary[level].passed + summary[level].failed} passed`).join(', ');
console.log(`\nSummary: ${line}.`);
const mustFailed = summary.MUST.failed;
console.log(mustFailed === 0 ? 'Every MUST audit passes.' : `${mustFailed} MUST audit(s) fail: the server does not conform.`);

if (markdown) {
  await writeFile(markdown, render(), 'utf8');
  console.log(`Wrote ${markdown}`);
}
process.exit(mustFailed === 0 ? 0 : 1);

async function describe(result) {
  let body = '';
  try {
    body = (await result.response.text()).replace(/\s+/g, ' ').trim();
  } catch {
    // the body was already read by the audit
  }
  const status = result.response ? ` (HTTP ${result.response.status}${body ? `: ${body.slice(0, 160)}` : ''})` : '';
  return `${result.reason}${status}`;
}

function render() {
  const table = (level) => {
    const audits = results.filter((r) => levelOf(r) === level);
    const failing = audits.some((r) => r.status !== 'ok');
    const head = failing ? '| result | id | audit | why it fails |\n|---|---|---|---|' : '| result | id | audit |\n|---|---|---|';
    const rows = audits.map((r) => {
      const cells = [r.status === 'ok' ? 'pass' : 'fail', `\`${r.id}\``, escape(r.name.slice(level.length + 1))];
      if (failing) cells.push(r.status === 'ok' ? '' : escape(reasons.get(r.id)));
      return `| ${cells.join(' | ')} |`;
    });
    return [head, ...rows].join('\n');
  };
  return `# GraphQL-over-HTTP audit

The server's \`/graphql\` endpoint checked by the server audits of [graphql-http](https://github.com/graphql/graphql-http)
${version} (\`auditServer\`), which follow the [GraphQL over HTTP](https://graphql.github.io/graphql-over-http/draft/) spec.
CI runs them on every build (\`tests/Lineage.Browser.Tests\`, \`GraphQLHttpAuditTests\`) and fails when a MUST audit fails.

**Summary:** ${line}.

How the endpoint answers, in short: \`POST\` with \`Content-Type: application/json\` and \`GET\` with URL parameters
(queries only; a mutation over GET is a 405). The response is \`application/graphql-response+json\` when the client
asks for it, and \`application/json\` for \`application/json\`, a wildcard (\`*/*\`) or no \`Accept\` header; a request
error (parse, validation, variables) is a 400 under the former and a 200 with \`errors\` under the latter. An \`Accept\`
without either JSON type is a 406. A browser that asks \`GET /graphql\` for HTML gets the IDE instead.

Regenerate this page against a running server:

\`\`\`sh
dotnet run --project src/Lineage.Server -- --Urls=http://127.0.0.1:5000 &
cd tools/graphql-http-audit && npm ci && node audit.mjs http://127.0.0.1:5000/graphql --markdown ../../docs/graphql-http-audit.md
\`\`\`

## SHOULD

${table('SHOULD')}

## MAY

${table('MAY')}

## MUST

${table('MUST')}
`;
}

function escape(text) {
  return String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
