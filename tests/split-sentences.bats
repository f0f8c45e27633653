#!/usr/bin/env bats
# split-sentences: CLI, golden files, the stream contract, the golden
# rules and the hard cases by category.
load helpers

D="$TOP/tests/data/split-sentences"

# every test input of this suite, and the China Daily sample
inputs() {
	printf '%s\n' "$D"/*.in "$TOP/samples/china-daily-2015-09-18.txt"
}

# the text without any whitespace (Unicode's, as Python's \s has it)
nows() {
	perl -CSD -0777 -pe 's/\s+//g'
}

# run the splitter once over all rows of a TSV (id/category, input with
# \n escapes, sentences joined by " ||| "), each row a document of its
# own; print a diff of the rows that differ.  $only keeps one id's rows.
check_table() {
	local rows='NR > 1 && (only == "" || $1 == only)'
	diff <(awk -F'\t' -v only="${only:-}" "$rows"' { print $1 ": " $3 }' "$1") \
	    <(awk -F'\t' -v only="${only:-}" "$rows"' {
		gsub(/\\n/, "\n", $2)
		printf "<doc id=\"%s\">\n%s\n</doc>\n", $1, $2 }' "$1" |
	    split-sentences |
	    awk '/^<doc id="/ { id = substr($0, 10); sub(/">$/, "", id); s = ""; next }
		/^<\/doc>$/ { print id ": " s; next }
		{ sub(/^ +/, ""); sub(/ +$/, ""); if ($0 == "") next
		  s = (s == "" ? $0 : s " ||| " $0) }')
}

@test "--help prints the usage on stdout and exits 0" {
	run --separate-stderr split-sentences --help
	assert_success
	assert_line --index 0 --partial "usage: split-sentences [-hV] [-a file] [-l lang] [--strict] [file ...]"
	assert_equal "$stderr" ""
	run split-sentences -h
	assert_success
	assert_line --partial "--abbrev"
}

@test "--version prints the version" {
	run --separate-stderr split-sentences --version
	assert_success
	assert_output --regexp '^split-sentences \(copydesk\) [0-9]'
}

@test "a bad option is a usage error (exit 2)" {
	run --separate-stderr split-sentences --bogus
	assert_failure 2
	assert_equal "$output" ""
	[[ "$stderr" == *"Try 'split-sentences --help'"* ]]
}

@test "an unknown language is a usage error" {
	run --separate-stderr split-sentences --lang xx
	assert_failure 2
	[[ "$stderr" == *"split-sentences: unknown language 'xx'"* ]]
}

@test "golden files: each .in gives its .exp" {
	for f in "$D"/*.in; do
		run split-sentences "$f"
		assert_success
		assert_output "$(cat "${f%.in}.exp")"
	done
}

@test "only whitespace changes (all test inputs)" {
	for f in $(inputs); do
		diff <(nows <"$f") <(split-sentences "$f" | nows)
	done
}

@test "sentence lines are folded and trimmed, with no TAB" {
	for f in $(inputs); do
		run bash -c "split-sentences '$f' | grep -nE '^ | \$|  |	'"
		assert_failure 1
	done
}

@test "running twice changes nothing (idempotence)" {
	for f in $(inputs); do
		split-sentences "$f" >"$(tmpfile once)"
		split-sentences "$(tmpfile once)" >"$(tmpfile twice)"
		cmp "$(tmpfile once)" "$(tmpfile twice)"
	done
}

@test "stdin, '-' and a file give the same output" {
	f="$D/plain.in"
	a=$(split-sentences "$f")
	b=$(split-sentences <"$f")
	c=$(split-sentences - <"$f")
	assert_equal "$a" "$b"
	assert_equal "$a" "$c"
}

@test "several files are read in order" {
	run split-sentences "$D/plain.in" "$D/lists.in"
	assert_success
	assert_output "$(cat "$D/plain.exp" "$D/lists.exp")"
}

@test "a missing file is reported, skipped, and the status is 1" {
	run --separate-stderr split-sentences "$D/plain.in" /nonexistent/x "$D/lists.in"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: /nonexistent/x: No such file or directory"
	assert_output "$(cat "$D/plain.exp" "$D/lists.exp")"
}

@test "| head -1 ends quietly" {
	big=$(tmpfile big.txt)
	yes "$(cat "$D/plain.in")" | head -n 20000 >"$big"
	run --separate-stderr bash -c "split-sentences '$big' | head -1"
	assert_success
	assert_output "Hello World."
	assert_equal "$stderr" ""
}

@test "invalid UTF-8 is repaired with a warning; --strict makes it an error" {
	printf 'Bad \377 byte. Next one.\n' >"$(tmpfile bad.txt)"
	run --separate-stderr split-sentences "$(tmpfile bad.txt)"
	assert_success
	assert_output "$(printf 'Bad \357\277\275 byte.\nNext one.')"
	[[ "$stderr" == split-sentences:* ]]
	run --separate-stderr split-sentences --strict "$(tmpfile bad.txt)"
	assert_failure 1
}

@test "documents, attributes, breaks and entity tags pass intact" {
	run split-sentences "$D/stream.in"
	assert_success
	assert_line --index 0 "$(head -1 "$D/stream.in")"
	assert_line "<PERSON>Jonas E. Smith</PERSON> met Dr. <PERSON>Jane Doe</PERSON> at 5 p.m."
	assert_line "x<y holds &amp; &lt;PERSON> is text."
	# the tags of the input are all in the output, in order
	diff <(grep -o '</\?[A-Z]*>' "$D/stream.in") <(split-sentences "$D/stream.in" | grep -o '</\?[A-Z]*>')
}

@test "no cut falls inside an entity tag" {
	run split-sentences <<<'I met <PERSON>Jim Smith Jr. Esq. Who</PERSON> today. <ORGANIZATION>Yahoo! Inc.</ORGANIZATION> It grew.'
	assert_success
	assert_output "$(printf '%s\n' 'I met <PERSON>Jim Smith Jr. Esq. Who</PERSON> today.' '<ORGANIZATION>Yahoo! Inc.</ORGANIZATION>' 'It grew.')"
}

@test "documents are independent: cutting at </doc> gives the same bytes" {
	s="$D/stream.in"
	whole=$(split-sentences "$s")
	n=$(grep -n '^</doc>$' "$s" | head -1 | cut -d: -f1)
	parts=$( (head -n "$n" "$s" | split-sentences; tail -n +"$((n + 1))" "$s" | split-sentences) )
	assert_equal "$whole" "$parts"
}

@test "English golden rules: 48 of 48" {
	run check_table "$D/golden_rules_en.tsv"
	assert_output ""
}

@test "extra golden rules PS42 and PS52 (PS40, PS41 need a newline inside a sentence)" {
	only=PS42 run check_table "$D/golden_rules_en_extra.tsv"
	assert_output ""
	only=PS52 run check_table "$D/golden_rules_en_extra.tsv"
	assert_output ""
}

# one test per category of hard cases, from cases.tsv
case_test() {
	only=$1 run check_table "$D/cases.tsv"
	assert_output ""
	# the category exists: no test that cannot fail
	grep -q "^$1	" "$D/cases.tsv"
}

@test "case: titles and prepositive abbreviations" { case_test titles; }
@test "case: abbreviations that can end a sentence" { case_test final-abbrev; }
@test "case: a.m./p.m. followed by a name" { case_test time; }
@test "case: numeric abbreviations" { case_test numeric-abbrev; }
@test "case: e.g., i.e., et al., vs." { case_test latin; }
@test "case: initials" { case_test initials; }
@test "case: ?! and Yahoo!" { case_test exclamation; }
@test "case: ellipses" { case_test ellipsis; }
@test "case: decimals" { case_test decimals; }
@test "case: money" { case_test money; }
@test "case: dates" { case_test dates; }
@test "case: versions" { case_test versions; }
@test "case: URLs" { case_test urls; }
@test "case: e-mail" { case_test email; }
@test "case: file names" { case_test files; }
@test "case: inline lists" { case_test inline-list; }
@test "case: vertical lists" { case_test vertical-list; }
@test "case: missing space after a period" { case_test missing-space; }
@test "case: headlines and datelines stay their own lines" { case_test headlines; }
@test "case: CJK with no spaces" { case_test cjk; }
@test "case: full-width punctuation" { case_test fullwidth; }
@test "case: curly and straight quotes" { case_test quotes; }
@test "case: parentheses" { case_test parentheses; }
@test "case: a citation after a sentence stays with it" { case_test citations; }
@test "case: a smiley after a sentence stays with it" { case_test emoticons; }
@test "case: the date and time of a mail header end it" { case_test mail-headers; }
@test "case: a caption's label and number are a sentence" { case_test captions; }

@test "--abbrev adds words; a bad class is an error" {
	printf 'It is in the Zyx. Smith knows.\n' >"$(tmpfile in.txt)"
	run split-sentences "$(tmpfile in.txt)"
	assert_output "$(printf 'It is in the Zyx.\nSmith knows.')"
	printf '# mine\n[nonfinal]\nzyx.\n' >"$(tmpfile abbr.txt)"
	run split-sentences --abbrev "$(tmpfile abbr.txt)" "$(tmpfile in.txt)"
	assert_success
	assert_output "It is in the Zyx. Smith knows."
	printf '[nonsense]\nzyx\n' >"$(tmpfile bad.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile bad.txt)" "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile bad.txt):1: unknown word class"
	run --separate-stderr split-sentences -a /nonexistent/abbr "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: /nonexistent/abbr: No such file or directory"
}

@test "--abbrev refuses a file that is no word list before it fills memory" {
	printf 'One. Two.\n' >"$(tmpfile in.txt)"
	# /dev/zero is one endless line: refused at once, in bounded memory
	# (the limit makes a reader without bounds fail, not hang; the
	# sanitizers reserve more address space than any such limit)
	local limit='ulimit -v 200000;'
	[ -z "${ASAN_OPTIONS:-}" ] || limit=
	run --separate-stderr timeout 20 sh -c "$limit"' exec split-sentences -a /dev/zero "$1"' sh "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: /dev/zero:1: line longer than 1024 bytes: not a word list"
	assert_output ""
	# short lines, but more than a word list can be
	yes abc | head -c 1100000 >"$(tmpfile big.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile big.txt)" "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile big.txt): larger than 1048576 bytes: not a word list"
	# a long line is refused with its number, even far into the file
	{ printf 'mr\n\n'; head -c 2000 /dev/zero | tr '\0' x; } >"$(tmpfile long.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile long.txt)" "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile long.txt):3: line longer than 1024 bytes: not a word list"
	# up to the bounds, it is a word list
	{ printf '[nonfinal]\n'; head -c 1024 /dev/zero | tr '\0' x; printf '\none\n'; } >"$(tmpfile ok.txt)"
	run split-sentences -a "$(tmpfile ok.txt)" "$(tmpfile in.txt)"
	assert_success
	assert_output "One. Two."
}

# each row a document with its lang attribute; prints a diff of the rows
# that differ
check_langs() {
	diff <(awk -F'\t' 'NR > 1 { print NR ": " $3 }' "$1") \
	    <(awk -F'\t' 'NR > 1 { printf "<doc id=\"%d\" lang=\"%s\">\n%s\n</doc>\n", NR, $1, $2 }' "$1" |
	    split-sentences |
	    awk '/^<doc id="/ { id = substr($0, 10); sub(/".*/, "", id); s = ""; next }
		/^<\/doc>$/ { print id ": " s; next }
		{ s = (s == "" ? $0 : s " ||| " $0) }')
}

