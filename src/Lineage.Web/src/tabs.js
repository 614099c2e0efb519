// The tabs a new visitor's IDE opens with: one per file in ./tabs, in file-name order.
// `NAME.graphql` holds the query; an optional `NAME.variables.json` its variables.
// The first tab is the headline question of DESIGN.md §3, word for word.
const queries = import.meta.glob('./tabs/*.graphql', { query: '?raw', import: 'default', eager: true });
const variables = import.meta.glob('./tabs/*.variables.json', { query: '?raw', import: 'default', eager: true });

export const defaultTabs = Object.keys(queries)
  .sort()
  .map((file) => {
    const tab = { query: queries[file] };
    const vars = variables[file.replace(/\.graphql$/, '.variables.json')];
    if (vars) tab.variables = vars;
    return tab;
  });
