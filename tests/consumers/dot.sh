# Graphviz's dot accepts the DOT export (`jaring export --to dot`) and draws it.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
cd "$root" || exit 1
source "$root/tests/consumers/graphs.sh"
for name in "${graphs[@]}"; do
  "$jaring" export -q "$scratch/$name.jsonld" --to dot -o "$scratch/$name.dot"
  expect_status 0 $? "export the $name graph as DOT"
  dot -Tsvg "$scratch/$name.dot" > "$scratch/$name.svg"
  expect_status 0 $? "dot accepts the $name graph's DOT"
  expect_grep "<svg" "$scratch/$name.svg" "dot draws the $name graph"
done
finish
