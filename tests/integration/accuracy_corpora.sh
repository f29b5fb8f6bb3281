# The accuracy corpora and their scorer: the committed labelled data is what its generators write
# and every gold span is exact and valid (check_corpora.py), and bench_accuracy scores what it says
# it scores: found vs covered, NEG_* spans hit (and hit alone, by type), presidio DATE_TIME after a birth word counted as
# DATE_OF_BIRTH, ADDRESS as STREET_ADDRESS, tokens and findings of PII-free files.
source "$HUSH_TESTS/helpers/lib.sh"
ACC="$HUSH_SRC/contrib/bench/accuracy"
BENCH="$(dirname "$HUSH_BIN")/contrib/bench/bench_accuracy"
[ -x "$BENCH" ] || { echo "SKIP: bench_accuracy is not built" >&2; exit 77; }

out=$(python3 "$ACC/check_corpora.py" 2>&1) && rc=0 || rc=$?
expect_eq "variants and names corpora: exact, valid spans; data equals generator output" 0 "$rc"
[ "$rc" -eq 0 ] || echo "$out" | head -20

# One phone whose gold span also takes the word after it: found (overlap) but not covered.
cat > "$T/fixture.json" <<'JSON'
[{"full_text": "call +1 415 555 0132 now", "spans": [
   {"entity_type": "PHONE_NUMBER", "entity_value": "+1 415 555 0132 now", "start_position": 5, "end_position": 24}],
  "metadata": {"class": "wide_gold"}},
 {"full_text": "mail maria.keller@example.com today", "spans": [
   {"entity_type": "EMAIL_ADDRESS", "entity_value": "maria.keller@example.com", "start_position": 5, "end_position": 29},
   {"entity_type": "NEG_TEST", "entity_value": "maria.keller@example.com", "start_position": 5, "end_position": 29}],
  "metadata": {"class": "exact_gold"}},
 {"full_text": "She was born on 1/27/1952 in Ohio. Ordered on 2/3/2020.", "spans": [
   {"entity_type": "DATE_TIME", "entity_value": "1/27/1952", "start_position": 16, "end_position": 25},
   {"entity_type": "DATE_TIME", "entity_value": "2/3/2020", "start_position": 46, "end_position": 54},
   {"entity_type": "ADDRESS", "entity_value": "Ohio", "start_position": 29, "end_position": 33}]}]
JSON
res=$("$BENCH" "$T/fixture.json")
expect_match "a partly masked phone is found, not covered" \
    '\| PHONE_NUMBER → PHONE \| 1 \| 1 \| 0 \| 0 \| 1\.000 \| 1\.000 \| 0\.000 \|' "$res"
expect_match "an exactly masked e-mail is found and covered" \
    '\| EMAIL_ADDRESS → EMAIL \| 1 \| 1 \| 0 \| 0 \| 1\.000 \| 1\.000 \| 1\.000 \|' "$res"
expect_match "a finding on a NEG_ span is counted, not alone when it matches a gold span" \
    '\| NEG_TEST \| 1 \| 1 \| 0 \|' "$res"
expect_match "only the date after 'born' is a date of birth" \
    'DATE_TIME spans counted as DATE_OF_BIRTH \(a birth word before them\): 1' "$res"
expect_match "... and it is gold for DATE_OF_BIRTH" '\| DATE_OF_BIRTH → DATE_OF_BIRTH \| 1 \|' "$res"
expect_match "presidio's ADDRESS is gold for STREET_ADDRESS" '\| STREET_ADDRESS → STREET_ADDRESS \| 1 \|' "$res"
expect_match "per-class table" '\| wide_gold \| 1 \| 1 \| 0 \| 0 \|' "$res"

# A look-alike masked on its own (no gold span under the finding): hit alone, counted by type.
cat > "$T/alone.json" <<'JSON'
[{"full_text": "mail jo.lind@example.com now", "spans": [
   {"entity_type": "NEG_ALONE", "entity_value": "jo.lind@example.com", "start_position": 5, "end_position": 24}]}]
JSON
res=$("$BENCH" "$T/alone.json")
expect_match "a NEG_ span masked by a finding on no gold span is hit alone" '\| NEG_ALONE \| 1 \| 1 \| 1 \|' "$res"
expect_match "... and counted by the finding's type" 'alone, by EMAIL +1' "$res"

printf 'alpha beta\tgamma\n  delta\nmail maria.keller@example.com\n' > "$T/clean.txt"
res=$("$BENCH" --clean "$T/clean.txt")
expect_match "a PII-free file: tokens and findings per file" '\| clean.txt \| 6 \| 1 \| 1666\.67 \|' "$res"
expect_match "... and per type" '\| EMAIL \| 1 \| 1666\.667 \|' "$res"
finish
