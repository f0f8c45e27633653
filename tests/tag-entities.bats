#!/usr/bin/env bats
# CLI tests of tag-entities: golden files, the stream contract, exit codes.

load helpers

D="$TOP/tests/data/tag-entities"
SAMPLE="$TOP/samples/china-daily-2015-09-18.txt"

# the line with every entity tag removed
untag() {
	sed -E 's#</?(PERSON|ORGANIZATION|LOCATION|DATE|TIME|MONEY|PERCENT|MISC)>##g' "$@"
}

@test "--help prints the usage on stdout and exits 0" {
	run --separate-stderr tag-entities --help
	assert_success
	assert_line --index 0 --partial "usage: tag-entities"
	[ -z "$stderr" ]
}

@test "--version names the program" {
	run tag-entities --version
	assert_success
	assert_output --partial "tag-entities"
}

@test "a bad option is a usage error (exit 2)" {
	run --separate-stderr tag-entities --bogus
	assert_failure 2
	[ -n "$stderr" ]
}

@test "an unknown type for --types is a usage error" {
	run --separate-stderr tag-entities --types PERSON,PLANET
	assert_failure 2
	[[ "$stderr" == *"PLANET"* ]]
}

@test "golden: a stream with documents, existing tags and escapes" {
	run tag-entities "$D/stream.in"
	assert_success
	assert_output "$(cat "$D/stream.exp")"
}

@test "golden: plain text with paragraphs" {
	run tag-entities "$D/plain.in"
	assert_success
	assert_output "$(cat "$D/plain.exp")"
}

@test "golden: datelines and names from Nigeria, Vietnam and Japan" {
	run tag-entities "$D/hard.in"
	assert_success
	assert_output "$(cat "$D/hard.exp")"
}

@test "stdin, - and a file give the same output" {
	a=$(tag-entities < "$D/plain.in")
	b=$(tag-entities - < "$D/plain.in")
	c=$(tag-entities "$D/plain.in")
	[ "$a" = "$b" ]
	[ "$a" = "$c" ]
}

@test "several files are read in order" {
	run tag-entities "$D/plain.in" "$D/stream.in"
	assert_success
	assert_output "$(cat "$D/plain.exp" "$D/stream.exp")"
}

@test "a missing file is reported, skipped, and the status is 1" {
	run --separate-stderr tag-entities "$D/nope.in" "$D/plain.in"
	assert_failure 1
	[[ "$stderr" == "tag-entities: $D/nope.in: "* ]]
	assert_output "$(cat "$D/plain.exp")"
}

@test "removing the tags gives back every line exactly" {
	for f in "$SAMPLE" "$D/stream.in" "$D/plain.in"; do
		# the stream folds runs of empty lines: compare the text lines
		tag-entities "$f" | untag | grep -v '^$' > "$(tmpfile out)"
		untag "$f" | grep -v '^$' | cmp - "$(tmpfile out)"
	done
}

@test "running twice changes nothing" {
	# twice.in: two AEB sentences (MIT) where post-rules change what the
	# model says inside a name
	for f in "$SAMPLE" "$D/stream.in" "$D/twice.in"; do
		tag-entities "$f" > "$(tmpfile once)"
		tag-entities "$(tmpfile once)" | cmp - "$(tmpfile once)"
	done
}

@test "a soup of names, titles and company words: no crash, no crossed tags, twice the same" {
	# soup.in: 1,004 lines drawn at random from our word lists (lines
	# that once crossed two tags or read differently a second time
	# first); it is no English, so only the guarantees are checked
	run tag-entities "$D/soup.in"
	assert_success
	[ "${#lines[@]}" -eq 1004 ]
	tag-entities "$D/soup.in" > "$(tmpfile once)"
	tag-entities "$(tmpfile once)" | cmp - "$(tmpfile once)"
	sed -E 's#</?(PERSON|ORGANIZATION|LOCATION|DATE|TIME|MONEY|PERCENT)>##g' \
	    "$(tmpfile once)" | cmp - "$D/soup.in"
	! grep -E '<[A-Z]+>[^<]*<[A-Z]+>' "$(tmpfile once)"
}

