#!/usr/bin/env node
// Validates every Cypher statement the Neo4j store runs with Neo4j's own Cypher front end
// (@neo4j-cypher/language-support: the parser plus the semantic analysis Neo4j runs before planning).
//
//   node tools/cypher-lint/lint.mjs cypher            (from the repository root; files or folders)
//
// Each statement file declares its parameters in its header, one per line:
//   // @param name TYPE description        TYPE: STRING, INTEGER, BOOLEAN, MAP, LIST<…>; a trailing ? means nullable
// Declared parameters are given to the linter (otherwise every $parameter is an error); a parameter used but not
// declared, or declared but not used, is a problem. Labels, relationship types and property keys outside
// graph-schema.json are warnings, and warnings fail the lint too: here they are misspellings.
// Output: one line per problem as file:line:column: severity: message, then a summary. Exit code 1 on any problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const graph = JSON.parse(readFileSync(join(here, 'graph-schema.json'), 'utf8'));
// Neo4j 5 (the neo4j:5 image) is what the store targets; Aura and Neo4j 2025+ may default to Cypher 25, so every
// statement must be valid in both.
const cypherVersions = (process.env.CYPHER_LINT_VERSIONS ?? 'CYPHER 5,CYPHER 25').split(',').map((v) => v.trim());

function cypherFiles(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return cypherFiles(full);
    return name.endsWith('.cypher') ? [full] : [];
  });
}

// A sample value of the declared type: the linter only needs to know the parameter exists.
function sample(type) {
  const t = type.replace(/\?$/, '').toUpperCase();
  if (t.startsWith('LIST')) return [];
  if (t === 'MAP') return {};
  if (t === 'INTEGER') return 1;
  if (t === 'FLOAT') return 1.5;
  if (t === 'BOOLEAN') return true;
  return 'x';
}

function declaredParameters(text) {
  const params = new Map();
  text.split('\n').forEach((line, index) => {
    const m = /^\s*\/\/\s*@param\s+\$?([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)/.exec(line);
    if (m) params.set(m[1], { type: m[2], line: index });
  });
  return params;
}

function withoutComments(text) {
  // Line comments only: the statements use no block comments, and '//' never occurs inside their string literals.
  return text.split('\n').map((line) => line.replace(/\/\/.*$/, '')).join('\n');
}

function statementCount(text) {
  return withoutComments(text).split(';').filter((s) => s.trim().length > 0).length;
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node lint.mjs <file-or-folder>...');
  process.exit(2);
}

let problems = 0;
let statements = 0;
const files = args.flatMap((a) => cypherFiles(resolve(a)));
for (const file of files) {
  const name = relative(process.cwd(), file);
  const text = readFileSync(file, 'utf8');
  const params = declaredParameters(text);
  const report = (line, column, severity, message) => {
    problems++;
    console.log(`${name}:${line + 1}:${column + 1}: ${severity}: ${message}`);
  };

  for (const version of cypherVersions) {
    const dbSchema = {
      labels: graph.labels,
      relationshipTypes: graph.relationshipTypes,
      propertyKeys: [...graph.propertyKeys, ...graph.rowKeys],
      parameters: Object.fromEntries([...params].map(([p, d]) => [p, sample(d.type)])),
      defaultLanguage: version,
    };
    const { diagnostics } = lintCypherQuery(text, dbSchema);
    for (const d of diagnostics) {
      const severity = d.severity === 1 ? 'error' : 'warning';
      report(d.range.start.line, d.range.start.character, `${severity} (${version})`, d.message.replace(/\s+/g, ' '));
    }
  }

  const code = withoutComments(text);
  for (const [p, d] of params) {
    if (!new RegExp(`\\$${p}\\b`).test(code)) report(d.line, 0, 'error', `parameter $${p} is declared but never used`);
  }
  statements += statementCount(text);
}

console.log(`cypher-lint (${cypherVersions.join(', ')}): ${files.length} files, ${statements} statements, ${problems} problem(s)`);
process.exit(problems === 0 && files.length > 0 ? 0 : 1);
