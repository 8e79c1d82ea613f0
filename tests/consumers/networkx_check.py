"""NetworkX reads jaring's GraphML with every attribute, typed, and finds in it what the
JSON-LD of the same graph says.

    /usr/bin/python3 networkx_check.py GRAPH.graphml GRAPH.jsonld
"""
import json
import sys

import networkx as nx

NODE_ATTRIBUTES = {"id": str, "label": str, "name": str, "type": str, "kind": str, "qid": str,
                   "iso2": str, "iso3": str, "aliases": str}
EDGE_ATTRIBUTES = {"relation": str, "relation_label": str, "quad_class": str, "symmetric": bool,
                   "mentions": int, "asserted": int, "document_count": int, "documents": str,
                   "max_confidence": float, "mean_confidence": float, "first_date": str, "last_date": str}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def local(curie):
    """ent:Q423 -> Q423 (ids are percent-encoded in IRIs; the sample has no such ids)."""
    return curie.split(":", 1)[1]


def main(graphml, jsonld):
    g = nx.read_graphml(graphml)
    nodes = json.load(open(jsonld, encoding="utf-8"))["@graph"]
    entities = {local(n["@id"]): n for n in nodes if n["@type"].startswith("schema:")}
    statements = [n for n in nodes if n["@type"] == "rdf:Statement"]

    check(g.is_directed(), "the graph is not directed")
    check(g.number_of_nodes() == len(entities), f"{g.number_of_nodes()} nodes, {len(entities)} entities in the JSON-LD")
    check(g.number_of_edges() == len(statements),
          f"{g.number_of_edges()} edges, {len(statements)} statements in the JSON-LD")
    # An empty string is written as an empty <data> element, which NetworkX leaves out:
    # a missing string attribute reads as "".
    for node, data in g.nodes(data=True):
        for attribute, kind in NODE_ATTRIBUTES.items():
            data.setdefault(attribute, "")
            check(isinstance(data[attribute], kind), f"node {node}: {attribute} is not {kind.__name__}")
    for s, o, data in g.edges(data=True):
        for attribute, kind in EDGE_ATTRIBUTES.items():
            if kind is str:
                data.setdefault(attribute, "")
            check(isinstance(data.get(attribute), kind), f"edge {s}->{o}: {attribute} missing or not {kind.__name__}")
    check(all(data["name"] for _, data in g.nodes(data=True)), "a node without a name")
    check(all(data["relation"] for _, _, data in g.edges(data=True)), "an edge without a relation")
    if failures:
        return

    by_id = {data["id"]: node for node, data in g.nodes(data=True)}
    check(set(by_id) == set(entities), "node ids differ from the JSON-LD's entities")
    for eid, entity in entities.items():
        data = g.nodes[by_id[eid]]
        check(data["name"] == entity["name"], f"{eid}: name {data['name']!r}, JSON-LD {entity['name']!r}")
        check(data["type"] == entity["@type"].split(":")[1], f"{eid}: type {data['type']}")
        check(data["qid"] == local(entity.get("sameAs", "wd:")), f"{eid}: qid {data['qid']!r}")
        names = {a if isinstance(a, str) else a["@value"] for a in entity.get("alternateName", [])}
        check(set(filter(None, data["aliases"].split(";"))) == names, f"{eid}: aliases {data['aliases']!r}, JSON-LD {names}")

    edges = {}
    for s, o, data in g.edges(data=True):
        edges[(g.nodes[s]["id"], data["relation"], g.nodes[o]["id"])] = data
    for st in statements:
        k = (local(st["subject"]), local(st["predicate"]), local(st["object"]))
        data = edges.get(k)
        check(data is not None, f"no edge for statement {st['@id']}")
        if data is None:
            continue
        check(data["mentions"] == st["jaring:mentionCount"], f"{st['@id']}: mentions {data['mentions']}")
        check(data["asserted"] == st["jaring:assertedCount"], f"{st['@id']}: asserted {data['asserted']}")
        check(data["document_count"] == st["jaring:documentCount"], f"{st['@id']}: documents {data['document_count']}")
        check(abs(data["max_confidence"] - float(st["jaring:maxConfidence"]["@value"])) < 1e-9,
              f"{st['@id']}: max confidence {data['max_confidence']}")
        check(abs(data["mean_confidence"] - float(st["jaring:meanConfidence"]["@value"])) < 1e-9,
              f"{st['@id']}: mean confidence {data['mean_confidence']}")
        check(data["first_date"] == st.get("jaring:firstDate", {}).get("@value", ""), f"{st['@id']}: first date")
        documents = {e["jaring:document"] for e in st["jaring:evidence"]}
        check(set(data["documents"].split(";")) == documents, f"{st['@id']}: documents {data['documents']!r}")
    print(f"{graphml}: NetworkX {nx.__version__} reads {g.number_of_nodes()} nodes and {g.number_of_edges()} edges "
          f"with {len(NODE_ATTRIBUTES)} node and {len(EDGE_ATTRIBUTES)} edge attributes, as in the JSON-LD")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: networkx_check.py GRAPH.graphml GRAPH.jsonld")
    main(sys.argv[1], sys.argv[2])
    for f in failures[:20]:
        print(f"FAIL: {f}", file=sys.stderr)
    sys.exit(1 if failures else 0)