@test "a tag without its pair is kept as text and counted on stderr" {
	run --separate-stderr tag-entities <<< 'A <PERSON>stray and a </DATE> too, in Paris.'
	assert_success
	assert_output 'A <PERSON>stray and a </DATE> too, in <LOCATION>Paris</LOCATION>.'
	[ "$stderr" = 'tag-entities: <stdin>: 2 entity tags without their pairs kept as text (a literal one is written &lt;)' ]
	run --separate-stderr tag-entities <<< 'A &lt;PERSON> escaped one in Paris.'
	[ -z "$stderr" ]
}

@test "existing tags are kept as they are" {
	run tag-entities <<< 'Here <PERSON>Paris Hilton</PERSON> met <DATE>Bob</DATE> in Paris.'
	assert_output 'Here <PERSON>Paris Hilton</PERSON> met <DATE>Bob</DATE> in <LOCATION>Paris</LOCATION>.'
}

@test "escaped tags in text stay text" {
	run tag-entities <<< 'The text &lt;PERSON>x&lt;/PERSON> and &amp;lt; stay.'
	assert_output 'The text &lt;PERSON>x&lt;/PERSON> and &amp;lt; stay.'
}

@test "tags never nest and never hold only spaces" {
	tag-entities "$SAMPLE" "$D/stream.in" > "$(tmpfile out)"
	! grep -E '<(PERSON|ORGANIZATION|LOCATION|DATE|TIME|MONEY|PERCENT)>[^<]*<(PERSON|ORGANIZATION|LOCATION|DATE|TIME|MONEY|PERCENT)>' "$(tmpfile out)"
	! grep -E '<([A-Z]+)> *</\1>' "$(tmpfile out)"
}

@test "documents are independent: split at </doc>, same bytes" {
	tag-entities "$D/stream.in" > "$(tmpfile whole)"
	csplit -s -z -f "$(tmpfile piece)" "$D/stream.in" '/^<\/doc>$/+1' '{*}'
	for p in "$(tmpfile piece)"*; do tag-entities "$p"; done > "$(tmpfile joined)"
	cmp "$(tmpfile whole)" "$(tmpfile joined)"
}

@test "dates, times, sums and percentages" {
	run tag-entities <<< 'On Monday, 2015-09-18 at 07:40, US$5 billion (3.5%) and 20 percent, four days ago.'
	assert_output 'On <DATE>Monday</DATE>, <DATE>2015-09-18</DATE> at <TIME>07:40</TIME>, <MONEY>US$5 billion</MONEY> (<PERCENT>3.5%</PERCENT>) and <PERCENT>20 percent</PERCENT>, <DATE>four days ago</DATE>.'
}

@test "--types keeps only the types asked for" {
	run tag-entities --types DATE,MONEY <<< 'Barack Obama paid $5 on Monday.'
	assert_output 'Barack Obama paid <MONEY>$5</MONEY> on <DATE>Monday</DATE>.'
}

@test "--list writes doc id, line, character offsets, type, text" {
	printf '<doc id="d1">\nIn Zürich, Barack Obama met Angela Merkel.\n</doc>\n' > "$(tmpfile in)"
	run tag-entities --list "$(tmpfile in)"
	assert_success
	assert_line --index 0 "$(printf 'd1\t2\t3\t9\tLOCATION\tZürich')"
	assert_line --index 1 "$(printf 'd1\t2\t11\t23\tPERSON\tBarack Obama')"
}

@test "the output piped into head -1 ends quietly" {
	# 2,048 copies by doubling (bats traces every command of a loop)
	cat "$SAMPLE" > "$(tmpfile big)"
	for i in 1 2 3 4 5 6 7 8 9 10 11; do
		cat "$(tmpfile big)" "$(tmpfile big)" > "$(tmpfile big2)"
		mv "$(tmpfile big2)" "$(tmpfile big)"
	done
	run --separate-stderr sh -c "tag-entities '$(tmpfile big)' | head -1"
	assert_success
	[ -z "$stderr" ]
}

@test "invalid UTF-8 is repaired with a warning, --strict makes it an error" {
	printf 'Paris \377 Berlin\n' > "$(tmpfile bad)"
	run --separate-stderr tag-entities "$(tmpfile bad)"
	assert_success
	[ -n "$stderr" ]
	run --separate-stderr tag-entities --strict "$(tmpfile bad)"
	assert_failure 1
}

