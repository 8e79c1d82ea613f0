# jaring lexicon stats and lookup, with and without a user lexicon; a malformed user
# lexicon is one `file:line: what is wrong` line and exit status 3.
source "$(dirname "$0")/lib.sh"
jaring=$1

"$jaring" lexicon --help > "$scratch/out"
expect_status 0 $? "lexicon --help"
expect_grep "Examples:" "$scratch/out" "lexicon --help shows examples"
for sub in stats lookup; do
  "$jaring" lexicon "$sub" --help > "$scratch/out"
  expect_status 0 $? "lexicon $sub --help"
  expect_grep "Examples:" "$scratch/out" "lexicon $sub --help shows examples"
done

# stats: counts per type, UN members with ISO codes, CLDR names per language, load time
"$jaring" lexicon stats --format tsv > "$scratch/stats.tsv"
expect_status 0 $? "lexicon stats"
expect_grep "^Country	2[0-9][0-9]	" "$scratch/stats.tsv" "stats counts countries"
expect_grep "^Person	[0-9]+	" "$scratch/stats.tsv" "stats counts persons"
expect_grep "^UN member states	193	193	193	100.0%	193$" "$scratch/stats.tsv" "every UN member has ISO codes and a QID"
expect_grep "^CLDR \(ICU\)	id	" "$scratch/stats.tsv" "CLDR names in Indonesian"
expect_grep "^files	entities	match_keys	facts	titles	institutions	nonentities	load_ms$" "$scratch/stats.tsv" "stats reports the load time"
expect_grep "^8	1[0-9]{3}	[0-9]+	[0-9]+	[0-9]+	[0-9]+	[0-9]+	[0-9]+$" "$scratch/stats.tsv" "stats: files, entities, ..., load time"
"$jaring" lexicon stats --format json > "$scratch/stats.json"
expect_status 0 $? "lexicon stats --format json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["countries"][0]["entities"] == 193, d; assert d["load"]["load_ms"] >= 0' \
  "$scratch/stats.json" || fail "stats JSON: unexpected content"
"$jaring" lexicon stats --format xml > /dev/null 2>&1
expect_status 2 $? "lexicon stats --format xml"

# lookup: a shared name lists its alternatives, the default first; acronyms keep their case
"$jaring" lexicon lookup Georgia 'Korea Utara' AS Lavrov Q423 --format tsv > "$scratch/lookup.tsv"
expect_status 0 $? "lexicon lookup"
expect_grep "^Georgia	name, default	georgia	Georgia	Country	state	Q230	GE	GEO	" "$scratch/lookup.tsv" "Georgia: the country by default"
expect_grep "^Georgia	name, alternative	georgia_us_state	" "$scratch/lookup.tsv" "Georgia: the US state as alternative"
expect_grep "^Korea Utara	name	north_korea	North Korea	Country	state	Q423	KP	PRK	" "$scratch/lookup.tsv" "Indonesian name"
expect_grep "^AS	name	united_states	" "$scratch/lookup.tsv" "AS"
expect_grep "^Lavrov	short name	sergey_lavrov	" "$scratch/lookup.tsv" "short name"
expect_grep "^Q423	qid	north_korea	" "$scratch/lookup.tsv" "QID"
"$jaring" lexicon lookup as --format tsv > "$scratch/out" 2> "$scratch/err"
expect_status 1 $? "lookup of a name that means nothing"
expect_grep "no entity is named 'as'" "$scratch/err" "lookup of the word as"
"$jaring" lexicon lookup > /dev/null 2>&1
expect_status 2 $? "lookup without a name"

# A user lexicon adds an entity and is respected by lookup and stats.
cat > "$scratch/user.tsv" <<'TSV'
# jaring-lexicon 1
id	type	name	qid	aliases
pakta_samudra	Organization	Pakta Samudra	Q999999999	PS;Ocean Pact
north_korea				Negeri Juche
TSV
"$jaring" --lexicon "$scratch/user.tsv" lexicon lookup 'Ocean Pact' 'Negeri Juche' --format tsv > "$scratch/out"
expect_status 0 $? "lookup with --lexicon"
expect_grep "^Ocean Pact	name	pakta_samudra	Pakta Samudra	Organization		Q999999999	" "$scratch/out" "user entity"
expect_grep "^Negeri Juche	name	north_korea	" "$scratch/out" "user alias of an existing entity"
"$jaring" --lexicon "$scratch/user.tsv" lexicon stats --format tsv > "$scratch/out"
expect_grep "^9	1[0-9]{3}	" "$scratch/out" "stats counts the user file"

# A malformed user lexicon: one line naming file and line, exit status 3.
printf '# jaring-lexicon 1\nid\ttype\tname\nx_land\tCountri\tX Land\n' > "$scratch/bad.tsv"
"$jaring" --lexicon "$scratch/bad.tsv" lexicon stats > "$scratch/out" 2> "$scratch/err"
expect_status 3 $? "malformed user lexicon"
expect_grep "^jaring: .*bad\.tsv:3: type 'Countri' is not Country, Person, Organization or Place$" "$scratch/err" "file:line message"
[ "$(wc -l < "$scratch/err")" -eq 1 ] || fail "malformed user lexicon: more than one line on standard error"
[ -s "$scratch/out" ] && fail "malformed user lexicon: something was printed on standard output"
"$jaring" --lexicon "$scratch/bad.tsv" lexicon lookup Georgia > /dev/null 2> "$scratch/err"
expect_status 3 $? "malformed user lexicon (lookup)"
finish
