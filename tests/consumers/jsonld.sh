# jsonld.js, a real JSON-LD processor, reads the graph jaring writes and finds in it
# exactly the triples of jaring's own N-Quads export.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
here=$root/tests/consumers
[ -d "$here/node_modules/jsonld" ] || { fail "npm packages missing: run scripts/setup"; finish; }
cd "$root" || exit 1
"$jaring" build -q data/samples/*.txt -o "$scratch/g.jsonld" --nquads "$scratch/g.nq"
node "$here/jsonld_check.mjs" "$scratch/g.jsonld" "$scratch/g.nq"
expect_status 0 $? "JSON-LD of data/samples"
node "$here/jsonld_check.mjs" graphs/sample.jsonld graphs/sample.nq
expect_status 0 $? "graphs/sample.jsonld"
finish
