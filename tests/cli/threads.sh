#!/usr/bin/env bash
# --threads: `extract --format jsonl` and `build` write the same bytes with 1 thread, 4
# threads and the default (all cores), over the sample articles and the dev corpus (when
# ../shared is there), each several times under other names so that the 4 workers' window
# of documents in flight fills and wraps; bad inputs in the middle are reported in input
# order, and the other files are still processed.
#   threads.sh JARING_BIN SOURCE_DIR
jaring=$1
root=$2
. "$(dirname "$0")/lib.sh"

sources=("$root"/data/samples/*.txt)
dev=$root/../shared/corpus/dev
if [ -d "$dev" ]; then
  sources+=("$dev"/*.txt)
else
  echo "note: $dev is absent; checking the samples only"
fi
inputs=()
for copy in 1 2 3 4 5; do
  mkdir -p "$scratch/in$copy"
  for f in "${sources[@]}"; do
    cp "$f" "$scratch/in$copy/"
    inputs+=("$scratch/in$copy/$(basename "$f")")
  done
done
# Two bad inputs in the middle: a missing file (an error) and one with a byte that is
# not UTF-8 (a warning); both must be reported in input order.
printf 'Rusia \xff mendukung Korea Utara.\n' > "$scratch/latin1.txt"
half=$((${#inputs[@]} / 2))
inputs=("${inputs[@]:0:$half}" "$scratch/missing.txt" "${inputs[@]:$half:3}" "$scratch/latin1.txt"
        "${inputs[@]:$((half + 3))}")

for threads in 1 4 default; do
  opt=(--threads "$threads")
  [ "$threads" = default ] && opt=()
  "$jaring" -q extract --format jsonl "${opt[@]}" "${inputs[@]}" > "$scratch/extract-$threads.jsonl" \
    2> "$scratch/extract-$threads.err"
  expect_status 1 $? "extract --threads $threads (two bad inputs)"
  "$jaring" -q build "${opt[@]}" "${inputs[@]}" -o "$scratch/build-$threads.jsonld" \
    --nquads "$scratch/build-$threads.nq" 2> "$scratch/build-$threads.err"
  expect_status 1 $? "build --threads $threads (two bad inputs)"
done

[ -s "$scratch/extract-1.jsonl" ] || fail "extract --threads 1 printed nothing"
[ "$(wc -l < "$scratch/extract-1.err")" -eq 2 ] || fail "extract: expected two error lines, got:
$(cat "$scratch/extract-1.err")"
expect_grep "^jaring: .*missing.txt: no such file" "$scratch/extract-1.err" "extract error for the missing file"
head -1 "$scratch/extract-1.err" | grep -q missing.txt || fail "errors not in input order"
for threads in 4 default; do
  for f in extract-THREADS.jsonl extract-THREADS.err build-THREADS.jsonld build-THREADS.nq build-THREADS.err; do
    one=$scratch/${f//THREADS/1}
    many=$scratch/${f//THREADS/$threads}
    cmp -s "$one" "$many" || fail "$(basename "$many") differs from $(basename "$one")"
  done
done
# Every input's triples are there: each copy of the corpus gives the same number.
for copy in 1 2 3 4 5; do
  grep -c "\"doc\": *\"$scratch/in$copy/" "$scratch/extract-1.jsonl" > "$scratch/count$copy"
done
for copy in 2 3 4 5; do
  cmp -s "$scratch/count1" "$scratch/count$copy" || fail "copy $copy of the inputs gave another number of triples"
done
finish