@test "an empty input gives an empty output" {
	run tag-entities < /dev/null
	assert_success
	assert_output ""
}

@test "--model with a missing or damaged file is an error" {
	run --separate-stderr tag-entities --model "$D/nope.bin" "$D/plain.in"
	assert_failure 1
	[[ "$stderr" == "tag-entities: $D/nope.bin: "* ]]
	run --separate-stderr tag-entities --model "$D/plain.in" "$D/plain.in"
	assert_failure 1
	[[ "$stderr" == *"not a tag-entities model"* ]]
}

@test "golden: the China Daily sample, against our annotation" {
	tag-entities "$SAMPLE" > "$(tmpfile out)"
	# every gold mention is found with its type on its line
	while IFS='	' read -r line type text; do
		sed -n "${line}p" "$(tmpfile out)" | grep -qF "<$type>$text</$type>" ||
		    { echo "missing: $line $type $text"; false; }
	done < "$D/china-daily.gold.tsv"
}

# a line of thousands of names: the document's memory and the overlap
# guard once ran over every name for every word (quadratic; the time is
# measured by bench/bench-tag-entities.sh, not here).  Here: the long line
# is tagged as each of its sentences would be, across the windows a long
# line is cut into
@test "a line of thousands of names: the memory still finds every one, no tag lost or crossed" {
	# "The Blenkinsop Plan" alone has no name; after "Mr. Qorvath
	# Blenkinsop" the memory knows Blenkinsop is a person
	run tag-entities <<<'The Blenkinsop Plan'
	assert_output 'The Blenkinsop Plan'
	{
		echo 'Mr. Qorvath Blenkinsop spoke.'
		printf '<ORGANIZATION>The Blenkinsop Plan</ORGANIZATION> '
		printf 'The Blenkinsop Plan on Monday. %.0s' $(seq 3000)
		echo
	} > "$BATS_TEST_TMPDIR/long.in"
	run tag-entities "$BATS_TEST_TMPDIR/long.in"
	assert_success
	[ "$(echo "$output" | sed -n 2p | grep -o '<PERSON>Blenkinsop</PERSON>' | wc -l)" -eq 3000 ]
	[ "$(echo "$output" | sed -n 2p | grep -o '<DATE>Monday</DATE>' | wc -l)" -eq 3000 ]
	echo "$output" | sed -n 2p | grep -q '^<ORGANIZATION>The Blenkinsop Plan</ORGANIZATION> The <PERSON>'
	cmp <(echo "$output" | untag) <(untag "$BATS_TEST_TMPDIR/long.in")
}

@test "a line of one word repeated (one long name): every byte back, the tags well formed" {
	# one printf, not a loop: bats traces every command of a loop
	printf 'Xqz %.0s' $(seq 20000) > "$BATS_TEST_TMPDIR/one.in"
	echo >> "$BATS_TEST_TMPDIR/one.in"
	run tag-entities "$BATS_TEST_TMPDIR/one.in"
	assert_success
	cmp <(echo "$output" | untag) "$BATS_TEST_TMPDIR/one.in"
	# no tag inside another: each opening tag is closed before the next
	! echo "$output" | grep -Eq '<(PERSON|ORGANIZATION|LOCATION)>[^<]*<(PERSON|ORGANIZATION|LOCATION)>'
}

# names only where the language has a model (en); the rest by rules
# that need no words, and one line per input counting what was left
@test "a German document gets no names, only what signs and digits say, and is counted" {
	printf '<doc id="a" lang="de">\nAngela Merkel traf am Monday um 14:30 in Berlin ein; der Euro stieg um 5 %% auf €3.50.\n</doc>\n' > "$BATS_TEST_TMPDIR/de.in"
	run --separate-stderr tag-entities "$BATS_TEST_TMPDIR/de.in"
	assert_success
	assert_line --index 1 'Angela Merkel traf am Monday um <TIME>14:30</TIME> in Berlin ein; der Euro stieg um <PERCENT>5 %</PERCENT> auf <MONEY>€3.50</MONEY>.'
	[ "$stderr" = "tag-entities: $BATS_TEST_TMPDIR/de.in: 1 document left without names (no name model for the language): de 1" ]
}

