#!/usr/bin/env bats
# The whole chain and the stream contract end to end: every sample goes
# through, text survives byte for byte, filters are idempotent, and a stream
# cut at </doc> gives the same bytes as one run.

load helpers

chain() {
	strip-markup "$@" | split-sentences | tag-entities
}

@test "the chain runs on every sample and gives one CSV document per input" {
	run --separate-stderr bash -c 'strip-markup "$@" | split-sentences |
	    tag-entities | to-csv' _ "$TOP"/samples/*.html "$TOP"/samples/*.txt
	assert_success
	local n
	n=$(ls "$TOP"/samples/*.html "$TOP"/samples/*.txt | wc -l)
	# column 1 is the id: one distinct id per sample
	ids=$(printf '%s\n' "$output" | python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
print(len({r[0] for r in rows[1:]}))')
	[ "$ids" -eq "$n" ]
}

@test "text with stream markup in it survives the whole chain" {
	local f
	f=$(tmpfile odd.html)
	cat >"$f" <<'HTML'
<html><head><title>t</title></head><body>
<p>Use &lt;PERSON&gt;Bob&lt;/PERSON&gt; and &amp;lt; and &amp;amp;lt; here.</p>
<p>A line &lt;doc id="x"&gt; and &lt;/doc&gt; and AT&amp;T and a &lt; b.</p>
</body></html>
HTML
	run --separate-stderr bash -c 'strip-markup "$1" | split-sentences |
	    tag-entities | to-csv -c text' _ "$f"
	assert_success
	got=$(printf '%s\n' "$output" | python3 -c '
import csv, sys
print("\n".join(r[0] for r in list(csv.reader(sys.stdin))[1:]))')
	want='Use <PERSON>Bob</PERSON> and &lt; and &amp;lt; here.
A line <doc id="x"> and </doc> and AT&T and a < b.'
	[ "$got" = "$want" ] || { echo "got: $got"; false; }
}

@test "split-sentences and tag-entities are idempotent on the samples" {
	local once twice
	once=$(tmpfile once)
	twice=$(tmpfile twice)
	chain "$TOP"/samples/*.html "$TOP"/samples/*.txt >"$once" 2>/dev/null
	split-sentences <"$once" | tag-entities >"$twice"
	[ -s "$once" ]
	grep -q '<PERSON>' "$once"
	cmp "$once" "$twice"
}

@test "split-sentences and tag-entities change nothing but whitespace and tags" {
	local before after
	before=$(tmpfile before)
	after=$(tmpfile after)
	strip-markup "$TOP"/samples/*.html 2>/dev/null | tr -d ' \n\t' >"$before"
	[ -s "$before" ]
	strip-markup "$TOP"/samples/*.html 2>/dev/null | split-sentences |
	    tag-entities | sed -E 's#</?(PERSON|ORGANIZATION|LOCATION|DATE|TIME|MONEY|PERCENT|MISC)>##g' |
	    tr -d ' \n\t' >"$after"
	cmp "$before" "$after"
}

@test "a stream cut at </doc> and processed in pieces gives the same bytes" {
	local stream whole pieces
	stream=$(tmpfile stream)
	whole=$(tmpfile whole)
	pieces=$(tmpfile pieces)
	strip-markup "$TOP"/samples/*.html "$TOP"/samples/*.txt >"$stream" 2>/dev/null
	split-sentences <"$stream" | tag-entities | to-csv --no-header >"$whole"
	parallel --pipe -k --recend '</doc>\n' --block 50k -j 2 \
	    'split-sentences | tag-entities | to-csv --no-header' <"$stream" >"$pieces"
	[ "$(wc -l <"$whole")" -gt 100 ]
	cmp "$whole" "$pieces"
	# and the pieces really were several
	[ "$(grep -c '^</doc>$' "$stream")" -gt 3 ]
}

@test "every filter ends quietly when its reader goes away" {
	local big
	big=$(tmpfile big)
	for i in $(seq 1 40); do cat "$TOP"/samples/china-daily-2015-09-18.txt; done >"$big"
	for f in strip-markup split-sentences tag-entities to-csv; do
		run --separate-stderr bash -c "$f \"\$1\" | head -n 1" _ "$big"
		assert_success
		[ -z "$stderr" ] || { echo "$f: $stderr"; false; }
	done
}

@test "every filter has --help, --version and a man page" {
	for f in strip-markup split-sentences tag-entities to-csv; do
		run "$f" --help
		assert_success
		assert_output --partial "usage: $f"
		run "$f" --version
		assert_success
		assert_output --regexp "^$f \(copydesk\) [0-9]"
		# well formed: copydesk.bats checks every page with groff
		[ -f "$TOP/man/$f.1" ]
	done
}

@test "every filter exits 2 on an unknown option" {
	for f in strip-markup split-sentences tag-entities to-csv; do
		run --separate-stderr "$f" --no-such-option
		assert_failure 2
		[[ "$stderr" == *"$f"* ]]
	done
}

@test "every filter reports a missing file, goes on with the rest, and exits 1" {
	local ok
	ok=$(tmpfile ok.txt)
	echo "Some text here." >"$ok"
	for f in strip-markup split-sentences tag-entities to-csv; do
		run --separate-stderr "$f" /no/such/file "$ok"
		assert_failure 1
		[ "$stderr" = "$f: /no/such/file: No such file or directory" ] ||
		    { echo "$f: $stderr"; false; }
		[[ "$output" == *"Some text here."* ]]
	done
}

@test "every filter reports a folder given as a file in one line, writes no document for it, goes on, and exits 1" {
	# strip-markup wrote a <doc id="DIR" problem="no-text"> for a folder,
	# so a CSV of documents had a row for it, and said "no text" after
	# "read error: Is a directory"
	local ok dir
	ok=$(tmpfile ok.txt)
	dir=$(tmpfile adir)
	mkdir "$dir"
	echo "Some text here." >"$ok"
	for f in strip-markup split-sentences tag-entities to-csv to-json; do
		run --separate-stderr "$f" "$dir" "$ok"
		assert_failure 1
		[ "$stderr" = "$f: $dir: Is a directory" ] ||
		    { echo "$f: $stderr"; false; }
		[[ "$output" == *"Some text here."* ]]
		[[ "$output" != *"adir"* ]] || { echo "$f: $output"; false; }
	done
	run --separate-stderr to-xlsx -o "$(tmpfile b.xlsx)" "$dir" "$ok"
	assert_failure 1
	assert_equal "$stderr" "to-xlsx: $dir: Is a directory"
}

@test "every filter repairs invalid UTF-8 and says so once per input" {
	local bad
	bad=$(tmpfile bad.txt)
	printf 'caf\xe9 ok\nand \xff\xfe here\n' >"$bad"
	for f in split-sentences tag-entities to-csv; do
		run --separate-stderr "$f" "$bad"
		assert_success
		[[ "$output" == *$'caf\xef\xbf\xbd ok'* ]] || { echo "$f: $output"; false; }
		[ "$(printf '%s\n' "$stderr" | grep -c 'invalid UTF-8')" -eq 1 ] ||
		    { echo "$f: $stderr"; false; }
		run --separate-stderr "$f" --strict "$bad"
		assert_failure 1
	done
}

@test "a full disk is an error, not a silent truncation" {
	[ -w /dev/full ] || skip "no /dev/full"
	for f in strip-markup split-sentences tag-entities to-csv; do
		run --separate-stderr bash -c "$f \"\$1\" >/dev/full" _ \
		    "$TOP/samples/china-daily-2015-09-18.txt"
		assert_failure 1
		[[ "$stderr" == *"$f: write error: No space left on device"* ]] ||
		    { echo "$f: $stderr"; false; }
	done
}