@test "each document is split by the rules of its own lang" {
	run check_langs "$D/langs.tsv"
	assert_output ""
	# every language of the table has its row: no test that cannot fail
	for l in de da nl fr es it pt pl ru ar hi ur ja; do
		grep -q "^$l	" "$D/langs.tsv"
	done
}

@test "lang picks the rules per document; -l serves documents without one" {
	printf '<doc lang="de-AT">\nEs war am 3. Oktober. Er blieb.\n</doc>\n<doc lang="en">\nIt was on 3. October was cold.\n</doc>\n<doc>\nEs war am 3. Oktober.\n</doc>\n<doc lang="sv">\nEs war am 3. Oktober.\n</doc>\n' >"$(tmpfile in.txt)"
	run split-sentences "$(tmpfile in.txt)"
	assert_success
	assert_output "$(printf '<doc lang="de-AT">\nEs war am 3. Oktober.\nEr blieb.\n</doc>\n<doc lang="en">\nIt was on 3.\nOctober was cold.\n</doc>\n<doc>\nEs war am 3.\nOktober.\n</doc>\n<doc lang="sv">\nEs war am 3.\nOktober.\n</doc>')"
	# -l names the language of the documents without lang (and of those
	# whose language has no rules); a document's own lang still wins
	run split-sentences -l de "$(tmpfile in.txt)"
	assert_success
	assert_output "$(printf '<doc lang="de-AT">\nEs war am 3. Oktober.\nEr blieb.\n</doc>\n<doc lang="en">\nIt was on 3.\nOctober was cold.\n</doc>\n<doc>\nEs war am 3. Oktober.\n</doc>\n<doc lang="sv">\nEs war am 3. Oktober.\n</doc>')"
	# plain text is one document without lang
	run split-sentences -l DE <<<'Es war am 3. Oktober.'
	assert_output "Es war am 3. Oktober."
	run --separate-stderr split-sentences -l xx <<<'x'
	assert_failure 2
	[[ "$stderr" == "split-sentences: unknown language 'xx'"* ]]
}

