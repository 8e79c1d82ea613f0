# Shared by the shell tests: a scratch directory and assertions that say what failed.
set -u
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_status() {  # expect_status WANT GOT WHAT
  [ "$1" -eq "$2" ] || fail "$3: exit status $2, expected $1"
}
expect_grep() {  # expect_grep PATTERN FILE WHAT
  grep -qE -- "$1" "$2" || { fail "$3: no line matching '$1' in:"; sed 's/^/    /' "$2" >&2; }
}
finish() {
  [ "$failures" -eq 0 ] && echo "ok" && exit 0
  echo "$failures failure(s)" >&2
  exit 1
}
