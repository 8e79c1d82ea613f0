// The RDF of a JSON-LD file as N-Quads, by jsonld.js (a real JSON-LD processor): what a
// store without a JSON-LD parser of its own (Virtuoso 7's bulk loader) is given.
//   node jsonld_to_nquads.mjs GRAPH.jsonld OUT.nq
import { readFileSync, writeFileSync } from 'node:fs';
import jsonld from 'jsonld';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node jsonld_to_nquads.mjs GRAPH.jsonld OUT.nq');
  process.exit(2);
}
const documentLoader = (url) => { throw new Error(`unexpected remote document ${url}`); };
const doc = JSON.parse(readFileSync(input, 'utf8'));
writeFileSync(output, await jsonld.toRDF(doc, { format: 'application/n-quads', safe: true, documentLoader }));
