# After `cmake --install`, jaring runs from any directory with its installed data.
source "$(dirname "$0")/lib.sh"
build=$1
cmake --install "$build" --prefix "$scratch/prefix" > /dev/null
expect_status 0 $? "cmake --install"
printf 'Korea Utara mendukung Rusia.\n' > "$scratch/a.txt"
(cd / && "$scratch/prefix/bin/jaring" -v extract --format jsonl "$scratch/a.txt") > "$scratch/out" 2> "$scratch/err"
expect_status 0 $? "installed jaring"
expect_grep '"relation":"supports"' "$scratch/out" "installed jaring extracts"
expect_grep "^data: $scratch/prefix/share/jaring/data" "$scratch/err" "installed jaring uses the installed data"
finish
