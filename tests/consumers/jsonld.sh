# jsonld.js, a real JSON-LD processor, reads the graph jaring writes and finds in it
# exactly the triples of jaring's N-Quads export (`jaring export --to nquads`, which must
# also be what `build --nquads` wrote): for the sample graph, the dev corpus graph where
# ../shared is present, and the golden graphs/sample.*.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
here=$root/tests/consumers
[ -d "$here/node_modules/jsonld" ] || { fail "npm packages missing: run scripts/setup"; finish; }
cd "$root" || exit 1
source "$here/graphs.sh"
for name in "${graphs[@]}"; do
  node "$here/jsonld_check.mjs" "$scratch/$name.jsonld" "$scratch/$name.nq"
  expect_status 0 $? "JSON-LD of the $name graph"
done
"$jaring" build -q data/samples/*.txt -o "$scratch/built.jsonld" --nquads "$scratch/built.nq"
cmp -s "$scratch/built.nq" "$scratch/sample.nq" || fail "build --nquads and export --to nquads differ"
node "$here/jsonld_check.mjs" graphs/sample.jsonld graphs/sample.nq
expect_status 0 $? "graphs/sample.jsonld"
finish
