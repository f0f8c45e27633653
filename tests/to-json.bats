#!/usr/bin/env bats
# to-json: the stream as JSON Lines.  Every output is read back with
# Python's json module and compared object by object with the stream that
# went in (tests/data/to-json/check.py, whose expected values come from
# tests/data/to-csv/roundtrip.py, not from the C code); jq and pandas read
# it too.
load helpers

D="$TOP/tests/data/to-csv"
J="$TOP/tests/data/to-json"
PY=$(command -v /usr/bin/python3 || command -v python3)

# check IN [OPTIONS]: convert IN and check every object
check() {
	local in=$1 out
	shift
	out=$(tmpfile out.jsonl)
	to-json "$@" "$in" >"$out"
	"$PY" "$J/check.py" "$in" "$out" "$@"
}

@test "every row shape and column round-trips through Python's json module" {
	run "$PY" "$J/check.py" --matrix "$D"/*.in "$J"/hostile.in <<'EOF2'
--rows=line
-r paragraph
-r document
-r entity
-r entity -c id,title,type,entity,start,end,PERSON,LOCATION,words
-r paragraph -c paragraph,sentence,sentences,words,text,PERSON
-r document -c id,url,author,source,@x-custom,paragraphs,sentences,words,text,LOCATION,MISC
-c text,date,DATE,id,lang,@nothing,MISC
EOF2
	assert_success
	assert_output "check: 32 runs, 0 failed"
}

@test "an object a line: attributes strings, numbers numbers, entity columns arrays" {
	run to-json -c id,title,date,paragraph,sentence,text,PERSON,MONEY "$D/basic.in"
	assert_success
	assert_line --index 1 '{"id":"china-cyber-2015","title":"China '"'"'open to'"'"' cybersecurity & teamwork","date":"2015-09-18T07:40","paragraph":1,"sentence":2,"text":"Xi will arrive in Seattle on Tuesday, Zheng Zeguang said.","PERSON":["Xi","Zheng Zeguang"],"MONEY":[]}'
	assert_equal "${#lines[@]}" 4
}

@test "rows per document: paragraphs separated by a blank line, as trafilatura's JSON" {
	run to-json -r document -c id,title,paragraphs,text "$D/plain.in"
	assert_success
	assert_output "{\"id\":\"$D/plain.in\",\"title\":null,\"paragraphs\":2,\"text\":\"A plain text line with no wrapper. A second sentence of it.\\n\\nA second paragraph.\"}"
	# a document without text has its object
	printf '<doc id="a" title="empty">\n</doc>\n' >"$(tmpfile e.in)"
	run to-json -r document -c id,title,paragraphs,sentences,words,text,PERSON "$(tmpfile e.in)"
	assert_output '{"id":"a","title":"empty","paragraphs":0,"sentences":0,"words":0,"text":"","PERSON":[]}'
}

@test "numbers of one to four digits (one and two are written apart from the others)" {
	local f i
	f=$(tmpfile n.in)
	{ echo '<doc id="n">'; for i in $(seq 1 1001); do echo "w$i x."; done
	  echo '</doc>'; } >"$f"
	run to-json -c sentence,words,text "$f"
	assert_success
	assert_equal "${#lines[@]}" 1001
	for i in 1 9 10 11 42 99 100 101 999 1000 1001; do
		assert_line --index $((i - 1)) "{\"sentence\":$i,\"words\":2,\"text\":\"w$i x.\"}"
	done
}

@test "escaping: quotes, backslashes, TAB, LF, U+2028; what jq gives back is the text" {
	printf '<doc id="q&quot;\\">\nsay "hi" \\o/\ta\xe2\x80\xa8b &amp;lt; <PERSON>A&amp;lt;B</PERSON>\n\nsecond\n</doc>\n' >"$(tmpfile q.in)"
	run to-json -r document -c id,text,PERSON "$(tmpfile q.in)"
	assert_success
	assert_output '{"id":"q\"\\","text":"say \"hi\" \\o/\ta\u2028b &lt; A&lt;B\n\nsecond","PERSON":["A&lt;B"]}'
	run jq -j '.text' <<<"$output"
	assert_output "$(printf 'say "hi" \\o/\ta\xe2\x80\xa8b &lt; A&lt;B\n\nsecond')"
	check "$(tmpfile q.in)" -r document
}

@test "invalid UTF-8 and control characters in the input never make invalid JSON" {
	# the reader repairs them (and says so); the output is valid JSON
	# either way, and C1 controls and DEL are legal in JSON strings
	printf '<doc id="c">\nbad \377\376 byte \001\002 nul \000 del \177 c1 \302\205 end\n</doc>\n' >"$(tmpfile bad.in)"
	run --separate-stderr to-json -c text "$(tmpfile bad.in)"
	assert_success
	assert_output $'{"text":"bad \xef\xbf\xbd\xef\xbf\xbd byte  nul  del \x7f c1 \xc2\x85 end"}'
	[[ "$stderr" == *"replaced 2 invalid UTF-8 sequences with U+FFFD"* ]]
	"$PY" -c 'import json,sys; json.loads(sys.argv[1])' "$output"
	run jq -e . <<<"$output"
	assert_success
	run --separate-stderr to-json --strict "$(tmpfile bad.in)"
	assert_failure 1
}

@test "jq, Python's json and pandas read_json(lines=True) load the chain's output" {
	local s out
	s=$(tmpfile chain.in)
	for f in "$TOP"/samples/*.html; do strip-markup --article "$f"; done |
	    split-sentences | tag-entities >"$s"
	out=$(tmpfile out.jsonl)
	to-json "$s" >"$out"
	rows=$(wc -l <"$out")
	[ "$rows" -gt 100 ]
	run jq -c 'select(.PERSON | length > 0) | .PERSON[0]' "$out"
	assert_success
	[ "${#lines[@]}" -gt 10 ]
	run jq -s 'length' "$out"
	assert_output "$rows"
	"$PY" "$J/check.py" "$s" "$out"
	"$PY" - "$out" "$rows" <<'PY'
import sys
import pandas as pd
df = pd.read_json(sys.argv[1], lines=True, dtype=False)
assert len(df) == int(sys.argv[2]), len(df)
assert list(df.columns[:6]) == ["id", "title", "date", "paragraph",
                                "sentence", "text"], list(df.columns)
assert str(df["paragraph"].dtype) == "int64", df["paragraph"].dtype
assert all(isinstance(v, list) for v in df["PERSON"])
assert all(isinstance(v, str) for v in df["text"])
PY
	# document rows too, with their big texts
	to-json -r document "$s" >"$out"
	"$PY" -c 'import sys, pandas as pd; df = pd.read_json(sys.argv[1], lines=True); assert len(df) == 8 and (df.words > 0).all(), df' "$out"
	"$PY" "$J/check.py" "$s" "$out" -r document
}

@test "split batches concatenate to the output of one run" {
	local a b
	a=$(tmpfile a.in)
	b=$(tmpfile b.in)
	sed -n '1,/^<\/doc>$/p' "$D/basic.in" >"$a"
	sed '1,/^<\/doc>$/d' "$D/basic.in" >"$b"
	diff <(to-json "$D/basic.in") <(to-json "$a"; to-json "$b")
}

@test "an unknown column name or a key twice is a usage error" {
	run --separate-stderr to-json -c id,titel "$D/basic.in"
	assert_failure 2
	assert_output ""
	assert_equal "${stderr%%$'\n'*}" "to-json: unknown column 'titel' (did you mean 'title'? another <doc> attribute is written '@titel')"
	run --separate-stderr to-json -c id,text,id "$D/basic.in"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-json: column 'id' twice: a key must be unique"
	run --separate-stderr to-json -r line -c type "$D/basic.in"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "to-json: no column 'type' in rows per line"
	run --separate-stderr to-json -r sentences "$D/basic.in"
	assert_failure 2
	run --separate-stderr to-json --no-such-option
	assert_failure 2
	assert_equal "$stderr" "to-json: bad option or missing argument: --no-such-option
Try 'to-json --help' for more information."
}

@test "keys stay distinct ignoring case, as Spark and DuckDB need: DATE beside date is DATE_mentions" {
	# Spark refuses a JSON file whose keys differ only in case (its
	# spark.sql.caseSensitive is off by default) and DuckDB renames one
	run to-json -c date,DATE "$D/basic.in"
	assert_success
	assert_line --index 1 '{"date":"2015-09-18T07:40","DATE_mentions":["Tuesday"]}'
	run to-json -c text,DATE "$D/basic.in"
	assert_line --index 1 '{"text":"Xi will arrive in Seattle on Tuesday, Zheng Zeguang said.","DATE":["Tuesday"]}'
	# the default columns hold both
	run to-json "$D/basic.in"
	assert_line --index 1 --partial '"LOCATION":["Seattle"],"DATE_mentions":["Tuesday"],'
	# two attributes alike but for case cannot be told apart: refused
	run --separate-stderr to-json -c date,@DATE "$D/basic.in"
	assert_failure 2
	assert_output ""
	assert_equal "${stderr%%$'\n'*}" "to-json: keys 'date' and 'DATE' differ only in case: Spark and DuckDB would take them for one"
}

@test "stdin, several files, a missing file (status 1), | head ends quietly" {
	run bash -c "to-json -c id,sentence < '$D/plain.in'"
	assert_line --index 2 '{"id":"-","sentence":3}'
	run --separate-stderr to-json -c id /nonexistent/x "$D/plain.in" - <"$D/basic.in"
	assert_failure 1
	assert_equal "$stderr" "to-json: /nonexistent/x: No such file or directory"
	assert_equal "${#lines[@]}" 7
	run --separate-stderr bash -c "yes 'a line, of text' | head -200000 | to-json | head -1"
	assert_success
	assert_equal "$stderr" ""
}

@test "a write error (a full disk) is an error" {
	run --separate-stderr bash -c "to-json '$D/basic.in' >/dev/full"
	assert_failure 1
	[[ "$stderr" == "to-json: "*"No space left on device"* ]]
}

@test "--help and --version" {
	run to-json --help
	assert_success
	assert_line --index 0 --partial "usage: to-json"
	run to-json -V
	assert_output --regexp '^to-json \(copydesk\) [0-9]'
}

@test "pipelines/news-to-jsonl: an object per article, the same bytes with -j 1 and -j 2" {
	run --separate-stderr copydesk -j 1 "$TOP/pipelines/news-to-jsonl" "$TOP/samples"
	assert_success
	printf '%s\n' "$output" >"$(tmpfile j1.jsonl)"
	copydesk -j 2 "$TOP/pipelines/news-to-jsonl" "$TOP/samples" >"$(tmpfile j2.jsonl)" 2>/dev/null
	cmp "$(tmpfile j1.jsonl)" "$(tmpfile j2.jsonl)"
	"$PY" - "$(tmpfile j1.jsonl)" "$TOP/samples" <<'PY'
import glob, os, sys
import pandas as pd
df = pd.read_json(sys.argv[1], lines=True)
pages = glob.glob(os.path.join(sys.argv[2], "*.html"))
assert len(df) == len(pages), (len(df), len(pages))
assert (df.words > 0).all() and df.text.str.contains("\n\n").any()
assert all(isinstance(v, list) for v in df.PERSON)
PY
}
