"""Reads jaring's CSV export as `neo4j-admin database import` would, and checks it against
the GraphML export of the same graph (read by NetworkX).

neo4j-admin is not packaged by Debian, so this reader applies its documented header rules
itself: fields `name:type` (`int`, `long`, `float`, `double`, `boolean`, `string`, `date`,
... and arrays `type[]` split on `;`), the special fields `:ID`, `:LABEL`, `:START_ID`,
`:END_ID`, `:TYPE`, RFC 4180 quoting, every relationship endpoint an existing node id.

    /usr/bin/python3 neo4j_csv_check.py PREFIX GRAPH.graphml
      (reads PREFIX.nodes.csv and PREFIX.relationships.csv)
"""
import csv
import datetime
import re
import sys

import networkx as nx

SCALARS = {"int", "long", "short", "byte", "float", "double", "boolean", "string", "char", "date"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def parse_header(fields, path):
    """[(name, kind, type, is_array)] where kind is '' or the special field (ID, LABEL, ...)."""
    out = []
    for field in fields:
        m = re.fullmatch(r"([^:]*)(?::([A-Za-z_]+)(\[\])?)?", field)
        if not m:
            failures.append(f"{path}: header field {field!r} is not name:type")
            continue
        name, typ, array = m.group(1), m.group(2) or "string", bool(m.group(3))
        if typ in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
            out.append((name, typ, "string", False))
        else:
            check(typ in SCALARS, f"{path}: header field {field!r} has an unknown type {typ!r}")
            out.append((name, "", typ, array))
    return out


def convert(value, typ, path, line):
    if value == "":
        return None
    try:
        if typ in ("int", "long", "short", "byte"):
            return int(value)
        if typ in ("float", "double"):
            return float(value)
        if typ == "boolean":
            check(value in ("true", "false"), f"{path}:{line}: {value!r} is not a boolean")
            return value == "true"
        if typ == "date":
            return datetime.date.fromisoformat(value)
    except ValueError:
        failures.append(f"{path}:{line}: {value!r} is not a {typ}")
        return None
    return value


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    check(len(rows) >= 1, f"{path}: empty")
    header = parse_header(rows[0], path)
    records = []
    for line, row in enumerate(rows[1:], start=2):
        check(len(row) == len(header), f"{path}:{line}: {len(row)} fields, header has {len(header)}")
        record = {}
        for (name, kind, typ, array), value in zip(header, row):
            if kind:
                record[":" + kind] = value
            elif array:
                record[name] = [convert(v, typ, path, line) for v in value.split(";")] if value else []
            else:
                record[name] = convert(value, typ, path, line)
        records.append(record)
    return header, records


def main(prefix, graphml):
    nodes_path, rels_path = prefix + ".nodes.csv", prefix + ".relationships.csv"
    node_header, nodes = read(nodes_path)
    rel_header, rels = read(rels_path)
    check(any(k == "ID" for _, k, _, _ in node_header), f"{nodes_path}: no :ID field")
    check(any(k == "LABEL" for _, k, _, _ in node_header), f"{nodes_path}: no :LABEL field")
    for kind in ("START_ID", "END_ID", "TYPE"):
        check(any(k == kind for _, k, _, _ in rel_header), f"{rels_path}: no :{kind} field")

    ids = [n[":ID"] for n in nodes]
    check(len(ids) == len(set(ids)), f"{nodes_path}: duplicate node ids")
    for r in rels:
        for end in (":START_ID", ":END_ID"):
            check(r[end] in ids, f"{rels_path}: {end} {r[end]!r} is no node")
        check(re.fullmatch(r"[A-Z_]+", r[":TYPE"]) is not None, f"{rels_path}: type {r[':TYPE']!r}")

    # The same graph as the GraphML export says: nodes with their names and types, edges
    # with their relation, mention count and confidence.
    g = nx.read_graphml(graphml)
    by_id = {d.get("id"): d for _, d in g.nodes(data=True)}  # GraphML node keys are n0, n1, ...
    check(set(ids) == set(by_id), f"node ids differ from {graphml}")
    for n in nodes:
        if n[":ID"] in by_id:
            data = by_id[n[":ID"]]
            check(data.get("name") == n["name"], f"{n[':ID']}: name {n['name']!r} vs {data.get('name')!r}")
            check(data.get("type") == n["type"], f"{n[':ID']}: type {n['type']!r} vs {data.get('type')!r}")
            check(n["type"] in n[":LABEL"].split(";"), f"{n[':ID']}: label lacks its type")
    csv_edges = sorted((r[":START_ID"], r["relation"], r[":END_ID"], r["mentions"]) for r in rels)
    key = {k: d.get("id") for k, d in g.nodes(data=True)}
    graphml_edges = sorted((key[u], d["relation"], key[v], d["mentions"]) for u, v, d in g.edges(data=True))
    check(csv_edges == graphml_edges, f"relationships differ from the edges of {graphml}")
    for r in rels:
        check(r["relation"].upper() == r[":TYPE"], f"{rels_path}: :TYPE {r[':TYPE']} for {r['relation']}")
        check(0 < r["max_confidence"] <= 1, f"{rels_path}: max_confidence {r['max_confidence']}")

    if failures:
        for f in failures[:20]:
            print(f"neo4j CSV: {f}", file=sys.stderr)
        return 1
    print(f"{prefix}: {len(nodes)} nodes and {len(rels)} relationships read by the neo4j-admin header "
          f"rules, as in the GraphML")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
