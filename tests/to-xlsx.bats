#!/usr/bin/env bats
# to-xlsx: the stream as an .xlsx workbook.  Two independent readers open
# every workbook: openpyxl (every cell compared with the stream by
# tests/data/to-xlsx/check.py: strings, numbers, dates, links, no formula,
# bold frozen header, autofilter) and Gnumeric's ssconvert (its CSV of the
# cells compared the same way).  LibreOffice Calc is make check-spreadsheet.
load helpers

D="$TOP/tests/data/to-csv"
X="$TOP/tests/data/to-xlsx"
PY=$(command -v /usr/bin/python3 || command -v python3)
TYPED_COLS=id,url,title,date,author,paragraph,sentence,text,PERSON,PERCENT,DATE,TIME,MONEY

# gnumeric BOOK CSV [raw]: the cells as Gnumeric shows them (or their
# values), as CSV
gnumeric() {
	ssconvert --export-type=Gnumeric_stf:stf_assistant \
	    -O "format=${3:-preserve} separator=, quoting-mode=auto" \
	    "$1" "$2" 2>"$BATS_TEST_TMPDIR/ssconvert.err" || {
		cat "$BATS_TEST_TMPDIR/ssconvert.err"
		return 1
	}
	# Gnumeric warns when it had to repair the file
	! grep -i "damaged\|error" "$BATS_TEST_TMPDIR/ssconvert.err"
}

