# The commands that read a graph (query, show, neighbors, path, stats) on a graph that
# `jaring build` wrote: every output format, the errors, and on the dev corpus (when
# ../shared is there) the questions of the acceptance criteria.
source "$(dirname "$0")/lib.sh"
jaring=$1
root=$2
cat > "$scratch/news.txt" << 'EOF'
JAKARTA, 12 Maret 2025 — Korea Utara mendukung Rusia. Rusia menyerang Ukraina. Korea Utara tidak menginvasi Jepang.
Pemimpin Korea Utara Kim Jong Un bertemu Menteri Luar Negeri Rusia Sergey Lavrov di Pyongyang.
Korea Utara mengirim pasukan ke Rusia.
EOF
"$jaring" build -q "$scratch/news.txt" -o "$scratch/g.jsonld"
expect_status 0 $? "build the test graph"
g=$scratch/g.jsonld
out=$scratch/out
err=$scratch/err

for cmd in query show neighbors path stats; do
  "$jaring" "$cmd" --help > "$out"
  expect_status 0 $? "$cmd --help"
  expect_grep "Examples:" "$out" "$cmd --help shows examples"
done

# query: each output format
"$jaring" query "$g" '?x supports Russia' --format table > "$out"
expect_status 0 $? "query --format table"
expect_grep "^x +mentions$" "$out" "table header"
expect_grep "^North Korea +1$" "$out" "table row"
"$jaring" query "$g" '?x supports Russia' > "$out"  # not a terminal: TSV
printf 'x\tmentions\nNorth Korea\t1\n' | cmp -s - "$out" || { fail "query TSV by default:"; cat "$out" >&2; }
"$jaring" query "$g" '?x deploys_troops_to ?y . ?y attacks Ukraine' --format tsv > "$out"
expect_grep "^North Korea	Russia	2$" "$out" "a join"
"$jaring" query "$g" 'Korea Utara ?r ?y COUNT BY ?r' --format json > "$out"
expect_status 0 $? "query --format json"
[ "$(grep -c '"count": 1' "$out")" -eq 2 ] || { fail "query JSON: expected two groups of one"; cat "$out" >&2; }
"$jaring" query "$g" '?x supports ?y' --format json > "$out"
expect_grep '"id": "Q159"' "$out" "query JSON: entities with their id"
"$jaring" query "$g" '?x supports Russia' --evidence --format table > "$out"
expect_grep "^      .*news.txt:0  JAKARTA, 12 Maret 2025 — Korea Utara mendukung Rusia\.$" "$out" "--evidence prints the sentence"
"$jaring" query "$g" '?x invades ?y' > "$out"
[ "$(wc -l < "$out")" -eq 1 ] || fail "a negated relation matches only when asked"
"$jaring" query "$g" '?x invades ?y [negated]' > "$out"
expect_grep "^North Korea	Japan	1$" "$out" "[negated]"
"$jaring" query "$g" '?a ?r ?b' --format dot > "$out"
expect_grep "^digraph jaring" "$out" "query --format dot"
dot -Tsvg "$out" > /dev/null 2>&1 || fail "dot accepts the query's DOT"
"$jaring" query "$g" '?x supports ?y' --format svg -o "$scratch/answer.svg"
expect_status 0 $? "query --format svg -o"
expect_grep "<svg" "$scratch/answer.svg" "query --format svg"
"$jaring" query "$g" '?x supports ?y' -o "$scratch/no/such/dir/out.tsv" 2> "$err"
expect_status 4 $? "unwritable query output"

# query: errors point at the column
"$jaring" query "$g" '?x suports Russia' > /dev/null 2> "$err"
expect_status 2 $? "query syntax error"
printf "jaring: query:1:4: unknown relation 'suports' (did you mean supports?)\n  ?x suports Russia\n     ^\n" |
  cmp -s - "$err" || { fail "syntax error with column and caret:"; cat "$err" >&2; }
"$jaring" query "$g" '?x supports' > /dev/null 2> "$err"
expect_status 2 $? "incomplete query"
expect_grep "^jaring: query:1:12: expected a \?variable or a name$" "$err" "incomplete query"
"$jaring" query "$g" '?x supports Korea Utra' > /dev/null 2> "$err"
expect_status 2 $? "unknown name in a query"
expect_grep "^jaring: query:1:13: unknown entity 'Korea Utra' \(did you mean North Korea \(Korea Utara\)\?\)$" "$err" "unknown name in a query"
"$jaring" query "$scratch/missing.jsonld" '?x supports ?y' > /dev/null 2> "$err"
expect_status 1 $? "missing graph"
expect_grep "missing.jsonld" "$err" "missing graph is named"

