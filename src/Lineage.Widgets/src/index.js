// Entry of /widgets/lineage.js: a classic script (not a module) so a page on any origin can load it
// with a plain <script src>, without CORS on the script itself.
import { LineageGraph } from './lineage-graph.js';

if (!customElements.get('lineage-graph')) customElements.define('lineage-graph', LineageGraph);