@test "an English document (lang en, en-GB or none) is tagged as before, and not counted" {
	line='Angela Merkel arrived in Berlin on Monday at 14:30; the euro rose 5 percent.'
	run --separate-stderr tag-entities <<<"$line"
	plain=$output
	assert_output '<PERSON>Angela Merkel</PERSON> arrived in <LOCATION>Berlin</LOCATION> on <DATE>Monday</DATE> at <TIME>14:30</TIME>; the euro rose <PERCENT>5 percent</PERCENT>.'
	for l in en en-GB EN; do
		run --separate-stderr tag-entities <<<"<doc id=\"x\" lang=\"$l\">
$line
</doc>"
		assert_success
		assert_line --index 1 "$plain"
		[ -z "$stderr" ]
	done
}

@test "documents are counted by language, once per input, in --list mode too" {
	printf '<doc id="a" lang="de">\nAngela Merkel.\n</doc>\n<doc id="b" lang="fr-CA">\nEmmanuel Macron.\n</doc>\n<doc id="c" lang="DE">\nOlaf Scholz.\n</doc>\n<doc id="d" lang="en">\nOlaf Scholz.\n</doc>\n<doc id="e" lang="1 2">\nOlaf Scholz.\n</doc>\n' > "$BATS_TEST_TMPDIR/mix.in"
	run --separate-stderr tag-entities "$BATS_TEST_TMPDIR/mix.in" "$BATS_TEST_TMPDIR/mix.in"
	assert_success
	[ "$(grep -c '<PERSON>' <<<"$output")" -eq 2 ]
	[ "$(grep -c 'left without names' <<<"$stderr")" -eq 2 ]
	[[ "$stderr" == *"mix.in: 4 documents left without names (no name model for the language): de 2, fr 1, ? 1"* ]]
	run --separate-stderr tag-entities --list "$BATS_TEST_TMPDIR/mix.in"
	assert_output "$(printf 'd\t11\t0\t11\tPERSON\tOlaf Scholz')"
	[[ "$stderr" == *"mix.in: 4 documents left without names"* ]]
}

@test "-L sets the language of documents without lang; a bad one is a usage error" {
	printf 'Angela Merkel traf am 3. Oktober in Berlin ein.\n' > "$BATS_TEST_TMPDIR/plain.in"
	run --separate-stderr tag-entities -L de "$BATS_TEST_TMPDIR/plain.in"
	assert_success
	assert_output 'Angela Merkel traf am <DATE>3. Oktober</DATE> in Berlin ein.'
	[[ "$stderr" == *"1 document left without names (no name model for the language): de 1" ]]
	# a document's own lang wins over -L
	run --separate-stderr tag-entities --lang=de <<<'<doc id="x" lang="en">
Angela Merkel arrived.
</doc>'
	assert_line --index 1 '<PERSON>Angela Merkel</PERSON> arrived.'
	[ -z "$stderr" ]
	run --separate-stderr tag-entities -L en "$BATS_TEST_TMPDIR/plain.in"
	assert_output --partial '<PERSON>Angela Merkel</PERSON>'
	[ -z "$stderr" ]
	run --separate-stderr tag-entities -L 12 "$BATS_TEST_TMPDIR/plain.in"
	assert_failure 2
	[[ "$stderr" == *"'12' is no language tag"* ]]
}

# the examples of the rules and post-rule passes: one document each, the
# tagged line as expected, the untagged line as the input, and a second
# run the same (tests/data/tag-entities/post-rules.tsv: category, input,
# expected)
@test "post-rules.tsv: every example tagged as written" {
	t="$D/post-rules.tsv"
	[ "$(tail -n +2 "$t" | wc -l)" -ge 40 ]
	tail -n +2 "$t" | awk -F '\t' '{ printf "<doc id=\"%d\">\n%s\n</doc>\n", NR, $2 }' > "$BATS_TEST_TMPDIR/in"
	tag-entities "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/out"
	tag-entities "$BATS_TEST_TMPDIR/out" > "$BATS_TEST_TMPDIR/again"
	cmp "$BATS_TEST_TMPDIR/out" "$BATS_TEST_TMPDIR/again"
	diff <(untag "$BATS_TEST_TMPDIR/in") <(untag "$BATS_TEST_TMPDIR/out")
	# the text lines of the output against the expected column
	run diff <(tail -n +2 "$t" | cut -f1,3) \
	    <(paste <(tail -n +2 "$t" | cut -f1) <(grep -v '^</\?doc' "$BATS_TEST_TMPDIR/out"))
	assert_output ""
}

