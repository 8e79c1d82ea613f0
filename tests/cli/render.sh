# jaring render: SVG, PNG and PDF by their magic bytes, every layout, focus and its errors.
source "$(dirname "$0")/lib.sh"
jaring=$1
root=$2
cd "$root" || exit 1
"$jaring" build -q data/samples/*.txt -o "$scratch/g.jsonld"
magic() {  # magic FILE BYTES WHAT
  [ "$(head -c "${#2}" "$1")" = "$2" ] || fail "$3: $1 does not start with '$2'"
}
"$jaring" render -q "$scratch/g.jsonld" -o "$scratch/g.svg"
expect_status 0 $? "render SVG"
expect_grep "<svg" "$scratch/g.svg" "render SVG"
"$jaring" render -q "$scratch/g.jsonld" -o "$scratch/g.png"
expect_status 0 $? "render PNG"
magic "$scratch/g.png" $'\x89PNG' "render PNG"
"$jaring" render -q "$scratch/g.jsonld" -o "$scratch/g.pdf"
expect_status 0 $? "render PDF"
magic "$scratch/g.pdf" "%PDF-" "render PDF"
"$jaring" render -q "$scratch/g.jsonld" --format png -o - > "$scratch/stdout.png"
magic "$scratch/stdout.png" $'\x89PNG' "render PNG to standard output"
for layout in dot neato fdp sfdp; do
  "$jaring" render -q "$scratch/g.jsonld" --layout "$layout" -o "$scratch/$layout.svg"
  expect_status 0 $? "render --layout $layout"
  expect_grep "<svg" "$scratch/$layout.svg" "render --layout $layout"
done

# Around Japan, one relation away: Japan and its partners; not Iran (another article).
"$jaring" render "$scratch/g.jsonld" --focus japan --depth 1 -o "$scratch/japan.svg" 2> "$scratch/err"
expect_status 0 $? "render --focus"
expect_grep ">Japan<" "$scratch/japan.svg" "render --focus draws the focus"
expect_grep ">India<" "$scratch/japan.svg" "render --focus draws a neighbour"
grep -q ">Iran<" "$scratch/japan.svg" && fail "render --focus japan drew Iran"
expect_grep ">Iran<" "$scratch/g.svg" "the whole graph has Iran"
"$jaring" render -q "$scratch/g.jsonld" --focus Q17 --depth 0 -o "$scratch/alone.svg"
expect_grep ">Japan<" "$scratch/alone.svg" "render --focus by QID, depth 0"
grep -q ">India<" "$scratch/alone.svg" && fail "render --depth 0 drew a neighbour"

"$jaring" render -q "$scratch/g.jsonld" --focus Narnia -o "$scratch/x.svg" 2> "$scratch/err"
expect_status 2 $? "render --focus of an unknown entity"
expect_grep "^jaring: unknown entity 'Narnia'" "$scratch/err" "render --focus of an unknown entity"
"$jaring" render -q "$scratch/g.jsonld" --depth 2 -o "$scratch/x.svg" 2> /dev/null
expect_status 2 $? "render --depth without --focus"
"$jaring" render -q "$scratch/g.jsonld" --layout circo -o "$scratch/x.svg" 2> /dev/null
expect_status 2 $? "render --layout circo"
"$jaring" render -q "$scratch/g.jsonld" -o "$scratch/x.gif" 2> "$scratch/err"
expect_status 2 $? "render to .gif"
"$jaring" render -q "$scratch/missing.jsonld" -o "$scratch/x.svg" 2> "$scratch/err"
expect_status 1 $? "render a missing graph"
[ ! -e "$scratch/x.svg" ] || fail "a failed render wrote a file"
finish
