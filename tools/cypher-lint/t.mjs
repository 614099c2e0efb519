import { lintCypherQuery } from '@neo4j-cypher/language-support';
const q = process.argv[2];
const r = lintCypherQuery(q, { parameters: { a: 1, m: {x: [1]} }, labels: ['Program'], relationshipTypes: ['T'], defaultLanguage: process.argv[3] || 'CYPHER 5' });
console.log(JSON.stringify(r.diagnostics, null, 1));
