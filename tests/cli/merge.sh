# Incremental graphs: `build --merge` and `merge` give the bytes of one build from all the
# inputs at once, merging a graph with itself changes nothing, and a graph that cannot be
# read is reported (and, for build --merge, stops the run before anything is written).
source "$(dirname "$0")/lib.sh"
jaring=$1
root=$2
cd "$root" || exit 1
english=(data/samples/en-*.txt)
indonesian=(data/samples/id-*.txt)
"$jaring" build -q data/samples/*.txt -o "$scratch/all.jsonld"
expect_status 0 $? "build from all samples"
"$jaring" build -q "${english[@]}" -o "$scratch/en.jsonld"
"$jaring" build -q "${indonesian[@]}" -o "$scratch/id.jsonld"

"$jaring" merge -q "$scratch/en.jsonld" "$scratch/id.jsonld" -o "$scratch/merged.jsonld"
expect_status 0 $? "merge"
cmp -s "$scratch/all.jsonld" "$scratch/merged.jsonld" || fail "merge of separate builds differs from one build"

for f in data/samples/*.txt; do "$jaring" build -q "$f" -o "$scratch/one-$(basename "$f" .txt).jsonld"; done
"$jaring" merge -q "$scratch"/one-*.jsonld -o "$scratch/merged6.jsonld"
cmp -s "$scratch/all.jsonld" "$scratch/merged6.jsonld" || fail "merge of six one-article graphs differs from one build"

"$jaring" build -q --merge "$scratch/en.jsonld" "${indonesian[@]}" -o "$scratch/incremental.jsonld"
expect_status 0 $? "build --merge"
cmp -s "$scratch/all.jsonld" "$scratch/incremental.jsonld" || fail "build --merge differs from one build"

"$jaring" merge -q "$scratch/all.jsonld" "$scratch/all.jsonld" -o "$scratch/twice.jsonld"
cmp -s "$scratch/all.jsonld" "$scratch/twice.jsonld" || fail "merging a graph with itself changes it"
"$jaring" build -q --merge "$scratch/all.jsonld" "${english[@]}" -o "$scratch/again.jsonld"
cmp -s "$scratch/all.jsonld" "$scratch/again.jsonld" || fail "building the same documents again changes the graph"
cp "$scratch/en.jsonld" "$scratch/inplace.jsonld"
"$jaring" build -q --merge "$scratch/inplace.jsonld" "${indonesian[@]}" -o "$scratch/inplace.jsonld"
cmp -s "$scratch/all.jsonld" "$scratch/inplace.jsonld" || fail "build --merge G ... -o G differs from one build"

"$jaring" merge -q "$scratch/all.jsonld" "$scratch/missing.jsonld" -o "$scratch/partial.jsonld" 2> "$scratch/err"
expect_status 1 $? "merge with a missing graph"
expect_grep "^jaring: $scratch/missing.jsonld: no such file$" "$scratch/err" "merge with a missing graph"
cmp -s "$scratch/all.jsonld" "$scratch/partial.jsonld" || fail "merge did not write the graphs it could read"

printf '{"@context": {}, "@graph": []}' > "$scratch/foreign.jsonld"
"$jaring" build -q --merge "$scratch/foreign.jsonld" "${english[@]}" -o "$scratch/none.jsonld" 2> "$scratch/err"
expect_status 1 $? "build --merge with a graph jaring did not write"
expect_grep "^jaring: $scratch/foreign.jsonld: not a jaring graph: no @context with the jaring vocabulary" "$scratch/err" \
  "build --merge with a graph jaring did not write"
[ ! -e "$scratch/none.jsonld" ] || fail "build --merge wrote a graph without the old one"
printf '{"@context": {' > "$scratch/broken.jsonld"
"$jaring" merge -q "$scratch/broken.jsonld" -o "$scratch/none.jsonld" 2> "$scratch/err"
expect_status 1 $? "merge of a truncated graph"
expect_grep "^jaring: $scratch/broken.jsonld: JSON syntax error at byte 14: " "$scratch/err" "merge of a truncated graph"

"$jaring" build -o "$scratch/x.jsonld" 2> /dev/null
expect_status 2 $? "build without inputs"
finish
