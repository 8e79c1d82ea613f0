# Runs a fuzz target once over its seed corpus and its regression inputs (inputs that
# once crashed it): any crash, sanitizer report or broken invariant fails the test.
set -u
target=$1
shift
dirs=()
for d in "$@"; do [ -d "$d" ] && dirs+=("$d"); done
files=$(find "${dirs[@]}" -type f | wc -l)
[ "$files" -gt 0 ] || { echo "FAIL: no inputs in $*" >&2; exit 1; }
# A file argument is run once (no fuzzing); -runs=0 on directories would only load them.
find "${dirs[@]}" -type f -print0 | xargs -0 "$target" -rss_limit_mb=2048 -timeout=60 > "${TMPDIR:-/tmp}/replay.$$.log" 2>&1
status=$?
if [ $status -ne 0 ]; then
  tail -40 "${TMPDIR:-/tmp}/replay.$$.log" >&2
  rm -f "${TMPDIR:-/tmp}/replay.$$.log"
  echo "FAIL: $(basename "$target") crashed on an input" >&2
  exit 1
fi
rm -f "${TMPDIR:-/tmp}/replay.$$.log"
echo "ok: $files inputs"
