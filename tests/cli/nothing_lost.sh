# Nothing lost (issue 8): outputs are replaced whole or not at all. A build killed at
# any moment, a build that fails (a corrupt --merge graph, a full disk) leaves the graph
# that was there byte for byte; --merge and merge keep every relation and every piece
# of evidence the old graph had.
source "$(dirname "$0")/lib.sh"
jaring=$1
source_dir=$2
corpus_gen=$3
samples=("$source_dir"/data/samples/*.txt)

# The old graph, and a corpus big enough that a build of it takes a few seconds.
"$jaring" -q build "${samples[@]}" -o "$scratch/graph.jsonld" --nquads "$scratch/graph.nq"
expect_status 0 $? "the old graph"
cp "$scratch/graph.jsonld" "$scratch/old.jsonld"
cp "$scratch/graph.nq" "$scratch/old.nq"
# (Smaller under the sanitizers, which run the same code ten times slower.)
corpus_mb=3
[ "${JARING_SANITIZED:-0}" = 1 ] && corpus_mb=0.4
"$corpus_gen" --data "$source_dir/data" -o "$scratch/corpus" --mb "$corpus_mb" --seed 8 > /dev/null
corpus=("$scratch"/corpus/*.txt)

# The graph a completed build writes, for comparison.
"$jaring" -q build --threads 2 --merge "$scratch/old.jsonld" "${corpus[@]}" -o "$scratch/new.jsonld"
expect_status 0 $? "the reference build"

# Killed (SIGKILL: no clean-up at all) at moments spread over reading, extraction and
# writing: the graph is the old one or the complete new one, never anything else.
start=$(date +%s%N)
"$jaring" -q build --threads 2 --merge "$scratch/graph.jsonld" "${corpus[@]}" -o "$scratch/timed.jsonld"
run_ms=$(( ($(date +%s%N) - start) / 1000000 ))
old_seen=0 new_seen=0
for percent in 5 30 60 80 90 95 100 110; do
  cp "$scratch/old.jsonld" "$scratch/graph.jsonld"
  "$jaring" -q build --threads 2 --merge "$scratch/graph.jsonld" "${corpus[@]}" -o "$scratch/graph.jsonld" \
    --nquads "$scratch/graph.nq" 2> /dev/null &
  pid=$!
  sleep "$(awk -v ms="$run_ms" -v p="$percent" 'BEGIN { printf "%.3f", ms * p / 100000 }')"
  kill -KILL "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  if cmp -s "$scratch/graph.jsonld" "$scratch/old.jsonld"; then
    old_seen=$((old_seen + 1))
  elif cmp -s "$scratch/graph.jsonld" "$scratch/new.jsonld"; then
    new_seen=$((new_seen + 1))
  else
    fail "killed at $percent% of the run: the graph is neither the old nor the new one"
  fi
  # A killed run may leave its temporary file; it never takes the graph's name.
  rm -f "$scratch"/.graph.jsonld.tmp* "$scratch"/.graph.nq.tmp*
done
[ "$old_seen" -gt 0 ] || fail "no kill landed before the graph was replaced (run took ${run_ms} ms)"
echo "killed builds: $old_seen left the old graph, $new_seen had finished with the new one"

# Killed while the graph is being written (as soon as its temporary file appears): the
# old graph is untouched.
for attempt in 1 2 3; do
  cp "$scratch/old.jsonld" "$scratch/graph.jsonld"
  "$jaring" -q build --threads 2 --merge "$scratch/graph.jsonld" "${corpus[@]}" -o "$scratch/graph.jsonld" 2> /dev/null &
  pid=$!
  while kill -0 "$pid" 2> /dev/null && ! compgen -G "$scratch/.graph.jsonld.tmp*" > /dev/null; do :; done
  kill -KILL "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  if compgen -G "$scratch/.graph.jsonld.tmp*" > /dev/null; then
    cmp -s "$scratch/graph.jsonld" "$scratch/old.jsonld" || fail "killed while writing: the graph changed"
    rm -f "$scratch"/.graph.jsonld.tmp*
    echo "killed while writing: the old graph is intact"
    break
  fi
  [ "$attempt" -lt 3 ] || echo "note: the write was too quick to be caught three times"
done

# A failed build writes nothing: a --merge graph that cannot be read...
cp "$scratch/old.jsonld" "$scratch/graph.jsonld"
sed 's/"jaring:supports"/"jaring:befriends"/' "$scratch/old.jsonld" > "$scratch/corrupt.jsonld"
"$jaring" -q build --merge "$scratch/corrupt.jsonld" "${samples[@]}" -o "$scratch/graph.jsonld" 2> "$scratch/err"
expect_status 1 $? "build --merge with an unreadable old graph"
expect_grep "^jaring: $scratch/corrupt.jsonld: not a jaring graph: .*relation 'befriends'" "$scratch/err" "the old graph is named"
cmp -s "$scratch/graph.jsonld" "$scratch/old.jsonld" || fail "a build whose --merge graph was unreadable changed the graph"
# ... or a disk that fills up (a file size limit: writes fail with EFBIG).
(ulimit -f 8; trap '' XFSZ; exec "$jaring" -q build --merge "$scratch/graph.jsonld" "${corpus[@]:0:20}" \
  -o "$scratch/graph.jsonld") 2> "$scratch/err"
expect_status 4 $? "build on a full disk"
expect_grep "^jaring: $scratch/graph.jsonld: (write failed|cannot write)" "$scratch/err" "the full disk is reported"
cmp -s "$scratch/graph.jsonld" "$scratch/old.jsonld" || fail "a build that could not write changed the graph"
ls -a "$scratch" | grep -q '^\.graph\.jsonld\.tmp' && fail "a failed write left its temporary file"

# --merge and merge never drop what the old graph had: every N-Quad of the old graph's
# export (every entity, name, relation, statement and piece of evidence) is in the new
# one's, and no count of a statement went down. (The counts, confidences and dates of a
# statement are derived from its evidence, which more evidence changes.)
derived='vocab#(mentionCount|assertedCount|documentCount|maxConfidence|meanConfidence|firstDate|lastDate)>'
"$jaring" -q export "$scratch/new.jsonld" --to nquads -o "$scratch/new.nq"
grep -vE "$derived" "$scratch/old.nq" | sort > "$scratch/old.kept"
grep -vE "$derived" "$scratch/new.nq" | sort > "$scratch/new.kept"
missing=$(comm -23 "$scratch/old.kept" "$scratch/new.kept" | wc -l)
[ "$missing" -eq 0 ] || { fail "build --merge dropped $missing quads of the old graph:"; comm -23 "$scratch/old.kept" "$scratch/new.kept" | head -5 >&2; }
[ "$(wc -l < "$scratch/new.kept")" -gt "$(wc -l < "$scratch/old.kept")" ] || fail "build --merge added nothing"
counts() {  # statement, count name -> value
  sed -nE 's,^<([^>]*)> <[^>]*vocab#(mentionCount|assertedCount|documentCount)> "([0-9]+)".*,\1 \2 \3,p' "$1" | sort
}
counts "$scratch/old.nq" > "$scratch/old.counts"
counts "$scratch/new.nq" > "$scratch/new.counts"
[ -s "$scratch/old.counts" ] || fail "no counts found in the old graph's N-Quads"
lower=$(join -j1 <(awk '{print $1"|"$2, $3}' "$scratch/old.counts") <(awk '{print $1"|"$2, $3}' "$scratch/new.counts") |
        awk '$3 < $2' | wc -l)
[ "$lower" -eq 0 ] || fail "build --merge lowered $lower counts of the old graph's statements"
"$jaring" -q merge "$scratch/new.jsonld" "$scratch/old.jsonld" -o "$scratch/merged.jsonld"
cmp -s "$scratch/merged.jsonld" "$scratch/new.jsonld" || fail "merging the old graph into the new one changed it"
finish