# --- issue 16, English: a capitalised sentence start the document writes
# in lower case nearby is no name (the window of memory.h: 16 lines each
# way, within a <doc>)

CYBER='Cybersecurity will be one of the main issues that Xi and US President Barack Obama will discuss, Zheng said.'
CYBER_LOW='Officials said that cybersecurity will come up.'
FILLER='The talks went on for hours.'

@test "the demo: Cybersecurity opening a sentence is no person, the article writes cybersecurity" {
	run bash -c "strip-markup --article '$SAMPLE' | split-sentences | tag-entities"
	assert_success
	assert_output --partial 'Cybersecurity will be one of the main issues'
	refute_output --partial '<PERSON>Cybersecurity</PERSON>'
	assert_output --partial '<PERSON>Barack Obama</PERSON>'
}

@test "the lower-case word counts within 16 lines after or before, not 17, not across </doc>" {
	{ echo "$CYBER"; for i in $(seq 15); do echo "$FILLER"; done; echo "$CYBER_LOW"; } > "$BATS_TEST_TMPDIR/after"
	{ echo "$CYBER_LOW"; for i in $(seq 15); do echo "$FILLER"; done; echo "$CYBER"; } > "$BATS_TEST_TMPDIR/before"
	{ echo "$CYBER"; for i in $(seq 16); do echo "$FILLER"; done; echo "$CYBER_LOW"; } > "$BATS_TEST_TMPDIR/far"
	run tag-entities "$BATS_TEST_TMPDIR/after"
	assert_line --index 0 --partial 'Cybersecurity will'
	run tag-entities "$BATS_TEST_TMPDIR/before"
	assert_line --index 16 --partial 'Cybersecurity will'
	run tag-entities "$BATS_TEST_TMPDIR/far"
	assert_line --index 0 --partial '<PERSON>Cybersecurity</PERSON>'
	printf '<doc id="a">\n%s\n</doc>\n<doc id="b">\n%s\n</doc>\n' "$CYBER" "$CYBER_LOW" > "$BATS_TEST_TMPDIR/docs"
	run tag-entities "$BATS_TEST_TMPDIR/docs"
	assert_line --index 1 --partial '<PERSON>Cybersecurity</PERSON>'
}

@test "held lines keep the stream: breaks and documents in order, a second run the same, --list the same lines" {
	printf '<doc id="a">\n%s\n\n%s\n</doc>\n<doc id="b">\n%s\n\n%s\n</doc>\n' \
	    "$CYBER" "$CYBER_LOW" "$FILLER" "$CYBER" > "$BATS_TEST_TMPDIR/in"
	tag-entities "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/out"
	diff <(untag "$BATS_TEST_TMPDIR/out") "$BATS_TEST_TMPDIR/in"
	run tag-entities "$BATS_TEST_TMPDIR/out"
	assert_output "$(cat "$BATS_TEST_TMPDIR/out")"
	run tag-entities --list "$BATS_TEST_TMPDIR/in"
	refute_output --partial $'a\t2\t0\t13\tPERSON\tCybersecurity'
	assert_output --partial $'b\t9\t0\t13\tPERSON\tCybersecurity'
	run bash -c "yes '$CYBER_LOW' | head -n 100000 | tag-entities | head -n 2"
	assert_success
	assert_line --index 1 "$CYBER_LOW"
}

# a line over the window's budget (64 KB, memory.h) is not copied into
# the window: it is searched for its own words only, never for its
# neighbours'
@test "a line over 64 KB: its own lower-case word counts, not for the lines before it" {
	pad=$(printf 'The talks went on for hours and nobody left the room. %.0s' $(seq 1300))
	printf '%s %s %s\n' "$CYBER" "$pad" "$CYBER_LOW" > "$BATS_TEST_TMPDIR/own"
	[ "$(wc -c < "$BATS_TEST_TMPDIR/own")" -gt 65536 ]
	run tag-entities "$BATS_TEST_TMPDIR/own"
	assert_success
	assert_output --partial 'Cybersecurity will be one'
	refute_output --partial '<PERSON>Cybersecurity</PERSON>'
	printf '%s\n%s %s\n' "$CYBER" "$pad" "$CYBER_LOW" > "$BATS_TEST_TMPDIR/next"
	run tag-entities "$BATS_TEST_TMPDIR/next"
	assert_success
	assert_line --index 0 --partial '<PERSON>Cybersecurity</PERSON>'
	cmp <(untag <<<"$output") "$BATS_TEST_TMPDIR/next"
}