@test "scripts' own full stops end sentences in any document" {
	run split-sentences <<<'यह सच है। वह नहीं जानता। ماذا حدث؟ ثم عاد. Ի՞նչ ես անում։ Լավ։ እንደምን አለህ፧መልካም ቀን።'
	assert_output "$(printf 'यह सच है।\nवह नहीं जानता।\nماذا حدث؟\nثم عاد.\nԻ՞նչ ես անում։\nԼավ։\nእንደምን አለህ፧\nመልካም ቀን።')"
}

@test "--abbrev refuses a file with invalid UTF-8, NULs or controls (a gzipped list), naming the line" {
	# such a file was taken without a word: its bad words could never
	# match, and a NUL ended a word where it stood
	printf 'One. Two.\n' >"$(tmpfile in.txt)"
	printf 'mr\nzz\000q\n' >"$(tmpfile nul.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile nul.txt)" "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile nul.txt):2: invalid UTF-8 or a control character: not a word list"
	assert_output ""
	printf '[nonfinal]\nstra\337e\n' >"$(tmpfile latin1.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile latin1.txt)" "$(tmpfile in.txt)"
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile latin1.txt):2: invalid UTF-8 or a control character: not a word list"
	printf 'zz\n' | gzip >"$(tmpfile words.gz)"
	run --separate-stderr split-sentences -a "$(tmpfile words.gz)" "$(tmpfile in.txt)"
	assert_failure 1
	stderr_has "words.gz:1: invalid UTF-8 or a control character: not a word list"
	# CR LF line ends, TABs and UTF-8 are a word list
	printf '[nonfinal]\r\nstra\303\237e\r\n# a\tcomment\r\n' >"$(tmpfile crlf.txt)"
	printf 'Die Stra\303\237e. Zwei.\n' >"$(tmpfile de.txt)"
	run --separate-stderr split-sentences -l de -a "$(tmpfile crlf.txt)" "$(tmpfile de.txt)"
	assert_success
	assert_output "Die Straße. Zwei."
}

