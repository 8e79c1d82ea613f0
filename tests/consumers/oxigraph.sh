# Oxigraph (npm oxigraph, in-process) loads jaring's JSON-LD as it is and answers the
# SPARQL questions of sparql_check.mjs; on the dev corpus graph, North Korea must be
# among Russia's supporters and the evidence sentences must be their sources' bytes.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
here=$root/tests/consumers
[ -d "$here/node_modules/oxigraph" ] || { fail "npm packages missing: run scripts/setup"; finish; }
cd "$root" || exit 1
source "$here/graphs.sh"
for name in "${graphs[@]}"; do
  acceptance=()
  [ "$name" = dev ] && acceptance=(--acceptance)
  node "$here/sparql_check.mjs" "$scratch/$name.jsonld" --nquads "$scratch/$name.nq" "${acceptance[@]}"
  expect_status 0 $? "Oxigraph on the $name graph"
done
finish
