// Asks a SPARQL store the questions users ask of jaring's graph, and checks the answers
// against what the JSON-LD file itself says.
//
//   node sparql_check.mjs GRAPH.jsonld [--nquads GRAPH.nq] [--acceptance]
//        Oxigraph (npm oxigraph, in-process). Oxigraph 0.5 parses JSON-LD itself, so the
//        file is loaded as it is (format application/ld+json, no conversion); with
//        --nquads its triples must be exactly those of jaring's N-Quads export.
//   node sparql_check.mjs GRAPH.jsonld --endpoint URL --graph IRI [--nquads GRAPH.nq] [--acceptance]
//        A SPARQL endpoint (Virtuoso) that holds the graph in the named graph IRI; with
//        --nquads it must hold as many triples as that file has lines.
//
// Questions, in queries/*.rq: "who supports Russia" and "every relation of North Korea
// with its evidence sentence". The answers must equal those read off the JSON-LD; the
// same two questions are also asked about the graph's busiest entity and its most
// stated relation, so that a graph without North Korea is checked too. --acceptance (the
// dev corpus) also requires North Korea among Russia's supporters, and every evidence
// sentence about North Korea to be the very bytes of its source document.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import oxigraph from 'oxigraph';

const ENT = 'https://w3id.org/jaring/entity/';
const VOCAB = 'https://w3id.org/jaring/vocab#';
const STMT = 'https://w3id.org/jaring/statement/';
const RUSSIA = `${ENT}Q159`;
const NORTH_KOREA = `${ENT}Q423`;
const here = dirname(fileURLToPath(import.meta.url));

function usage() {
  console.error('usage: node sparql_check.mjs GRAPH.jsonld [--nquads GRAPH.nq] [--endpoint URL --graph IRI] [--acceptance]');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { acceptance: false };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--acceptance') args.acceptance = true;
    else if (a === '--nquads' || a === '--endpoint' || a === '--graph') {
      if (i + 1 >= argv.length) usage();
      args[a.slice(2)] = argv[++i];
    } else if (!args.jsonld) args.jsonld = a;
    else usage();
  }
  if (!args.jsonld || (args.endpoint && !args.graph)) usage();
  return args;
}

// The CURIEs jaring writes, as full IRIs (the prefixes of its @context).
function expand(curie) {
  for (const [prefix, iri] of [['ent:', ENT], ['stmt:', STMT], ['jaring:', VOCAB]])
    if (curie.startsWith(prefix)) return iri + curie.slice(prefix.length);
  return curie;
}

// ---- what the JSON-LD says ---------------------------------------------------------------

function supportersIn(nodes, relation, target) {
  return nodes
    .filter((n) => n['@type'].startsWith('schema:') && (n[relation] || []).some((o) => expand(o) === target))
    .map((n) => ({ x: expand(n['@id']), name: n.name }));
}

function relationsIn(nodes, entity) {
  const rows = [];
  for (const s of nodes.filter((n) => n['@type'] === 'rdf:Statement')) {
    const subject = expand(s.subject), object = expand(s.object);
    if (subject !== entity && object !== entity) continue;
    for (const e of s['jaring:evidence'])
      rows.push({
        statement: expand(s['@id']), relation: expand(s.predicate), other: subject === entity ? object : subject,
        text: e['jaring:text'], document: e['jaring:document'], start: String(e['jaring:spanStart']),
        end: String(e['jaring:spanEnd']), negated: String(e['jaring:negated']),
      });
  }
  return rows;
}

// The entity in most statements, and the (relation, object) asserted by most subjects.
function busiest(nodes) {
  const count = new Map();
  const bump = (key) => count.set(key, (count.get(key) || 0) + 1);
  for (const s of nodes.filter((n) => n['@type'] === 'rdf:Statement')) {
    bump(`entity ${expand(s.subject)}`);
    bump(`entity ${expand(s.object)}`);
  }
  for (const n of nodes.filter((n) => n['@type'].startsWith('schema:')))
    for (const [key, value] of Object.entries(n))
      if (!key.includes(':') && Array.isArray(value) && key !== 'alternateName')
        for (const o of value) bump(`pair ${key} ${expand(o)}`);
  const top = (kind) =>
    [...count.entries()].filter(([k]) => k.startsWith(kind)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const entity = top('entity ');
  const pair = top('pair ');
  if (!entity || !pair) return null;
  const [, relation, object] = pair[0].split(' ');
  return { entity: entity[0].slice('entity '.length), relation, object };
}

// ---- the store -------------------------------------------------------------------------

function oxigraphStore(args) {
  const store = new oxigraph.Store();
  store.load(readFileSync(args.jsonld, 'utf8'), { format: 'application/ld+json' });
  console.log(`oxigraph loaded ${args.jsonld}: ${store.size} triples`);
  if (args.nquads) {
    const exported = new oxigraph.Store();
    exported.load(readFileSync(args.nquads, 'utf8'), { format: 'application/n-quads' });
    const missing = exported.match().filter((q) => !store.has(q));
    if (exported.size !== store.size || missing.length) {
      for (const q of missing.slice(0, 5)) console.error(`in the N-Quads export, not in Oxigraph's JSON-LD: ${q}`);
      fail(`Oxigraph reads ${store.size} triples from the JSON-LD, the N-Quads export has ${exported.size}`);
    }
  }
  return {
    name: 'oxigraph',
    query: async (text) =>
      store.query(text).map((binding) => Object.fromEntries([...binding.entries()].map(([k, t]) => [k, t.value]))),
  };
}

function endpointStore(args) {
  return {
    name: args.endpoint,
    query: async (text) => {
      const body = new URLSearchParams({ query: text, 'default-graph-uri': args.graph });
      const response = await fetch(args.endpoint, {
        method: 'POST', body, headers: { Accept: 'application/sparql-results+json' },
      });
      if (!response.ok) fail(`${args.endpoint}: HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`);
      const json = await response.json();
      return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, t]) => [k, t.value])));
    },
  };
}