@test "--abbrev reads a word list that starts with a byte order mark" {
	# Windows editors write one: it was taken as part of the first word,
	# which then never matched, without a word
	printf 'It is in the Zyx. Smith knows.\n' >"$(tmpfile in.txt)"
	printf '\357\273\277zyx.\r\n' >"$(tmpfile bom.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile bom.txt)" "$(tmpfile in.txt)"
	assert_success
	assert_output "It is in the Zyx. Smith knows."
	assert_equal "$stderr" ""
}

@test "word lists are compared without case in every script" {
	printf '[nonfinal]\nЗЫХ\n' >"$(tmpfile abbr.txt)"
	run split-sentences -l ru -a "$(tmpfile abbr.txt)" <<<'Это зых. Иванов. Он ушёл. Кв. 5 здесь.'
	assert_output "$(printf 'Это зых. Иванов.\nОн ушёл.\nКв. 5 здесь.')"
}

@test "a bad [setting] or [terminator] line in a word list is an error" {
	printf '[setting]\nordinals\n' >"$(tmpfile bad.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile bad.txt)" <<<'x'
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile bad.txt):2: unknown word class"
	printf '[terminator]\n::\n' >"$(tmpfile bad2.txt)"
	run --separate-stderr split-sentences -a "$(tmpfile bad2.txt)" <<<'x'
	assert_failure 1
	assert_equal "$stderr" "split-sentences: $(tmpfile bad2.txt):2: unknown word class"
	printf '[terminator]\n;\n' >"$(tmpfile semi.txt)"
	run split-sentences -a "$(tmpfile semi.txt)" <<<'One; Two'
	assert_output "$(printf 'One;\nTwo')"
}

@test "--lang selects the abbreviations of a language" {
	printf 'Es kam Frl. Müller. Er blieb.\n' >"$(tmpfile de.txt)"
	run split-sentences "$(tmpfile de.txt)"
	assert_output "$(printf 'Es kam Frl.\nMüller.\nEr blieb.')"
	run split-sentences --lang de "$(tmpfile de.txt)"
	assert_output "$(printf 'Es kam Frl. Müller.\nEr blieb.')"
	printf 'Vino el Sr. García. Luego se fue.\n' | split-sentences -l es >"$(tmpfile es.out)"
	assert_equal "$(cat "$(tmpfile es.out)")" "$(printf 'Vino el Sr. García.\nLuego se fue.')"
	printf 'Voir M. Dupont. Il part.\n' | split-sentences -l fr >"$(tmpfile fr.out)"
	assert_equal "$(cat "$(tmpfile fr.out)")" "$(printf 'Voir M. Dupont.\nIl part.')"
}
