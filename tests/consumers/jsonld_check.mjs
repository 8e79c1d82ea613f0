// A real JSON-LD processor (jsonld.js) reads jaring's JSON-LD: it must expand in safe
// mode (no term dropped, no relative IRI) and turn into exactly the RDF triples that
// jaring's own N-Quads export holds.
//   node jsonld_check.mjs GRAPH.jsonld GRAPH.nq
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const [jsonldPath, nquadsPath] = process.argv.slice(2);
if (!jsonldPath || !nquadsPath) {
  console.error('usage: node jsonld_check.mjs GRAPH.jsonld GRAPH.nq');
  process.exit(2);
}
const doc = JSON.parse(readFileSync(jsonldPath, 'utf8'));
// No remote contexts: everything jaring writes is inline.
const documentLoader = (url) => { throw new Error(`unexpected remote document ${url}`); };

const expanded = await jsonld.expand(doc, { safe: true, documentLoader });
if (!Array.isArray(expanded) || expanded.length === 0) {
  console.error(`${jsonldPath}: expands to nothing`);
  process.exit(1);
}
const rdf = await jsonld.toRDF(doc, { format: 'application/n-quads', safe: true, documentLoader });
const lines = (text) => new Set(text.split('\n').filter((l) => l.trim() !== ''));
const fromJsonld = lines(rdf);
const fromJaring = lines(readFileSync(nquadsPath, 'utf8'));

const missing = [...fromJaring].filter((l) => !fromJsonld.has(l));
const extra = [...fromJsonld].filter((l) => !fromJaring.has(l));
const relationTriples = [...fromJsonld].filter((l) =>
  / <https:\/\/w3id\.org\/jaring\/vocab#[a-z_]+> <https:\/\/w3id\.org\/jaring\/entity\//.test(l));
console.log(`${jsonldPath}: ${expanded.length} nodes, ${fromJsonld.size} RDF triples ` +
            `(${relationTriples.length} direct relations); N-Quads export: ${fromJaring.size}`);
if (missing.length || extra.length) {
  for (const l of missing.slice(0, 10)) console.error(`only in the N-Quads export: ${l}`);
  for (const l of extra.slice(0, 10)) console.error(`only in the JSON-LD:         ${l}`);
  console.error(`${missing.length} triple(s) only in the export, ${extra.length} only in the JSON-LD`);
  process.exit(1);
}
if (relationTriples.length === 0) {
  console.error('no direct relation triples: the graph is empty');
  process.exit(1);
}