// ---- checking --------------------------------------------------------------------------

let failures = 0;
function fail(message) {
  console.error(`FAIL: ${message}`);
  ++failures;
}

// Stores print xsd:boolean as true/false or 1/0.
function normalized(row) {
  const out = { ...row };
  if ('negated' in out) out.negated = out.negated === '1' || out.negated === 'true' ? 'true' : 'false';
  return out;
}

function key(row) {
  return JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]]));
}

function compare(what, got, want) {
  const g = new Set(got.map((r) => key(normalized(r))));
  const w = new Set(want.map((r) => key(normalized(r))));
  const missing = [...w].filter((k) => !g.has(k));
  const extra = [...g].filter((k) => !w.has(k));
  for (const k of missing.slice(0, 5)) console.error(`  expected, not answered: ${k}`);
  for (const k of extra.slice(0, 5)) console.error(`  answered, not expected: ${k}`);
  if (missing.length || extra.length) fail(`${what}: ${missing.length} row(s) missing, ${extra.length} unexpected`);
  else console.log(`${what}: ${g.size} row(s), as in the JSON-LD`);
}

function query(file, { relation = 'supports', target = RUSSIA, entity = NORTH_KOREA } = {}) {
  return readFileSync(join(here, 'queries', file), 'utf8')
    .replaceAll('jaring:supports', `<${VOCAB}${relation}>`)
    .replaceAll(`<${RUSSIA}>`, `<${target}>`)
    .replaceAll(`<${NORTH_KOREA}>`, `<${entity}>`);
}

// Every evidence sentence is the bytes [start, end) of its document, where that is here.
function checkSources(rows) {
  let checked = 0;
  for (const r of rows) {
    if (!existsSync(r.document)) continue;
    const bytes = readFileSync(r.document).subarray(Number(r.start), Number(r.end)).toString('utf8');
    if (bytes !== r.text) fail(`${r.document} bytes ${r.start}-${r.end} are not the evidence sentence "${r.text}"`);
    ++checked;
  }
  return checked;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const nodes = JSON.parse(readFileSync(args.jsonld, 'utf8'))['@graph'];
  const store = args.endpoint ? endpointStore(args) : oxigraphStore(args);
  if (args.endpoint && args.nquads) {
    const want = new Set(readFileSync(args.nquads, 'utf8').split('\n').filter((l) => l.trim() !== '')).size;
    const got = Number((await store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'))[0].n);
    if (got !== want) fail(`${store.name}: ${got} triples in ${args.graph}, the N-Quads have ${want}`);
    else console.log(`${store.name}: ${got} triples in ${args.graph}, as in the N-Quads`);
  }

  const supporters = await store.query(query('supporters_of_russia.rq'));
  compare(`${store.name}: who supports Russia`, supporters, supportersIn(nodes, 'supports', RUSSIA));
  const relations = await store.query(query('relations_of_north_korea.rq'));
  compare(`${store.name}: relations of North Korea`, relations, relationsIn(nodes, NORTH_KOREA));

  const top = busiest(nodes);
  if (!top) fail(`${args.jsonld}: no relations`);
  else {
    const who = await store.query(query('supporters_of_russia.rq', { relation: top.relation, target: top.object }));
    compare(`${store.name}: who ${top.relation} ${top.object}`, who, supportersIn(nodes, top.relation, top.object));
    const rel = await store.query(query('relations_of_north_korea.rq', { entity: top.entity }));
    compare(`${store.name}: relations of ${top.entity}`, rel, relationsIn(nodes, top.entity));
    if (who.length === 0 || rel.length === 0) fail(`${store.name}: no answer about the busiest entity`);
  }

  if (args.acceptance) {
    if (!supporters.some((r) => r.x === NORTH_KOREA)) fail(`${store.name}: North Korea is not among Russia's supporters`);
    else console.log(`${store.name}: North Korea supports Russia`);
    const checked = checkSources(relations);
    if (relations.length === 0 || checked === 0) fail(`${store.name}: no evidence sentence about North Korea to check`);
    else console.log(`${store.name}: ${checked} evidence sentence(s) about North Korea are their source's bytes`);
  }
  if (failures) process.exit(1);
}

await main();