# peak RSS in MB of a command (python3 is a test dependency; ru_maxrss is
# KB), as strip-markup.bats measures it
peak_mb() {
	python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)' "$@"
}

@test "a document of long lines costs about what one of its lines costs" {
	# twelve lines of 1 MB in one document: the window once kept a
	# copy of each in its slot after the line was written (37 MB
	# against 26 MB for one line; 20 lines of 4.2 MB: 146 MB against
	# 68 MB).  peak_mb checks the exit status
	python3 -c 'import sys
line = "Word is here. " * 75000 + "\n"
sys.stdout.write("<doc id=\"h\">\n" + line + "</doc>\n")
open(sys.argv[1], "w").write("<doc id=\"h\">\n" + line * 12 + "</doc>\n")' "$BATS_TEST_TMPDIR/many" > "$BATS_TEST_TMPDIR/one"
	one=$(peak_mb tag-entities "$BATS_TEST_TMPDIR/one")
	many=$(peak_mb tag-entities "$BATS_TEST_TMPDIR/many")
	echo "peak: one line $one MB, twelve lines $many MB"
	# under the sanitizers memory is ASan's quarantine and shadow, not
	# ours: only the text is checked
	if [ -z "${ASAN_OPTIONS:-}" ]; then
		[ "$many" -lt $((one + 6)) ]
	fi
	[ "$(tag-entities "$BATS_TEST_TMPDIR/many" | uniq -c | awk '{ print $1 }' | paste -sd' ')" = "1 12 1" ]
}

# ---- languages with their own name model (issue 15): Portuguese ----

@test "a Portuguese document (lang pt, pt-BR, or -L pt) gets names from the Portuguese model, and is not counted" {
	printf '<doc id="a" lang="pt-BR">\nO presidente Luiz Inácio Lula da Silva visitou Lisboa e falou com o Banco do Brasil.\n</doc>\n<doc id="b" lang="de">\nAngela Merkel besuchte Berlin.\n</doc>\n' > "$BATS_TEST_TMPDIR/pt.in"
	run --separate-stderr tag-entities "$BATS_TEST_TMPDIR/pt.in"
	assert_success
	assert_line --index 1 'O presidente <PERSON>Luiz Inácio Lula da Silva</PERSON> visitou <LOCATION>Lisboa</LOCATION> e falou com o <ORGANIZATION>Banco do Brasil</ORGANIZATION>.'
	assert_line --index 4 'Angela Merkel besuchte Berlin.'
	[ "$stderr" = "tag-entities: $BATS_TEST_TMPDIR/pt.in: 1 document left without names (no name model for the language): de 1" ]
	run --separate-stderr tag-entities -L pt <<<'O presidente Luiz Inácio Lula da Silva visitou Lisboa.'
	assert_output 'O presidente <PERSON>Luiz Inácio Lula da Silva</PERSON> visitou <LOCATION>Lisboa</LOCATION>.'
	[ -z "$stderr" ]
	# the Portuguese names once tagged are kept as they are
	tag-entities "$BATS_TEST_TMPDIR/pt.in" 2>/dev/null > "$BATS_TEST_TMPDIR/once"
	tag-entities "$BATS_TEST_TMPDIR/once" 2>/dev/null | cmp - "$BATS_TEST_TMPDIR/once"
}

@test "-m gives the -L language a model (German has none built in); -m with an unknown -L is a usage error" {
	run --separate-stderr tag-entities -L de -m /nonexistent/model.bin <<<'x'
	assert_failure
	[[ "$stderr" == *"/nonexistent/model.bin"* ]]
	run --separate-stderr tag-entities -L xx -m "$BATS_TEST_TMPDIR/none.bin" <<<'x'
	assert_failure 2
	[[ "$stderr" == *"--model: 'xx' is no language tag-entities knows"* ]]
	[ -z "$output" ]
}

