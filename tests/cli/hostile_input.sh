# Hostile input from the command line (issue 8): huge lines and files, graphs that are
# not graphs, broken data files, absurd queries. Each gives a clear message naming the
# file (and line or byte), a non-zero status where the run cannot go on, bounded time
# and memory, and never a crash. Big inputs are generated here, never committed.
source "$(dirname "$0")/lib.sh"
jaring=$1
source_dir=$2
# peak RSS (KiB) and status of a command: measure OUT_PREFIX COMMAND...
measure() {
  local prefix=$1
  shift
  /usr/bin/time -f '%M' -o "$prefix.rss" "$@" > "$prefix.out" 2> "$prefix.err"
  echo $? > "$prefix.status"
}
rss_mb() { echo $(( $(tail -1 "$1.rss") / 1024 )); }
# check_rss PREFIX LIMIT-MB WHAT: the peak memory bound, except under the sanitizers
# (scripts/sanitize), whose shadow memory counts in the peak.
check_rss() {
  [ "${JARING_SANITIZED:-0}" = 1 ] && return
  [ "$(rss_mb "$1")" -lt "$2" ] || fail "$3: peak memory $(rss_mb "$1") MB, bound $2 MB"
}

# --- a 50 MB single line: words without a full stop, and the one sentence at its end ----
# (5 MB under the sanitizers, which run the same code ten times slower.)
line_mb=50
[ "${JARING_SANITIZED:-0}" = 1 ] && line_mb=5
awk -v mb="$line_mb" 'BEGIN { s = "para pejabat membahas kerja sama ekonomi dan keamanan kawasan di tengah ketegangan, ";
             for (i = 0; i < mb * 1024 * 1024 / length(s); i++) printf "%s", s;
             printf "lalu Korea Utara mendukung Rusia." }' > "$scratch/line.txt"
measure "$scratch/line" "$jaring" extract --format jsonl --threads 1 "$scratch/line.txt"
expect_status 0 "$(cat "$scratch/line.status")" "$line_mb MB line"
expect_grep '"subject":\{"name":"North Korea".*"relation":"supports"' "$scratch/line.out" "the sentence at the end of the $line_mb MB line"
check_rss "$scratch/line" 2048 "50 MB line"
echo "$line_mb MB line: peak memory $(rss_mb "$scratch/line") MB"
rm -f "$scratch/line.txt"

# --- UTF-16 and binary without NUL bytes: skipped, the other files still processed ----
printf 'Korea Utara mendukung Rusia.\n' > "$scratch/good.txt"
printf 'Korea Utara mendukung Rusia.\n' | iconv -f UTF-8 -t UTF-16 > "$scratch/utf16.txt"
LC_ALL=C awk 'BEGIN { srand(7); for (i = 0; i < 8192; i++) printf "%c", 128 + int(rand() * 127) }' > "$scratch/noise.bin"
LC_ALL=C "$jaring" extract --format jsonl "$scratch/utf16.txt" "$scratch/noise.bin" "$scratch/good.txt" > "$scratch/out" 2> "$scratch/err"
expect_status 1 $? "UTF-16 and binary inputs"
expect_grep "^jaring: $scratch/utf16.txt: UTF-16 text, not UTF-8 \(byte order mark at byte 0; iconv -f UTF-16 -t UTF-8 converts it\), skipped$" "$scratch/err" "UTF-16"
expect_grep "^jaring: $scratch/noise.bin: binary file \([0-9]+% of its bytes are control characters or not UTF-8\), skipped$" "$scratch/err" "binary without NUL"
expect_grep '"relation":"supports"' "$scratch/out" "the good file after UTF-16 and binary ones"

