#!/usr/bin/env bats
# to-csv: the stream as CSV.  Every CSV output is parsed back with Python's
# csv module and compared cell by cell with the stream that went in
# (tests/data/to-csv/roundtrip.py computes the expected cells on its own).
load helpers

D="$TOP/tests/data/to-csv"

# roundtrip IN [OPTIONS]: convert IN and check the output cell by cell
roundtrip() {
	local in=$1 out
	shift
	out=$(tmpfile out.csv)
	to-csv "$@" "$in" >"$out"
	python3 "$D/roundtrip.py" "$in" "$out" "$@"
}

@test "golden files: default options" {
	cd "$D"
	for f in *.in; do
		run to-csv "$f"
		assert_success
		diff -u "${f%.in}.exp" <(to-csv "$f")
		roundtrip "$f"
	done
}

@test "a header, then a row per line with id, title, date, numbers, text" {
	run to-csv --lf "$D/basic.in"
	assert_success
	assert_line --index 0 "id,title,date,paragraph,sentence,text,PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT"
	assert_line --index 2 'china-cyber-2015,China '"'"'open to'"'"' cybersecurity & teamwork,2015-09-18T07:40,1,2,"Xi will arrive in Seattle on Tuesday, Zheng Zeguang said.",Xi; Zheng Zeguang,,Seattle,Tuesday,,,'
}

@test "records end in CRLF by default, LF with --lf" {
	run bash -c "to-csv '$D/plain.in' | od -c | grep -c '\\\\r  \\\\n'"
	assert_output 4
	run bash -c "to-csv --lf '$D/plain.in' | grep -c \$'\\r'"
	assert_output 0
	roundtrip "$D/basic.in" --lf
}

@test "tags are removed before escapes are undone" {
	printf '&lt;PERSON>Bob&lt;/PERSON> <PERSON>A&amp;lt;B</PERSON> &amp;amp;\n' >"$(tmpfile t.in)"
	run to-csv -H --lf -c text,PERSON "$(tmpfile t.in)"
	assert_success
	assert_output '<PERSON>Bob</PERSON> A&lt;B &amp;,A&lt;B'
	roundtrip "$(tmpfile t.in)" -c text,PERSON
}

@test "paragraph and sentence numbers restart in each document" {
	run to-csv -H --lf -c id,paragraph,sentence "$D/basic.in"
	assert_output "$(printf 'china-cyber-2015,1,1\nchina-cyber-2015,1,2\nchina-cyber-2015,2,3\nescapes,1,1')"
}

@test "split batches concatenate to the same CSV as one run" {
	local a b
	a=$(tmpfile a.in)
	b=$(tmpfile b.in)
	sed -n '1,/^<\/doc>$/p' "$D/basic.in" >"$a"
	sed '1,/^<\/doc>$/d' "$D/basic.in" >"$b"
	diff <(to-csv "$D/basic.in") <({ to-csv "$a"; to-csv -H "$b"; })
}

@test "distinct mentions in order, joined by the separator" {
	printf '<PERSON>A</PERSON> <PERSON>B</PERSON> <PERSON>A</PERSON> <LOCATION>A</LOCATION>\n' >"$(tmpfile m.in)"
	run to-csv -H --lf -c PERSON,LOCATION "$(tmpfile m.in)"
	assert_output 'A; B,A'
	run to-csv -H --lf -c PERSON -e ' | ' "$(tmpfile m.in)"
	assert_output 'A | B'
	roundtrip "$(tmpfile m.in)" -c PERSON,LOCATION -e ' | '
}

@test "text outside <doc> is a document named after its input; - is stdin" {
	run bash -c "to-csv -H --lf -c id,text < '$D/plain.in'"
	assert_line --index 0 '-,A plain text line with no wrapper.'
	run bash -c "to-csv -H --lf -c id,sentence - < '$D/plain.in'"
	assert_line --index 2 '-,3'
}

@test "several files: one header, rows in order" {
	run to-csv --lf -c id "$D/plain.in" "$D/basic.in"
	assert_success
	assert_equal "${#lines[@]}" 8
	assert_line --index 0 id
	assert_line --index 7 escapes
}

@test "a missing file is reported, skipped, and the status is 1" {
	run --separate-stderr to-csv --lf -c id /nonexistent/x "$D/plain.in"
	assert_failure 1
	assert_equal "$stderr" "to-csv: /nonexistent/x: No such file or directory"
	assert_equal "${#lines[@]}" 4
}

@test "| head -1 ends quietly" {
	run --separate-stderr bash -c "cat '$D'/*.in '$D'/*.in | to-csv | head -1"
	assert_success
	assert_equal "$stderr" ""
	run --separate-stderr bash -c "yes 'a line, of text' | head -200000 | to-csv | head -1"
	assert_success
	assert_equal "$stderr" ""
}

@test "invalid UTF-8 never reaches the output; --strict makes it an error" {
	printf 'bad \377 byte\n' >"$(tmpfile bad.in)"
	run --separate-stderr to-csv -H --lf -c text "$(tmpfile bad.in)"
	assert_success
	assert_output $'bad \xef\xbf\xbd byte'
	assert_equal "$stderr" "to-csv: $(tmpfile bad.in): replaced 1 invalid UTF-8 sequence with U+FFFD"
	run --separate-stderr to-csv --strict "$(tmpfile bad.in)"
	assert_failure 1
}

@test "--help, --version, bad usage" {
	run to-csv --help
	assert_success
	assert_line --index 0 --partial "usage: to-csv"
	run to-csv -V
	assert_success
	assert_output --regexp '^to-csv \(copydesk\) [0-9]'
	run --separate-stderr to-csv --no-such-option
	assert_failure 2
	assert_equal "$stderr" "to-csv: bad option or missing argument: --no-such-option
Try 'to-csv --help' for more information."
	run --separate-stderr to-csv -c
	assert_failure 2
	run --separate-stderr to-csv -r sentences
	assert_failure 2
	run --separate-stderr to-csv -d x
	assert_failure 2
	run --separate-stderr to-csv -r line -c type
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-csv: no column 'type' in rows per line"
	run --separate-stderr to-csv --max-cell -1
	assert_failure 2
}
