# jaring export: every format from a graph read back gives the bytes `build` writes, CSV
# files are named as documented, and bad command lines say what is wrong.
source "$(dirname "$0")/lib.sh"
jaring=$1
root=$2
cd "$root" || exit 1
"$jaring" build -q data/samples/*.txt -o "$scratch/g.jsonld" --nquads "$scratch/g.nq" --dot "$scratch/g.dot"
for format in jsonld nquads dot; do
  ext=$format
  [ "$format" = nquads ] && ext=nq
  "$jaring" export -q "$scratch/g.jsonld" --to "$format" -o "$scratch/export.$ext"
  expect_status 0 $? "export --to $format"
  cmp -s "$scratch/g.$ext" "$scratch/export.$ext" || fail "export --to $format differs from build's $format"
done
"$jaring" export -q "$scratch/g.jsonld" --to nquads > "$scratch/stdout.nq"
cmp -s "$scratch/g.nq" "$scratch/stdout.nq" || fail "export to standard output"
"$jaring" export -q "$scratch/g.jsonld" -o "$scratch/by-extension.graphml"
expect_status 0 $? "export -o X.graphml"
expect_grep "<graphml " "$scratch/by-extension.graphml" "the format follows -o's extension"
"$jaring" export -q - --to graphml < "$scratch/g.jsonld" > "$scratch/stdin.graphml"
cmp -s "$scratch/by-extension.graphml" "$scratch/stdin.graphml" || fail "export from standard input"

"$jaring" export "$scratch/g.jsonld" --to csv -o "$scratch/import/" 2> "$scratch/err"
expect_status 0 $? "export --to csv -o DIR/"
for f in nodes relationships; do [ -s "$scratch/import/$f.csv" ] || fail "no $scratch/import/$f.csv"; done
expect_grep "^wrote $scratch/import/nodes.csv and $scratch/import/relationships.csv$" "$scratch/err" "export --to csv"
"$jaring" export -q "$scratch/g.jsonld" --to csv -o "$scratch/graph"
cmp -s "$scratch/import/nodes.csv" "$scratch/graph.nodes.csv" || fail "export --to csv -o PREFIX"
cmp -s "$scratch/import/relationships.csv" "$scratch/graph.relationships.csv" || fail "export --to csv -o PREFIX"
expect_grep '^id:ID,:LABEL,name,' "$scratch/graph.nodes.csv" "CSV node header"
expect_grep '^:START_ID,:END_ID,:TYPE,' "$scratch/graph.relationships.csv" "CSV relationship header"
[ "$(($(wc -l < "$scratch/graph.relationships.csv") - 1))" -eq "$(grep -c 'rdf:Statement' "$scratch/g.jsonld")" ] ||
  fail "one CSV relationship per statement"

"$jaring" export -q "$scratch/g.jsonld" --to csv 2> "$scratch/err"
expect_status 2 $? "export --to csv to standard output"
expect_grep "csv writes two files" "$scratch/err" "export --to csv to standard output"
"$jaring" export -q "$scratch/g.jsonld" --to xml 2> /dev/null
expect_status 2 $? "export --to xml"
"$jaring" export -q "$scratch/g.jsonld" 2> "$scratch/err"
expect_status 2 $? "export without a format"
"$jaring" export -q "$scratch/missing.jsonld" --to dot 2> "$scratch/err"
expect_status 1 $? "export of a missing graph"
expect_grep "^jaring: $scratch/missing.jsonld: no such file$" "$scratch/err" "export of a missing graph"
"$jaring" export -q "$scratch/g.jsonld" --to dot -o "$scratch/no/such/dir/g.dot" 2> /dev/null
expect_status 4 $? "export to an unwritable path"
finish