# --- a 1 GB graph: sparse (all NUL bytes), and a truncated download (a graph, then a
# hole); refused at the first bad byte without reading the rest into memory --------------
truncate -s 1G "$scratch/zeros.jsonld"
"$jaring" -q build "$source_dir"/data/samples/*.txt -o "$scratch/good.jsonld"
cp "$scratch/good.jsonld" "$scratch/truncated.jsonld"
good_size=$(stat -c %s "$scratch/good.jsonld")
truncate -s $((good_size / 2)) "$scratch/truncated.jsonld"
truncate -s 1G "$scratch/truncated.jsonld"
for f in zeros truncated; do
  measure "$scratch/q-$f" "$jaring" query "$scratch/$f.jsonld" '?x supports ?y'
  expect_status 1 "$(cat "$scratch/q-$f.status")" "query on a 1 GB $f graph"
  check_rss "$scratch/q-$f" 200 "1 GB $f graph"
  echo "1 GB $f graph: peak memory $(rss_mb "$scratch/q-$f") MB"
done
expect_grep "^jaring: $scratch/zeros.jsonld: not UTF-8 text \(NUL byte at byte 0\)$" "$scratch/q-zeros.err" "1 GB of NUL bytes"
expect_grep "^jaring: $scratch/truncated.jsonld: not UTF-8 text \(NUL byte at byte $((good_size / 2))\)$" \
  "$scratch/q-truncated.err" "1 GB truncated graph"
cp "$scratch/good.jsonld" "$scratch/out.jsonld"
"$jaring" -q build --merge "$scratch/zeros.jsonld" "$source_dir"/data/samples/id-asean-laut.txt -o "$scratch/out.jsonld" 2> "$scratch/err"
expect_status 1 $? "build --merge of a 1 GB hostile graph"
cmp -s "$scratch/good.jsonld" "$scratch/out.jsonld" || fail "build --merge of a hostile graph changed the output"
"$jaring" -q merge "$scratch/good.jsonld" "$scratch/truncated.jsonld" -o "$scratch/merged.jsonld" 2> "$scratch/err"
expect_status 1 $? "merge with a 1 GB hostile graph"
expect_grep "^jaring: $scratch/truncated.jsonld: not UTF-8 text" "$scratch/err" "merge names the hostile graph"
cmp -s "$scratch/good.jsonld" "$scratch/merged.jsonld" || fail "merge of a good and a hostile graph: not the good one"
rm -f "$scratch/zeros.jsonld" "$scratch/truncated.jsonld"

# --- graphs that are JSON but hostile ------------------------------------------------------
context='{"@context": {"jaring": "https://w3id.org/jaring/vocab#"}, "@graph": ['
{ printf '%s' "$context"; head -c 5000000 /dev/zero | tr '\0' '['; } > "$scratch/deep.jsonld"
printf '%s{"@id": "ent:x", "@type": "schema:Country", "name": 1e999}]}' "$context" > "$scratch/number.jsonld"
printf '%s{"@id": "ent:x", "@type": "schema:Country", "name": ["X"]}]}' "$context" > "$scratch/type.jsonld"
printf '%s{"@type": "schema:Country", "name": "X"}]}' "$context" > "$scratch/noid.jsonld"
{ printf '%s{"@id": "ent:x", "@type": "schema:Country", "name": "' "$context"; head -c 20000000 /dev/zero | tr '\0' 'a'; printf '"}]}'; } > "$scratch/string.jsonld"
check_graph() {  # check_graph FILE MESSAGE-PATTERN
  measure "$scratch/g" "$jaring" query "$scratch/$1" '?x supports ?y'
  expect_status 1 "$(cat "$scratch/g.status")" "query on $1"
  expect_grep "^jaring: $scratch/$1: $2" "$scratch/g.err" "$1"
  [ "$(wc -l < "$scratch/g.err")" -eq 1 ] || fail "$1: more than one line of error"
  check_rss "$scratch/g" 300 "$1"
}
check_graph deep.jsonld "not a jaring graph: nested deeper than any jaring graph \(at byte [0-9]+\)$"
check_graph number.jsonld "JSON syntax error at byte [0-9]+: Number too big to be stored in double.$"
check_graph type.jsonld "not a jaring graph: ent:x: alternateName|not a jaring graph: .*name"
check_graph noid.jsonld "not a jaring graph: a node of @graph has no @id"
check_graph string.jsonld "a string longer than 16 MiB at byte [0-9]+ \(no jaring graph has one\)$"

# --- malformed data files: file:line: what is wrong, status 3 ----------------------------
printf 'Korea Utara mendukung Rusia.\n' > "$scratch/good.txt"
check_lexicon() {  # check_lexicon CONTENT MESSAGE-PATTERN
  printf "$1" > "$scratch/lex.tsv"
  "$jaring" --lexicon "$scratch/lex.tsv" extract "$scratch/good.txt" > /dev/null 2> "$scratch/err"
  expect_status 3 $? "lexicon: $2"
  expect_grep "^jaring: $scratch/lex.tsv:$2" "$scratch/err" "lexicon: $2"
}
check_lexicon 'id\ttype\tname\n' "1: expected the version line '# jaring-lexicon 1'"
check_lexicon '' "1: empty file"
check_lexicon '# jaring-lexicon 1\nid\ttype\tcolour\n' "2: unknown column 'colour'"
check_lexicon '# jaring-lexicon 1\nid\ttype\tname\nx\tCountry\tX\textra\n' "3: 4 fields, header has 3"
check_lexicon '# jaring-lexicon 1\nid\ttype\tname\nBad Id\tCountry\tX\n' "3: id 'Bad Id' must be lowercase"
check_lexicon '# jaring-lexicon 1\nid\ttype\tname\nx\tCountry\tKor\xe9a\n' "3: not UTF-8 text \(invalid sequence at byte 13 of the line\)"
check_lexicon '# jaring-lexicon 1\nid\ttype\tname\nx\tCountry\tX\0\n' "3: not UTF-8 text \(NUL byte"
cp -r "$source_dir/data" "$scratch/data"
printf 'supports\tdukung\tmeN-;zz-\tagent\tdirect\t\n' >> "$scratch/data/frames/id.tsv"
"$jaring" --data-dir "$scratch/data" extract "$scratch/good.txt" > /dev/null 2> "$scratch/err"
expect_status 3 $? "malformed frame file"
expect_grep "^jaring: $scratch/data/frames/id.tsv:[0-9]+: unknown affix pattern 'zz-'" "$scratch/err" "frame file:line"

# --- queries: long, deep, binary: an answer or a usage error (status 2), quickly --------
check_query() {  # check_query STATUS QUERY WHAT
  timeout 60 "$jaring" query "$scratch/good.jsonld" "$2" > /dev/null 2> "$scratch/err"
  local status=$?
  [ "$status" -eq "$1" ] || { fail "query $3: status $status, expected $1"; head -3 "$scratch/err" >&2; }
  [ "$1" -eq 0 ] || expect_grep "^jaring: " "$scratch/err" "query $3"
}
check_query 2 "$(head -c 100000 /dev/zero | tr '\0' '[')" "of 100,000 brackets"
check_query 2 "?v0 supports ?v1$(for i in $(seq 1 300); do printf ' . ?v%d ?r%d ?v%d' "$i" "$i" $((i + 1)); done)" "of 300 joined patterns"
expect_grep "more than 64 patterns in one query" "$scratch/err" "query of 300 patterns"
check_query 2 "?x supports ?y LIMIT 99999999999999999999999" "with a huge LIMIT"
check_query 2 "?x supports ?y [mentions >= 1e999999]" "with a huge number"
check_query 2 "$(printf '?x supports \xff\xfe')" "that is not UTF-8"
expect_grep "^jaring: query: not UTF-8 text \(invalid byte at byte 12\)$" "$scratch/err" "query that is not UTF-8"
finish