@test "openpyxl reads every row shape of every test stream back cell by cell" {
	run "$PY" "$X/check.py" --matrix "$(tmpfile b.xlsx)" "$D"/*.in "$TOP/tests/data/to-json/hostile.in" <<'EOF2'
--rows=line
-r paragraph
-r document
-r entity
-r document -c @x-custom,url,paragraphs,words,text,MISC -e ' / '
-r entity -c id,title,type,entity,start,end,PERSON,LOCATION,words
EOF2
	assert_success
	assert_output "check: 24 runs, 0 failed"
}

@test "the issue's 53 cell classes stay text: 1/10, 24%, 2011., 3:59 PM, Feb 162009, =1+1, -3, @, _x0041_" {
	local book
	book=$(tmpfile typed.xlsx)
	run --separate-stderr to-xlsx -c "$TYPED_COLS" -o "$book" "$X/typed.in"
	assert_success
	assert_output ""
	assert_equal "$stderr" "to-xlsx: 2 documents with a date that is no ISO 8601 date from 1900 on: written as text
to-xlsx: 1 document with a date in its local time: a spreadsheet date has no UTC offset"
	"$PY" "$X/check.py" openpyxl "$X/typed.in" "$book" -c "$TYPED_COLS"
	# and, plainly: each text line of the first document is a string
	# cell holding exactly that line
	"$PY" - "$X/typed.in" "$book" <<'PY'
import sys, openpyxl
lines = open(sys.argv[1], encoding="utf-8").read().split("</doc>")[0]
lines = lines.split("\n")[1:-1]
ws = openpyxl.load_workbook(sys.argv[2]).active
cells = [r[7] for r in ws.iter_rows(min_row=2, max_row=len(lines) + 1)]
assert len(lines) == 53, len(lines)
for line, c in zip(lines, cells):
    want = line.replace("_x0041_", "_x005F_x0041_")  # openpyxl keeps it
    assert c.data_type == "s" and c.value == want, (line, c.value, c.data_type)
assert ws.cell(2, 3).data_type == "s" and ws.cell(2, 3).value.startswith("=cmd")
assert ws.cell(2, 5).value == "@evil"
PY
}

@test "Gnumeric reads the workbook too: the same text, dates and numbers" {
	local book in
	book=$(tmpfile b.xlsx)
	to-xlsx -c "$TYPED_COLS" -o "$book" "$X/typed.in" 2>/dev/null
	gnumeric "$book" "$(tmpfile g.csv)"
	"$PY" "$X/check.py" csv "$X/typed.in" "$(tmpfile g.csv)" -c "$TYPED_COLS"
	# the values: a date is a number (its serial day), not a text
	gnumeric "$book" "$(tmpfile raw.csv)" raw
	"$PY" "$X/check.py" csv-raw "$X/typed.in" "$(tmpfile raw.csv)" -c "$TYPED_COLS"
	for in in "$D"/*.in "$TOP/tests/data/to-json/hostile.in"; do
		to-xlsx -r document -o "$book" "$in" 2>/dev/null
		gnumeric "$book" "$(tmpfile g.csv)"
		"$PY" "$X/check.py" csv "$in" "$(tmpfile g.csv)" -r document
	done
}

@test "a check that can fail: Gnumeric's CSV of another stream does not pass" {
	to-xlsx -o "$(tmpfile b.xlsx)" "$D/basic.in"
	gnumeric "$(tmpfile b.xlsx)" "$(tmpfile g.csv)"
	run "$PY" "$X/check.py" csv "$D/tricky.in" "$(tmpfile g.csv)"
	assert_failure
	run "$PY" "$X/check.py" openpyxl "$D/basic.in" "$(tmpfile b.xlsx)" -r paragraph
	assert_failure
}

@test "characters XML forbids are dropped and counted; the workbook stays readable" {
	# U+FFFE and U+FFFF pass the stream reader (they are valid UTF-8);
	# one of them in a sheet makes openpyxl and Gnumeric give up
	run --separate-stderr to-xlsx -H -o "$(tmpfile b.xlsx)" "$TOP/tests/data/to-json/hostile.in"
	assert_failure 2
	run --separate-stderr to-xlsx -c text -o "$(tmpfile b.xlsx)" "$TOP/tests/data/to-json/hostile.in"
	assert_success
	assert_equal "$stderr" "to-xlsx: dropped 2 characters that XML forbids or that are control characters"
	"$PY" "$X/check.py" openpyxl "$TOP/tests/data/to-json/hostile.in" "$(tmpfile b.xlsx)" -c text
	gnumeric "$(tmpfile b.xlsx)" "$(tmpfile g.csv)"
}

@test "cells over 32,767 characters are cut at a character boundary and counted" {
	"$PY" -c 'print("é" * 40000); print("x" * 32767); print("a" + "😀" * 20000)' >"$(tmpfile long.in)"
	run --separate-stderr to-xlsx -c text -o "$(tmpfile b.xlsx)" "$(tmpfile long.in)"
	assert_success
	assert_equal "$stderr" "to-xlsx: cut 2 cells longer than 32767 characters (Excel's limit)"
	"$PY" "$X/check.py" openpyxl "$(tmpfile long.in)" "$(tmpfile b.xlsx)" -c text
	"$PY" - "$(tmpfile b.xlsx)" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
assert ws.cell(2, 1).value == "é" * 32767
assert ws.cell(3, 1).value == "x" * 32767
assert ws.cell(4, 1).value == "a" + "😀" * 16383
PY
}

@test "past 1,048,576 rows the rows go on in a new sheet, with a stderr line" {
	seq 1048576 >"$(tmpfile rows.in)"
	run --separate-stderr to-xlsx -c sentence -o "$(tmpfile b.xlsx)" "$(tmpfile rows.in)"
	assert_success
	assert_equal "$stderr" "to-xlsx: more than 1048576 rows: the rows go on in sheet 'rows 2'"
	# sheet 1: the header and 1,048,575 rows; sheet 2: the header and 1
	run bash -c "unzip -p '$(tmpfile b.xlsx)' xl/workbook.xml | grep -o '<sheet name=\"[^\"]*\"' | tr '\n' ' '"
	assert_output '<sheet name="rows" <sheet name="rows 2" '
	run bash -c "unzip -p '$(tmpfile b.xlsx)' xl/worksheets/sheet2.xml | grep -o '<row r=\"[0-9]*\"' | tr '\n' ' '"
	assert_output '<row r="1" <row r="2" '
	run bash -c "unzip -p '$(tmpfile b.xlsx)' xl/worksheets/sheet2.xml | grep -o '<c r=\"A2\"[^>]*><v>[0-9]*</v>' | sed 's/ s=.[0-9]*.//'"
	assert_output '<c r="A2"><v>1048576</v>'
	run bash -c "unzip -p '$(tmpfile b.xlsx)' xl/worksheets/sheet1.xml | head -c 300 | grep -o '<dimension ref=\"[^\"]*\"'"
	assert_output '<dimension ref="A1:A1048576"'
}

@test "urls are links, except past 65,530 a sheet or over 2,079 characters (counted)" {
	"$PY" - "$(tmpfile u.in)" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(65532):
        f.write('<doc id="d%d" url="http://example.com/%d">\nx\n</doc>\n' % (i, i))
    f.write('<doc id="long" url="http://example.com/%s">\nx\n</doc>\n' % ("a" * 2100))
PY
	run --separate-stderr to-xlsx -c id,url -o "$(tmpfile b.xlsx)" "$(tmpfile u.in)"
	assert_success
	assert_equal "$stderr" "to-xlsx: 3 urls written as text, not as links: Excel allows 65530 links a sheet"
	run bash -c "unzip -p '$(tmpfile b.xlsx)' xl/worksheets/_rels/sheet1.xml.rels | grep -o 'TargetMode=\"External\"' | wc -l"
	assert_output 65530
	# a long one in a sheet with room left
	"$PY" -c 'print("<doc id=\"long\" url=\"http://example.com/%s\">\nx\n</doc>" % ("a" * 2100))' >"$(tmpfile l.in)"
	run --separate-stderr to-xlsx -c id,url -o "$(tmpfile b.xlsx)" "$(tmpfile l.in)"
	assert_success
	assert_equal "$stderr" "to-xlsx: 1 url written as text, not as links: longer than Excel's 2079 characters"
	"$PY" "$X/check.py" openpyxl "$(tmpfile l.in)" "$(tmpfile b.xlsx)" -c id,url
}

@test "a zip is not written to a terminal; -o or a redirection is needed" {
	run script -qec "to-xlsx '$D/basic.in'" /dev/null
	assert_failure 2
	assert_line --index 0 --partial "to-xlsx: a workbook is a zip file, not for a terminal: give -o FILE or redirect the output"
	# to a file or a pipe it goes
	to-xlsx "$D/basic.in" >"$(tmpfile out.xlsx)"
	"$PY" "$X/check.py" openpyxl "$D/basic.in" "$(tmpfile out.xlsx)"
	to-xlsx <"$D/basic.in" | cat >"$(tmpfile pipe.xlsx)"
	cmp "$(tmpfile out.xlsx)" "$(tmpfile pipe.xlsx)" || {
		# the same cells (the zip's dates may differ): -
		"$PY" "$X/check.py" openpyxl "$D/basic.in" "$(tmpfile pipe.xlsx)"
	}
}

@test "a write error (a full disk) is an error, and -o FILE is all or nothing" {
	# standard output on a full disk
	run --separate-stderr bash -c "to-xlsx '$D/basic.in' >/dev/full"
	assert_failure 1
	[[ "$stderr" == *"No space left on device"* ]]
	# -o FILE past a file size limit: exit 1, FILE untouched, no
	# temporary file left beside it
	"$PY" -c 'import sys; sys.stdout.write(open(sys.argv[1]).read() * 600)' "$D/basic.in" >"$(tmpfile big.in)"
	echo old >"$(tmpfile keep.xlsx)"
	run --separate-stderr bash -c "trap '' XFSZ; ulimit -f 200; to-xlsx -o '$(tmpfile keep.xlsx)' '$(tmpfile big.in)'"
	assert_failure 1
	[[ "$stderr" == *"to-xlsx: $(tmpfile keep.xlsx): the workbook could not be written"* ]]
	assert_equal "$(cat "$(tmpfile keep.xlsx)")" old
	run ls "$BATS_TEST_TMPDIR"
	refute_output --partial "keep.xlsx."
}

@test "stdin, several inputs, a missing one reported (status 1) with the others written" {
	run --separate-stderr to-xlsx -c id -o "$(tmpfile b.xlsx)" /nonexistent/x "$D/plain.in" - <"$D/basic.in"
	assert_failure 1
	assert_equal "$stderr" "to-xlsx: /nonexistent/x: No such file or directory"
	"$PY" - "$(tmpfile b.xlsx)" "$D/plain.in" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
ids = [r[0] for r in ws.iter_rows(values_only=True)]
assert ids == ["id"] + [sys.argv[2]] * 3 + ["china-cyber-2015"] * 3 + ["escapes"], ids
PY
}

@test "bad usage: unknown column, bad shape, bad option, empty -o" {
	run --separate-stderr to-xlsx -c id,titel -o "$(tmpfile b.xlsx)" "$D/basic.in"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-xlsx: unknown column 'titel' (did you mean 'title'? another <doc> attribute is written '@titel')"
	[ ! -e "$(tmpfile b.xlsx)" ]
	run --separate-stderr to-xlsx -r sentences -o x "$D/basic.in"
	assert_failure 2
	run --separate-stderr to-xlsx -o '' "$D/basic.in"
	assert_failure 2
	run --separate-stderr to-xlsx --no-such-option
	assert_failure 2
	assert_equal "$stderr" "to-xlsx: bad option or missing argument: --no-such-option
Try 'to-xlsx --help' for more information."
	run to-xlsx --help
	assert_success
	assert_line --index 0 --partial "usage: to-xlsx"
	run to-xlsx -V
	assert_output --regexp '^to-xlsx \(copydesk\) [0-9]'
}

@test "pipelines/news-to-xlsx: one workbook of every sentence of samples/" {
	# the runner runs the writer once, whatever -j
	copydesk -j 2 -o "$(tmpfile news.xlsx)" "$TOP/pipelines/news-to-xlsx" "$TOP/samples" 2>/dev/null
	for f in "$TOP"/samples/*.html; do
		strip-markup --article "$f"
	done 2>/dev/null | split-sentences | tag-entities >"$(tmpfile news.in)"
	"$PY" "$X/check.py" openpyxl "$(tmpfile news.in)" "$(tmpfile news.xlsx)" \
	    -c id,title,date,url,sentence,text,PERSON,ORGANIZATION,LOCATION,DATE,MONEY,PERCENT
}

@test "-o onto a named pipe or a device writes into it and never replaces it" {
	# renaming the finished workbook over -o FILE replaced the node: as
	# root, -o /dev/null turned /dev/null into a regular file
	local fifo got
	fifo=$(tmpfile out.fifo)
	got=$(tmpfile got.xlsx)
	mkfifo "$fifo"
	# the reader gives up after a while, should nothing open the pipe
	timeout 20 cat "$fifo" >"$got" &
	run --separate-stderr to-xlsx -o "$fifo" "$D/basic.in"
	wait
	assert_success
	[ -p "$fifo" ] || fail "the named pipe was replaced by: $(ls -l "$fifo")"
	"$PY" "$X/check.py" openpyxl "$D/basic.in" "$got"
	run ls "$BATS_TEST_TMPDIR"
	refute_output --partial "out.fifo."
	# a device that is full: the write error is said, and it stays a device
	if [ -c /dev/full ]; then
		ln -s /dev/full "$(tmpfile full)"
		run --separate-stderr to-xlsx -o "$(tmpfile full)" "$D/basic.in"
		assert_failure 1
		assert_equal "$stderr" "to-xlsx: $(tmpfile full): No space left on device"
		[ -c /dev/full ]
	fi
}

@test "-o through a symbolic link replaces the file it points to, with the mode a new file gets or the old one had" {
	local dir=$BATS_TEST_TMPDIR
	echo old >"$dir/target.xlsx"
	chmod 640 "$dir/target.xlsx"
	ln -s target.xlsx "$dir/link.xlsx"
	to-xlsx -o "$dir/link.xlsx" "$D/basic.in"
	[ -L "$dir/link.xlsx" ] || fail "the link was replaced: $(ls -l "$dir/link.xlsx")"
	"$PY" "$X/check.py" openpyxl "$D/basic.in" "$dir/target.xlsx"
	assert_equal "$(stat -c %a "$dir/target.xlsx")" 640
	# a new file: 0666 less the umask, as any other tool creates it
	(umask 022 && to-xlsx -o "$dir/new.xlsx" "$D/basic.in")
	assert_equal "$(stat -c %a "$dir/new.xlsx")" 644
	# a folder that is not there is said before any input is read
	run --separate-stderr to-xlsx -o "$dir/no/such/x.xlsx" "$D/basic.in"
	assert_failure 1
	assert_equal "$stderr" "to-xlsx: $dir/no/such/x.xlsx: No such file or directory"
	run --separate-stderr to-xlsx -o "$dir" "$D/basic.in"
	assert_failure 1
	assert_equal "$stderr" "to-xlsx: $dir: Is a directory"
}
