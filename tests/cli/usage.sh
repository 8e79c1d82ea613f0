# Help, version and command-line errors.
source "$(dirname "$0")/lib.sh"
jaring=$1
"$jaring" --help > "$scratch/out"
expect_status 0 $? "--help"
expect_grep "Examples:" "$scratch/out" "--help shows examples"
expect_grep "Exit status" "$scratch/out" "--help documents exit statuses"
for cmd in extract build merge render export; do
  "$jaring" "$cmd" --help > "$scratch/out"
  expect_status 0 $? "$cmd --help"
  expect_grep "Examples:" "$scratch/out" "$cmd --help shows examples"
done
"$jaring" --version > "$scratch/out"
expect_status 0 $? "--version"
expect_grep "^jaring [0-9]+\.[0-9]+\.[0-9]+$" "$scratch/out" "--version"
"$jaring" frobnicate 2> /dev/null
expect_status 2 $? "unknown subcommand"
"$jaring" extract 2> /dev/null
expect_status 2 $? "extract without files"
"$jaring" extract --format xml x.txt 2> /dev/null
expect_status 2 $? "unknown format"
"$jaring" --data-dir /nonexistent extract x.txt 2> "$scratch/err"
expect_status 2 $? "bad data directory"
expect_grep "^jaring: /nonexistent: not a jaring data directory" "$scratch/err" "bad data directory"
finish
