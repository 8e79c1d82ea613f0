# Sourced by the consumer tests after tests/cli/lib.sh, from the source root, with
# $jaring set: builds the graphs the consumers read into $scratch and lists them in
# $graphs. Always the sample graph (data/samples); also the dev corpus graph
# (../shared/corpus/dev) where that directory exists, else a message says it is skipped.
# For each NAME: NAME.jsonld (jaring build), NAME.nq (jaring export --to nquads).
graphs=(sample)
dev_corpus=../shared/corpus/dev
if compgen -G "$dev_corpus/*.txt" > /dev/null; then
  graphs+=(dev)
else
  echo "skipped: $dev_corpus is absent, no dev corpus graph"
fi
for name in "${graphs[@]}"; do
  if [ "$name" = sample ]; then inputs=(data/samples/*.txt); else inputs=("$dev_corpus"/*.txt); fi
  "$jaring" build -q "${inputs[@]}" -o "$scratch/$name.jsonld"
  expect_status 0 $? "build the $name graph"
  "$jaring" export -q "$scratch/$name.jsonld" --to nquads -o "$scratch/$name.nq"
  expect_status 0 $? "export the $name graph as N-Quads"
done
