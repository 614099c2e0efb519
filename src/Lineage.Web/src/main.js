// The Lineage GraphQL IDE: GraphiQL 5 with the explorer plugin, opened on tabs of example questions.
// Monaco's workers must be registered before GraphiQL loads (Vite needs them known at build time).
import 'graphiql/setup-workers/vite';
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { defaultTabs } from './tabs.js';

// The IDE is served at the GraphQL endpoint itself (GET /graphql with Accept: text/html), so the
// page's own address, without its query string, is the endpoint — also behind a reverse proxy.
const endpoint = new URL(window.location.pathname, window.location.origin).href;

const fetcher = createGraphiQLFetcher({ url: endpoint });

// Passing plugins replaces GraphiQL's default list: keep History beside the Explorer.
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

createRoot(document.getElementById('ide')).render(
  h(StrictMode, null,
    h(GraphiQL, {
      fetcher,
      plugins,
      // A new visitor gets the example tabs; GraphiQL then keeps the visitor's own tabs in localStorage.
      defaultTabs,
      defaultEditorToolsVisibility: true,
    })),
);
