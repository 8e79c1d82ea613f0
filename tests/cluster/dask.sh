#!/usr/bin/env bash
# Scale-out on Dask: a private cluster (a scheduler and two workers on 127.0.0.1, ports
# chosen by the system) runs scripts/dask_build over the sample articles (and the dev
# corpus when ../shared is there), sharded; the merged graph must be byte-identical to
# one `jaring build` of the same files. The cluster is always shut down.
#   dask.sh JARING_BIN SOURCE_DIR
jaring=$1
root=$2
. "$(dirname "$0")/../cli/lib.sh"
python=/usr/bin/python3

if ! $python -c 'import distributed' 2>/dev/null; then
  echo "FAIL: python3-distributed is not installed (scripts/setup installs it)" >&2
  exit 1
fi
# Debian's distributed ships both `dask scheduler` and the older `dask-scheduler`.
if command -v dask >/dev/null && dask scheduler --help >/dev/null 2>&1; then
  scheduler_cmd=(dask scheduler) worker_cmd=(dask worker)
else
  scheduler_cmd=(dask-scheduler) worker_cmd=(dask-worker)
fi

pids=()
stop_cluster() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    # Give each a moment to leave, then make sure it has.
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  pids=()
}
trap 'stop_cluster; rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM

cd "$scratch" || exit 1
sched_file=$scratch/scheduler.json
"${scheduler_cmd[@]}" --host 127.0.0.1 --port 0 --no-dashboard --scheduler-file "$sched_file" \
  > "$scratch/scheduler.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do [ -s "$sched_file" ] && break; sleep 0.2; done
[ -s "$sched_file" ] || { fail "the scheduler did not start:"; cat "$scratch/scheduler.log" >&2; finish; }
for w in 1 2; do
  "${worker_cmd[@]}" --scheduler-file "$sched_file" --host 127.0.0.1 --nthreads 1 --no-nanny --no-dashboard \
    --name "w$w" --local-directory "$scratch/w$w" > "$scratch/worker$w.log" 2>&1 &
  pids+=($!)
done

inputs=("$root"/data/samples/*.txt)
dev=$root/../shared/corpus/dev
if [ -d "$dev" ]; then
  inputs+=("$dev"/*.txt)
else
  echo "note: $dev is absent; the sharded build runs on the samples only"
fi

# The reference: one process.
"$jaring" -q build --threads 1 "${inputs[@]}" -o "$scratch/single.jsonld"
expect_status 0 $? "single build"

# Sharded over the two workers: more shards than workers, merged two by two, so that both
# levels of the merge tree run.
start=$(date +%s.%N)
timeout 120 $python "$root/scripts/dask_build" --scheduler-file "$sched_file" --wait-workers 2 --timeout 60 \
  --jaring "$jaring" --shards 5 --fan-in 2 -o "$scratch/sharded.jsonld" "${inputs[@]}" 2> "$scratch/dask.err"
status=$?
expect_status 0 "$status" "dask_build"
[ "$status" -eq 0 ] || sed 's/^/    /' "$scratch/dask.err" >&2
if cmp -s "$scratch/single.jsonld" "$scratch/sharded.jsonld"; then
  echo "sharded build = single build ($(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s on Dask)"
else
  fail "the sharded graph differs from the single-process graph"
  diff <(head -c 2000 "$scratch/single.jsonld") <(head -c 2000 "$scratch/sharded.jsonld") | head -20 >&2
fi
grep -h "^dask_build:" "$scratch/dask.err"
ls "$scratch"/.dask_build-* >/dev/null 2>&1 && fail "dask_build left its shard directory behind"

# A missing input is reported, the others are still built: status 1, the same graph.
timeout 120 $python "$root/scripts/dask_build" --scheduler-file "$sched_file" --timeout 60 --jaring "$jaring" \
  --shards 3 -o "$scratch/partial.jsonld" "${inputs[@]}" "$scratch/missing.txt" 2> "$scratch/partial.err"
expect_status 1 $? "dask_build with a missing input"
expect_grep "missing.txt: no such file" "$scratch/partial.err" "dask_build with a missing input"
cmp -s "$scratch/single.jsonld" "$scratch/partial.jsonld" || fail "a missing input changed the graph"

stop_cluster
finish