# show
"$jaring" show "$g" 'korea utara' --format table > "$out"
expect_status 0 $? "show"
expect_grep "^name: +North Korea$" "$out" "show: name"
expect_grep "^qid: +Q423$" "$out" "show: QID"
expect_grep "^North Korea +invades +Japan +1 +1 " "$out" "show: a negated relation with its count"
expect_grep "Korea Utara tidak menginvasi Jepang\.  \(negated\)$" "$out" "show: first evidence"
"$jaring" show "$g" Q423 --format json > "$out"
expect_grep '"qid": "Q423"' "$out" "show --format json"
"$jaring" show "$g" Q423 --format dot > "$out"
expect_grep "^digraph jaring" "$out" "show --format dot"
"$jaring" show "$g" 'Korea Utra' > /dev/null 2> "$err"
expect_status 2 $? "show: unknown name"
expect_grep "^jaring: unknown entity 'Korea Utra' \(did you mean North Korea \(Korea Utara\)\?\)$" "$err" "show: unknown name"
cat > "$scratch/two-kims.jsonld" << 'EOF'
{"@context": {"jaring": "https://w3id.org/jaring/vocab#", "schema": "https://schema.org/",
  "ent": "https://w3id.org/jaring/entity/", "name": "schema:name", "alternateName": "schema:alternateName"},
 "@graph": [
  {"@id": "ent:kim_song", "@type": "schema:Person", "name": "Kim Song", "alternateName": [{"@value": "Kim", "@language": "en"}]},
  {"@id": "ent:kim_yo_jong", "@type": "schema:Person", "name": "Kim Yo Jong", "alternateName": [{"@value": "Kim", "@language": "en"}]}]}
EOF
"$jaring" show "$scratch/two-kims.jsonld" Kim > /dev/null 2> "$err"
expect_status 2 $? "show: ambiguous name"
expect_grep "^jaring: ambiguous entity 'Kim': Kim Song \(kim_song\), Kim Yo Jong \(kim_yo_jong\); use the id to choose$" "$err" "ambiguous name"

# neighbors
"$jaring" neighbors "$g" Rusia --depth 2 --format tsv > "$out"
expect_status 0 $? "neighbors"
expect_grep "^2	Kim Jong Un	Person	Kim Jong Un	leader_of	North Korea	1$" "$out" "neighbors at depth 2"
"$jaring" neighbors "$g" Rusia --relation attacks --format tsv > "$out"
[ "$(wc -l < "$out")" -eq 2 ] || { fail "neighbors --relation"; cat "$out" >&2; }
"$jaring" neighbors "$g" Rusia --relation atacks > /dev/null 2> "$err"
expect_status 2 $? "neighbors: unknown relation"

# path
"$jaring" path "$g" 'Kim Jong Un' Ukraine --format table > "$out"
expect_status 0 $? "path"
expect_grep "^ +1 +3  Russia +attacks +Ukraine +1$" "$out" "path reaches Ukraine"
expect_grep "^      .*news.txt:1  Rusia menyerang Ukraina\.$" "$out" "path steps carry evidence"
"$jaring" path "$g" 'Kim Jong Un' Ukraine --k 2 --format json > "$out"
expect_grep '"path": 2' "$out" "path --k 2"
"$jaring" path "$g" 'Kim Jong Un' Japan --format tsv > "$out" 2> "$err"
expect_grep "no path between Kim Jong Un and Japan" "$err" "no path (the invasion is negated)"
"$jaring" path "$g" 'Kim Jong Un' Japan --any-evidence --format tsv > "$out"
expect_grep "invades" "$out" "path --any-evidence follows a negated relation"

# stats
"$jaring" stats "$g" --format table > "$out"
expect_status 0 $? "stats"
expect_grep "^entities: +6$" "$out" "stats: entities"
expect_grep "^Country +4$" "$out" "stats: per type"
expect_grep "^invades +1 +1 +1$" "$out" "stats: per relation"
expect_grep "^Russia +Country +4 " "$out" "stats: top actor by degree"
"$jaring" stats "$g" --by pagerank --top 2 --format json > "$out"
expect_grep '"pagerank"' "$out" "stats --format json"
"$jaring" stats "$g" --format dot > "$out"
expect_grep "^digraph jaring" "$out" "stats --format dot"

# The dev corpus: who supports Russia, and what connects Kim Jong Un to Ukraine.
dev="$root/../shared/corpus/dev"
if [ -d "$dev" ]; then
  "$jaring" build -q "$dev"/*.txt -o "$scratch/dev.jsonld"
  "$jaring" query "$scratch/dev.jsonld" '?x supports Russia' > "$out"
  expect_grep "^North Korea	" "$out" "dev corpus: North Korea supports Russia"
  "$jaring" path "$scratch/dev.jsonld" 'Kim Jong Un' Ukraine --format table > "$out"
  expect_grep "Ukraine" "$out" "dev corpus: a path from Kim Jong Un to Ukraine"
  expect_grep "^      .*\.txt:[0-9]+  " "$out" "dev corpus: the path has evidence"
else
  echo "skipped: $dev is absent"
fi
finish
