# Bad inputs give one clear line naming the file and a non-zero status, never a crash;
# the other inputs are still processed and outputs are written whole.
source "$(dirname "$0")/lib.sh"
jaring=$1
printf 'Korea Utara mendukung Rusia.\n' > "$scratch/good.txt"
printf 'Jepang\xff\xfe mendukung' > "$scratch/latin1.txt"
printf 'Korea\0Utara' > "$scratch/binary.txt"
: > "$scratch/empty.txt"
mkdir "$scratch/folder"

"$jaring" extract --format jsonl "$scratch/missing.txt" "$scratch/folder" "$scratch/binary.txt" \
  "$scratch/latin1.txt" "$scratch/empty.txt" "$scratch/good.txt" > "$scratch/out" 2> "$scratch/err"
expect_status 1 $? "extract with bad inputs"
[ "$(wc -l < "$scratch/err")" -eq 5 ] || { fail "expected 5 lines on standard error"; cat "$scratch/err" >&2; }
expect_grep "^jaring: $scratch/missing.txt: no such file$" "$scratch/err" "missing file"
expect_grep "^jaring: $scratch/folder: is a directory" "$scratch/err" "directory"
expect_grep "^jaring: $scratch/binary.txt: binary file \(NUL byte at byte 5\), skipped$" "$scratch/err" "binary file"
expect_grep "^jaring: $scratch/latin1.txt: invalid UTF-8 at byte 6 replaced with U\+FFFD \(2 places in all\)$" \
  "$scratch/err" "invalid UTF-8 is replaced, with a warning"
expect_grep "^jaring: $scratch/empty.txt: empty file, no text$" "$scratch/err" "empty file"
expect_grep '"relation":"supports"' "$scratch/out" "the good file is still processed"

# Only warnings: the run succeeds.
"$jaring" extract --format jsonl "$scratch/latin1.txt" "$scratch/empty.txt" "$scratch/good.txt" > /dev/null 2> "$scratch/err"
expect_status 0 $? "extract with warnings only"

"$jaring" build -q "$scratch/missing.txt" "$scratch/good.txt" -o "$scratch/g.jsonld" 2> "$scratch/err"
expect_status 1 $? "build with a missing input"
expect_grep 'supports' "$scratch/g.jsonld" "the graph holds the good file"

"$jaring" build -q "$scratch/good.txt" -o "$scratch/no/such/dir/g.jsonld" 2> "$scratch/err"
expect_status 4 $? "unwritable output"
expect_grep "^jaring: $scratch/no/such/dir/g.jsonld: cannot write" "$scratch/err" "unwritable output"

printf '# jaring-lexicon 1\nid\ttype\tname\nx\tCountri\tX\n' > "$scratch/bad.tsv"
"$jaring" --lexicon "$scratch/bad.tsv" extract "$scratch/good.txt" > /dev/null 2> "$scratch/err"
expect_status 3 $? "malformed lexicon"
expect_grep "^jaring: $scratch/bad.tsv:3: type 'Countri'" "$scratch/err" "malformed lexicon"

"$jaring" --lexicon "$scratch/none.tsv" extract "$scratch/good.txt" > /dev/null 2> "$scratch/err"
expect_status 3 $? "missing lexicon"

printf 'Korea Utara mendukung Rusia.' | "$jaring" extract --format jsonl - > "$scratch/out"
expect_status 0 $? "standard input"
expect_grep '"doc":"stdin"' "$scratch/out" "standard input"
finish
