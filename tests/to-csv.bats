#!/usr/bin/env bats
# to-csv: the stream as CSV.  Every CSV output is parsed back with Python's
# csv module and compared cell by cell with the stream that went in
# (tests/data/to-csv/roundtrip.py computes the expected cells on its own).
load helpers

D="$TOP/tests/data/to-csv"
# Debian's python3 starts faster than a pyenv shim, if both are there
PY=$(command -v /usr/bin/python3 || command -v python3)

# roundtrip IN [OPTIONS]: convert IN and check the output cell by cell
roundtrip() {
	local in=$1 out
	shift
	out=$(tmpfile out.csv)
	to-csv "$@" "$in" >"$out"
	"$PY" "$D/roundtrip.py" "$in" "$out" "$@"
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
	# every record ends in CR LF: as many lines as lines ending in CR (not
	# od -c, whose 16-byte rows can split a CR LF pair by the path's length)
	run bash -c "to-csv '$D/plain.in' | grep -c \$'\\r\$'"
	assert_output 4
	run bash -c "to-csv '$D/plain.in' | wc -l"
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

# ---- issue 6: row shapes, columns, spreadsheet safety ----

@test "every row shape and option round-trips through Python's csv module" {
	run "$PY" "$D/roundtrip.py" --matrix "$D"/*.in <<'EOF'
--crlf --header --formula-guard
-r paragraph
-r document
-r entity
-d ;
-d tab
-d '|'
--lf
-b
-H
--no-formula-guard
--max-cell 20
--max-cell 0
-e +
-e ' / ' -c PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT,MISC
-r entity -c id,title,type,entity,start,end,PERSON,LOCATION,words
-r paragraph -c paragraph,sentence,sentences,words,text,PERSON
-r document -c id,url,author,source,@x-custom,paragraphs,sentences,words,text,LOCATION,MISC
-c text,date,DATE,id,lang
-r document -d ';' --lf --no-formula-guard -b
--lf --no-formula-guard --excel -r paragraph
--excel --lf
EOF
	assert_success
	assert_output "roundtrip: 66 runs, 0 failed"
}

@test "rows per paragraph: lines joined by a space, counted" {
	run to-csv --lf -r paragraph -c id,paragraph,sentence,sentences,words,text,PERSON "$D/basic.in"
	assert_success
	assert_line --index 0 "id,paragraph,sentence,sentences,words,text,PERSON"
	assert_line --index 1 "china-cyber-2015,1,1,2,31,\"Assistant Foreign Minister Zheng Zeguang said while briefing reporters on President Xi Jinping's first state visit to the US next week. Xi will arrive in Seattle on Tuesday, Zheng Zeguang said.\",Zheng Zeguang; Xi Jinping; Xi"
	assert_line --index 2 "china-cyber-2015,2,3,1,16,The Ministry of Foreign Affairs said trade rose 3.5 percent to \$558 billion at 10 am.,"
	assert_equal "${#lines[@]}" 4
}

@test "rows per document: all text in one cell, paragraphs on lines of their own" {
	run to-csv --lf -H -r document -c id,paragraphs,sentences,words,text "$(printf '%s' "$D/plain.in")"
	assert_success
	assert_output "$D/plain.in,2,3,15,\"A plain text line with no wrapper. A second sentence of it.
A second paragraph.\""
}

@test "rows per document: a document without text has its row" {
	printf '<doc id="a" title="empty">\n</doc>\n<doc id="b">\nx\n</doc>\n' >"$(tmpfile e.in)"
	run to-csv --lf -H -r document -c id,title,paragraphs,sentences,words,text "$(tmpfile e.in)"
	assert_output "$(printf 'a,empty,0,0,0,\nb,,1,1,1,x')"
	roundtrip "$(tmpfile e.in)" -r document
}

@test "rows per entity mention: type, text, character offsets, the line" {
	printf '<doc id="e">\n中文<LOCATION>北京</LOCATION> 😀 <PERSON>A&amp;lt;B</PERSON> x\n\n<DATE>Monday</DATE>\n</doc>\n' >"$(tmpfile e.in)"
	run to-csv --lf -r entity "$(tmpfile e.in)"
	assert_success
	assert_output "id,paragraph,sentence,type,entity,start,end,text
e,1,1,LOCATION,北京,2,4,中文北京 😀 A&lt;B x
e,1,1,PERSON,A&lt;B,7,13,中文北京 😀 A&lt;B x
e,2,2,DATE,Monday,0,6,Monday"
	roundtrip "$(tmpfile e.in)" -r entity
}

@test "any <doc> attribute is a column, others than copydesk's with @, empty when missing" {
	run to-csv --lf -c @x-custom,source,url,id,@nothing,@id "$D/basic.in"
	assert_success
	assert_line --index 0 "x-custom,source,url,id,nothing,id"
	assert_line --index 1 ",,http://www.chinadaily.com.cn/a.htm,china-cyber-2015,,china-cyber-2015"
	assert_line --index 4 "kept,test,,escapes,,escapes"
}

@test "the attributes strip-markup writes are columns by name: date_source, status, record-id" {
	printf '<doc id="a" date="2020-01-02" date_source="json-ld" status="200" record-id="&lt;urn:uuid:1&gt;">\nx\n</doc>\n' >"$BATS_TEST_TMPDIR/a.txt"
	run --separate-stderr to-csv --lf -c id,date_source,status,record-id "$BATS_TEST_TMPDIR/a.txt"
	assert_success
	assert_line --index 0 "id,date_source,status,record-id"
	assert_line --index 1 "a,json-ld,200,<urn:uuid:1>"
}

@test "an unknown column name is a usage error, with the name it may mean (issue 13)" {
	run --separate-stderr to-csv -c id,titel "$D/basic.in"
	assert_failure 2
	assert_output ""
	assert_equal "${stderr%%$'\n'*}" "to-csv: unknown column 'titel' (did you mean 'title'? another <doc> attribute is written '@titel')"
	run --separate-stderr to-csv -c x-custom "$D/basic.in"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-csv: unknown column 'x-custom' (another <doc> attribute is written '@x-custom')"
	run --separate-stderr to-csv -r entity -c Person "$D/basic.in"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-csv: unknown column 'Person' (did you mean 'PERSON'? another <doc> attribute is written '@Person')"
}

@test "header on and off" {
	run to-csv --lf -H -c id "$D/plain.in"
	assert_line --index 0 "$D/plain.in"
	run to-csv --lf -H --header -c id "$D/plain.in"
	assert_line --index 0 "id"
	run to-csv --lf --no-header -c sentence "$D/plain.in"
	assert_output "$(printf '1\n2\n3')"
}

@test "delimiters: comma, semicolon, tab, pipe; quoting follows the delimiter" {
	printf 'a,b;c\td|e\n' >"$(tmpfile d.in)"
	run to-csv --lf -H -c text,sentence "$(tmpfile d.in)"
	assert_output "$(printf '"a,b;c\td|e",1')"
	run to-csv --lf -H -d ';' -c text,sentence "$(tmpfile d.in)"
	assert_output "$(printf '"a,b;c\td|e";1')"
	run to-csv --lf -H -d tab -c text,sentence "$(tmpfile d.in)"
	assert_output "$(printf '"a,b;c\td|e"\t1')"
	run to-csv --lf -H -d '|' -c text,sentence "$(tmpfile d.in)"
	assert_output "$(printf '"a,b;c\td|e"|1')"
}

@test "--bom writes the UTF-8 byte order mark first, once" {
	run bash -c "to-csv --bom '$D/plain.in' '$D/basic.in' | head -c 5 | od -An -tx1"
	assert_output " ef bb bf 69 64"
	run bash -c "to-csv --bom '$D/plain.in' | grep -c \$'\\xef\\xbb\\xbf'"
	assert_output 1
}

@test "formula guard: on by default, plain numbers spared, --no-formula-guard" {
	printf '=1+1\n+1\n-2.5\n-x\n@A1\n-\n1e5\n+1-1\n' >"$(tmpfile f.in)"
	run to-csv --lf -H -c text "$(tmpfile f.in)"
	assert_output "$(printf "'=1+1\n+1\n-2.5\n'-x\n'@A1\n-\n1e5\n'+1-1")"
	run to-csv --lf -H -c text --no-formula-guard "$(tmpfile f.in)"
	assert_output "$(cat "$(tmpfile f.in)")"
	# attributes are cells too
	printf '<doc id="=cmd|x" title="@t">\ntext\n</doc>\n' >"$(tmpfile a.in)"
	run to-csv --lf -H -c id,title "$(tmpfile a.in)"
	assert_output "'=cmd|x,'@t"
}

@test "Excel's cell limit: long cells cut at a character boundary and counted" {
	"$PY" -c 'print("é" * 40000); print("x" * 32767); print("a" + "😀" * 20000)' >"$(tmpfile long.in)"
	run --separate-stderr to-csv --lf -H -c text "$(tmpfile long.in)"
	assert_success
	assert_equal "$stderr" "to-csv: cut 2 cells longer than 32767 characters"
	printf '%s\n' "$output" >"$(tmpfile long.csv)"
	"$PY" - "$(tmpfile long.csv)" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[0] == "é" * 32767, len(lines[0])
assert lines[1] == "x" * 32767
assert lines[2] == "a" + "😀" * 16383, len(lines[2])  # 1 + 2*16383 UTF-16 units
PY
	run --separate-stderr to-csv --lf -H -c text --max-cell 0 "$(tmpfile long.in)"
	assert_equal "$stderr" ""
	assert_equal "${#lines[0]}" 40000
	run --separate-stderr to-csv --lf -H -c text --max-cell 3 "$(tmpfile long.in)"
	assert_equal "$stderr" "to-csv: cut 3 cells longer than 3 characters"
	assert_output "$(printf 'ééé\nxxx\na😀')"
	# the header is no cell of text: never cut, nor counted (it came
	# out "id,ti,da,pa,se,te,PE,OR,LO,DA,TI,MO,PE", 12 cells "cut")
	run --separate-stderr to-csv --lf --max-cell 2 </dev/null
	assert_success
	assert_equal "$stderr" ""
	assert_output "id,title,date,paragraph,sentence,text,PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT"
	run --separate-stderr to-csv --lf --max-cell 2 -c id,text "$(tmpfile long.in)"
	# three text cells, and the id on each of the three rows
	assert_equal "$stderr" "to-csv: cut 6 cells longer than 2 characters"
	assert_line --index 0 "id,text"
}

@test "one warning past 1,048,576 rows, the header included" {
	# output to a pipe: bats would hold a million lines slowly
	seq 1048575 >"$(tmpfile rows.in)"
	run --separate-stderr bash -c "to-csv -c sentence '$(tmpfile rows.in)' | wc -l"
	assert_success
	assert_equal "$stderr" ""
	assert_output 1048576
	seq 1048577 >"$(tmpfile rows.in)"
	run --separate-stderr bash -c "to-csv -H -c sentence '$(tmpfile rows.in)' | wc -l"
	assert_success
	assert_output 1048577
	assert_equal "$stderr" "to-csv: more than 1048576 rows: spreadsheets show only the first 1048576"
}

@test "control characters other than TAB and LF never reach a cell" {
	printf 'a\001b\177c\302\205d\te\r\n' >"$(tmpfile c.in)"
	run --separate-stderr to-csv --lf -H -c text "$(tmpfile c.in)"
	assert_success
	assert_output "$(printf 'abcd\te')"
	assert_line --index 0 --partial 'abcd'
	[[ "$stderr" == *"dropped 1 control character"* ]]
	[[ "$stderr" == *"to-csv: dropped 2 control characters"* ]]
	roundtrip "$(tmpfile c.in)"
}

@test "a first cell starting with ID is quoted (Excel would take it for SYLK)" {
	printf '<doc id="ID-1" IDX="v">\ntext\n</doc>\n' >"$(tmpfile s.in)"
	run to-csv --lf -c @IDX,id "$(tmpfile s.in)"
	assert_line --index 0 '"IDX",id'
	run to-csv --lf -H -c id "$(tmpfile s.in)"
	assert_output '"ID-1"'
}

@test "bad option values are usage errors" {
	run --separate-stderr to-csv -e $'\001'
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-csv: entity separator: control character"
	run --separate-stderr to-csv -e $'\377'
	assert_failure 2
	run --separate-stderr to-csv -c 'id,,text'
	assert_failure 2
	run --separate-stderr to-csv -r document -c sentence
	assert_failure 2
	run --separate-stderr to-csv --max-cell 12x
	assert_failure 2
	run --separate-stderr to-csv -d ',,'
	assert_failure 2
}

@test "GNU parallel cutting at </doc> gives the bytes of one run" {
	command -v parallel >/dev/null || skip "GNU parallel not installed"
	local big
	big=$(tmpfile big.in)
	for i in 1 2 3 4 5 6 7 8; do cat "$D/basic.in" "$D/tricky.in"; done >"$big"
	diff <(to-csv -H "$big") \
	    <(parallel --pipe --recend '</doc>\n' --block 2k -k to-csv -H <"$big")
}

@test "CRLF and a BOM in the input are dropped; a missing </doc> is a warning" {
	printf '\357\273\277<doc id="w">\r\nfirst\r\n\r\nsecond\r\n' >"$(tmpfile w.in)"
	run --separate-stderr to-csv --lf -H -c id,paragraph,text "$(tmpfile w.in)"
	assert_success
	assert_output "$(printf 'w,1,first\nw,2,second')"
	assert_equal "$stderr" "to-csv: $(tmpfile w.in): missing </doc> at end of input"
}

@test "--excel: a BOM, CRLF and the formula guard, whatever came before (issue 17)" {
	run bash -c "to-csv --lf --no-formula-guard --excel -c text '$D/tricky.in' | od -An -c | head -2"
	assert_line --index 0 --partial "357 273 277   t   e   x   t  \\r  \\n"
	run bash -c "to-csv --lf --no-formula-guard --excel -H -c text '$D/tricky.in' | grep -c \$'^\\'=1+1\\r\$'"
	assert_output 1
	# options after it still count
	run bash -c "to-csv --excel --lf -c text '$D/tricky.in' | grep -c \$'\\r'"
	assert_output 0
	diff <(to-csv --excel "$D/basic.in") <(to-csv --bom --crlf --formula-guard "$D/basic.in")
}
