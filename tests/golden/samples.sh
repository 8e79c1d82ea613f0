# The graphs in graphs/ are what `jaring build` makes of data/samples (scripts/demo
# regenerates them): any change of output shows up here as a diff to review.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
cd "$root" || exit 1
build() {  # build DIR (as scripts/demo does)
  "$jaring" build -q data/samples/*.txt -o "$1/sample.jsonld" --dot "$1/sample.dot" --nquads "$1/sample.nq" &&
    "$jaring" export -q "$1/sample.jsonld" --to graphml -o "$1/sample.graphml" &&
    "$jaring" export -q "$1/sample.jsonld" --to csv -o "$1/sample"
}
mkdir "$scratch/a" "$scratch/b"
build "$scratch/a"
expect_status 0 $? "build from data/samples"
build "$scratch/b"
for f in sample.jsonld sample.dot sample.nq sample.graphml sample.nodes.csv sample.relationships.csv; do
  cmp -s "$scratch/a/$f" "$scratch/b/$f" || fail "$f differs between two builds of the same input"
  diff -u "graphs/$f" "$scratch/a/$f" > "$scratch/$f.diff" ||
    { fail "graphs/$f is stale (run scripts/demo and review the diff):"; head -40 "$scratch/$f.diff" >&2; }
done
dot -Tsvg graphs/sample.dot > "$scratch/sample.svg"
expect_status 0 $? "dot accepts graphs/sample.dot"
expect_grep "<svg" "$scratch/sample.svg" "dot renders graphs/sample.dot"
finish
