# NetworkX (Debian python3-networkx) reads the GraphML export with every attribute and
# finds in it the entities and relations of the JSON-LD; the CSV export, read by the
# neo4j-admin import header rules (neo4j_csv_check.py), holds the same graph.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
here=$root/tests/consumers
python=/usr/bin/python3  # Debian's, with python3-networkx; not a pyenv python3 first on PATH
"$python" -c 'import networkx' 2> /dev/null || { fail "python3-networkx missing: run scripts/setup"; finish; }
cd "$root" || exit 1
source "$here/graphs.sh"
for name in "${graphs[@]}"; do
  "$jaring" export -q "$scratch/$name.jsonld" --to graphml -o "$scratch/$name.graphml"
  expect_status 0 $? "export the $name graph as GraphML"
  "$python" "$here/networkx_check.py" "$scratch/$name.graphml" "$scratch/$name.jsonld"
  expect_status 0 $? "NetworkX on the $name graph"
  "$jaring" export -q "$scratch/$name.jsonld" --to csv -o "$scratch/$name"
  expect_status 0 $? "export the $name graph as CSV"
  "$python" "$here/neo4j_csv_check.py" "$scratch/$name" "$scratch/$name.graphml"
  expect_status 0 $? "neo4j-admin CSV rules on the $name graph"
done
"$python" "$here/networkx_check.py" graphs/sample.graphml graphs/sample.jsonld
expect_status 0 $? "NetworkX on graphs/sample.graphml"
finish