# ---- dates, times, sums and percentages in German and Portuguese ----
# tests/data/tag-entities/rules-LANG.tsv: sentences written and annotated
# by us for the rules (category, input, expected; "not" rows are words
# that must stay untagged: names, years that are counts); only the
# rules' types are written (-t), so a name model does not change them

# rules-LANG.tsv tagged by LANG, given as -L and as each document's lang
rules_table() {
	local lang=$1 t="$D/rules-$1.tsv"
	[ "$(tail -n +2 "$t" | wc -l)" -ge 20 ]
	tail -n +2 "$t" | cut -f2 > "$BATS_TEST_TMPDIR/in"
	tag-entities -L "$lang" -t DATE,TIME,MONEY,PERCENT "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/out" 2>/dev/null
	run diff <(tail -n +2 "$t" | cut -f1,3) <(paste <(tail -n +2 "$t" | cut -f1) "$BATS_TEST_TMPDIR/out")
	assert_output ""
	tail -n +2 "$t" | awk -F '\t' -v l="$lang" '{ printf "<doc id=\"%d\" lang=\"%s\">\n%s\n</doc>\n", NR, l, $2 }' > "$BATS_TEST_TMPDIR/docs"
	tag-entities -t DATE,TIME,MONEY,PERCENT "$BATS_TEST_TMPDIR/docs" > "$BATS_TEST_TMPDIR/docs.out" 2>/dev/null
	run diff "$BATS_TEST_TMPDIR/out" <(grep -v '^</\?doc' "$BATS_TEST_TMPDIR/docs.out")
	assert_output ""
	# a second run changes nothing, and untagged it is the input
	tag-entities -L "$lang" -t DATE,TIME,MONEY,PERCENT "$BATS_TEST_TMPDIR/out" 2>/dev/null | cmp - "$BATS_TEST_TMPDIR/out"
	untag "$BATS_TEST_TMPDIR/out" | cmp - "$BATS_TEST_TMPDIR/in"
}

@test "rules-de.tsv: German dates, times, sums, percentages as annotated (-L de and lang=\"de\")" {
	rules_table de
}

@test "rules-pt.tsv: Portuguese dates, times, sums, percentages as annotated (-L pt and lang=\"pt-BR\")" {
	rules_table pt
	# a regional tag is the same language
	sed 's/lang="pt"/lang="pt-BR"/' "$BATS_TEST_TMPDIR/docs" | tag-entities -t DATE,TIME,MONEY,PERCENT | grep -v '^</\?doc' | cmp - "$BATS_TEST_TMPDIR/out"
}

@test "German and Portuguese words are dates only in their own language" {
	printf '<doc id="e" lang="en">\nam 3. Oktober, 3 de outubro, 5 Prozent, 14h30, 2 milhões de reais\n</doc>\n<doc id="f" lang="it">\nam 3. Oktober, 3 de outubro, 5 Prozent, 14h30, 2 milhões de reais\n</doc>\n<doc id="d" lang="de">\nam 3. Oktober, 3 de outubro, 5 Prozent, 14h30, 2 milhões de reais\n</doc>\n' > "$BATS_TEST_TMPDIR/mix.in"
	run --separate-stderr tag-entities -t DATE,TIME,MONEY,PERCENT "$BATS_TEST_TMPDIR/mix.in"
	assert_success
	assert_line --index 1 'am 3. Oktober, 3 de outubro, 5 Prozent, 14h30, 2 milhões de reais'
	assert_line --index 4 'am 3. Oktober, 3 de outubro, 5 Prozent, 14h30, 2 milhões de reais'
	assert_line --index 7 'am <DATE>3. Oktober</DATE>, 3 de outubro, <PERCENT>5 Prozent</PERCENT>, 14h30, 2 milhões de reais'
}

# ---- dates, times, sums and percentages in Spanish and French ----
# rules-es.tsv, rules-fr.tsv as rules-de.tsv above (written and annotated
# by us; "not" rows: months and weekdays that are names, places or
# events, verbs and counts); the languages have the rules' words and no
# name model

@test "rules-es.tsv: Spanish dates, times, sums, percentages as annotated (-L es and lang=\"es\")" {
	rules_table es
	sed 's/lang="es"/lang="es-MX"/' "$BATS_TEST_TMPDIR/docs" | tag-entities -t DATE,TIME,MONEY,PERCENT 2>/dev/null | grep -v '^</\?doc' | cmp - "$BATS_TEST_TMPDIR/out"
}

@test "rules-fr.tsv: French dates, times, sums, percentages as annotated (-L fr and lang=\"fr\")" {
	rules_table fr
	sed 's/lang="fr"/lang="FR-ca"/' "$BATS_TEST_TMPDIR/docs" | tag-entities -t DATE,TIME,MONEY,PERCENT 2>/dev/null | grep -v '^</\?doc' | cmp - "$BATS_TEST_TMPDIR/out"
}

@test "Spanish and French documents get their rules but no names, and are counted as left without names" {
	printf '<doc id="a" lang="es">\nEl presidente Pedro Sánchez visitó Madrid el 3 de octubre de 2021.\n</doc>\n<doc id="b" lang="fr">\nLe président Emmanuel Macron a visité Paris le 3 octobre 2021.\n</doc>\n<doc id="c" lang="es-AR">\nCostó 2 millones de euros.\n</doc>\n' > "$BATS_TEST_TMPDIR/esfr.in"
	run --separate-stderr tag-entities "$BATS_TEST_TMPDIR/esfr.in"
	assert_success
	assert_line --index 1 'El presidente Pedro Sánchez visitó Madrid el <DATE>3 de octubre de 2021</DATE>.'
	assert_line --index 4 'Le président Emmanuel Macron a visité Paris le <DATE>3 octobre 2021</DATE>.'
	assert_line --index 7 'Costó <MONEY>2 millones de euros</MONEY>.'
	[ "$stderr" = "tag-entities: $BATS_TEST_TMPDIR/esfr.in: 3 documents left without names (no name model for the language): es 2, fr 1" ]
	# -m gives the -L language a model, Spanish too (it has a row)
	run --separate-stderr tag-entities -L es -m /nonexistent/model.bin <<<'x'
	assert_failure
	[[ "$stderr" == *"/nonexistent/model.bin"* ]]
}

@test "Spanish and French words are dates only in their own language" {
	line='el 3 de octubre, le 3 octobre, à 14 heures, 2 millions d'"'"'euros, 5 por ciento'
	run --separate-stderr tag-entities -L es -t DATE,TIME,MONEY,PERCENT <<<"$line"
	assert_output 'el <DATE>3 de octubre</DATE>, le 3 octobre, à 14 heures, 2 millions d'"'"'euros, <PERCENT>5 por ciento</PERCENT>'
	run --separate-stderr tag-entities -L fr -t DATE,TIME,MONEY,PERCENT <<<"$line"
	assert_output 'el 3 de octubre, le <DATE>3 octobre</DATE>, à <TIME>14 heures</TIME>, <MONEY>2 millions d'"'"'euros</MONEY>, 5 por ciento'
	for l in en de pt it; do
		run --separate-stderr tag-entities -L $l -t DATE,TIME,MONEY,PERCENT <<<"$line"
		assert_output "$line"
	done
}

@test "the rules' general forms: minutes after the clock's word, digits in groups apart by a space, a phrase of words" {
	run --separate-stderr tag-entities -L de -t DATE,TIME,MONEY,PERCENT <<<'Um 14 Uhr 30 begann es, vor 5 000 Jahren.'
	assert_output 'Um <TIME>14 Uhr 30</TIME> begann es, <DATE>vor 5 000 Jahren</DATE>.'
	# signs and digits hold in any language: "5 000 $", "£12 000"
	run --separate-stderr tag-entities -L it -t DATE,TIME,MONEY,PERCENT <<<'Costa 5 000 $ o £12 000.'
	assert_output 'Costa <MONEY>5 000 $</MONEY> o <MONEY>£12 000</MONEY>.'
	# a phrase is its words apart by one space each, in any ASCII case
	run --separate-stderr tag-entities -L fr -t DATE,TIME,MONEY,PERCENT <<<'IL Y A deux ans, il  y a trois ans, il a quatre ans.'
	assert_output '<DATE>IL Y A deux ans</DATE>, il  y a <DATE>trois ans</DATE>, il a <DATE>quatre ans</DATE>.'
}
