#!/usr/bin/env bats
# dumps: gzip in every filter; WARC, JSON Lines and binary input in
# strip-markup

load helpers

D="$TOP/tests/data/dumps"

# ---- gzip ----

@test "gzip: every filter reads a gzip file as the text inside it" {
	printf '<p>Dr. Lee came. He left.</p>\n' >"$(tmpfile p.html)"
	gzip -c "$(tmpfile p.html)" >"$(tmpfile p.html.gz)"
	run --separate-stderr strip-markup "$(tmpfile p.html.gz)"
	assert_success
	assert_output "$(strip-markup "$(tmpfile p.html)" | sed "s|p.html|p.html.gz|")"
	strip-markup -n "$(tmpfile p.html)" >"$(tmpfile t)"
	gzip -c "$(tmpfile t)" >"$(tmpfile t.gz)"
	for f in split-sentences tag-entities to-csv; do
		run --separate-stderr "$f" "$(tmpfile t.gz)"
		assert_success
		[ -z "$stderr" ]
		[ "$output" = "$("$f" "$(tmpfile t)" | sed "s|/t,|/t.gz,|")" ] ||
		    fail "$f differs on gzip"
	done
}

@test "gzip: standard input is detected by its magic bytes too" {
	run --separate-stderr sh -c 'printf "one\n" | gzip | split-sentences'
	assert_success
	assert_output one
}

@test "gzip: several members are read as one stream (as zcat does)" {
	{ printf 'first\n' | gzip; printf 'second\n' | gzip; } >"$(tmpfile m.gz)"
	run --separate-stderr split-sentences "$(tmpfile m.gz)"
	assert_success
	assert_output $'first\nsecond'
}

@test "gzip: a member spanning many blocks, and an empty member" {
	seq 1 200000 | sed 's/$/./' >"$(tmpfile big)"
	{ gzip -c "$(tmpfile big)"; gzip -c </dev/null; printf 'end.\n' | gzip; } >"$(tmpfile big.gz)"
	run --separate-stderr sh -c "split-sentences '$(tmpfile big.gz)' | md5sum"
	assert_success
	[ "$output" = "$({ cat "$(tmpfile big)"; echo end.; } | split-sentences | md5sum)" ]
}

@test "gzip: a truncated file: error with its byte offset, the text before it kept, exit 1" {
	seq 1 20000 | sed 's/$/./' | gzip >"$(tmpfile full.gz)"
	head -c 20000 "$(tmpfile full.gz)" >"$(tmpfile cut.gz)"
	run --separate-stderr split-sentences "$(tmpfile cut.gz)"
	[ "$status" -eq 1 ]
	[ "$stderr" = "split-sentences: $(tmpfile cut.gz): truncated gzip data at byte 20000" ]
	[ "${lines[0]}" = 1. ]
	[ "${#lines[@]}" -gt 1000 ]
}

@test "gzip: broken from its first bytes: the error alone, no document for the input" {
	# strip-markup also wrote <doc id=FILE problem="no-text"> and
	# "FILE: no text" after the gzip error
	printf '\037\213' >"$(tmpfile two.gz)"
	run --separate-stderr strip-markup "$(tmpfile two.gz)" "$D/../strip-markup/concat.in"
	assert_failure 1
	assert_equal "$stderr" "strip-markup: $(tmpfile two.gz): truncated gzip data at byte 2"
	refute_output --partial two.gz
	assert_output --partial '<doc id="'
	# an empty file is still an empty document, as the man page says
	: >"$(tmpfile empty.html)"
	run --separate-stderr strip-markup "$(tmpfile empty.html)"
	assert_success
	assert_output "<doc id=\"$(tmpfile empty.html)\" problem=\"no-text\">
</doc>"
}

@test "gzip: corrupt data: error naming the file and offset, exit 1" {
	seq 1 20000 | gzip >"$(tmpfile bad.gz)"
	printf '\377\377\377\377\377\377\377\377' |
	    dd of="$(tmpfile bad.gz)" bs=1 seek=5000 conv=notrunc 2>/dev/null
	run --separate-stderr to-csv --lf "$(tmpfile bad.gz)"
	[ "$status" -eq 1 ]
	[[ "$stderr" =~ ^to-csv:\ .*/bad.gz:\ corrupt\ gzip\ data\ at\ byte\ [0-9]+$ ]] ||
	    fail "stderr: $stderr"
	assert_line --index 0 --partial id,
}

@test "gzip: garbage after the last member is an error, not silence" {
	{ printf 'one\n' | gzip; printf 'junk'; } >"$(tmpfile g.gz)"
	run --separate-stderr split-sentences "$(tmpfile g.gz)"
	[ "$status" -eq 1 ]
	assert_output one
	[[ "$stderr" == *"g.gz: trailing garbage after gzip data at byte 24" ]]
}

@test "gzip: a file that only starts like gzip is an error" {
	printf '\037\213not gzip at all' >"$(tmpfile fake)"
	run --separate-stderr split-sentences "$(tmpfile fake)"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"fake: corrupt gzip data at byte "* ]]
}

# ---- WARC ----

# the documents' ids, urls or other attribute of strip-markup's output
attr() {
	sed -En "s/^<doc (.* )?$1=\"([^\"]*)\".*/\\2/p"
}

teardown() {
	if [ -n "${SERVER_PID:-}" ]; then
		kill "$SERVER_PID" 2>/dev/null || true
		wait "$SERVER_PID" 2>/dev/null || true
	fi
}

# serve samples/ on 127.0.0.1 at a free port; sets PORT and SERVER_PID
serve_samples() {
	# the log exists before the server starts, so the first look at it
	# cannot race the shell's redirection
	: >"$(tmpfile server.log)"
	python3 -u -m http.server 0 --bind 127.0.0.1 \
	    --directory "$TOP/samples" >>"$(tmpfile server.log)" 2>&1 &
	SERVER_PID=$!
	for _ in $(seq 100); do
		PORT=$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$(tmpfile server.log)")
		[ -n "$PORT" ] && return 0
		sleep 0.05
	done
	fail "http.server did not start: $(cat "$(tmpfile server.log)")"
}

@test "warc: a WARC written by wget: one document per page, its url, the page's text" {
	serve_samples
	cd "$BATS_TEST_TMPDIR"
	for f in "$TOP"/samples/*.html; do
		echo "http://127.0.0.1:$PORT/${f##*/}"
	done >urls
	wget --no-verbose --tries=1 --warc-file=crawl -i urls -P got 2>wget.log ||
	    fail "wget: $(cat wget.log)"
	run --separate-stderr strip-markup crawl.warc.gz
	assert_success
	# wget adds a request per page, its warcinfo, log and manifest
	[[ "$stderr" == *"crawl.warc.gz: "*" records, $(wc -l <urls) documents; skipped"* ]] ||
	    fail "stderr: $stderr"
	printf '%s\n' "$output" | attr url >got-urls
	diff -u urls got-urls
	[ "$(printf '%s\n' "$output" | attr id | sort -u | wc -l)" -eq "$(wc -l <urls)" ]
	i=0
	for f in "$TOP"/samples/*.html; do
		i=$((i + 1))
		diff -u <(strip-markup "$f" | sed '1d;$d') \
		    <(printf '%s\n' "$output" | awk -v n=$i '/^<doc /{d++; next} /^<\/doc>$/{next} d==n') ||
		    fail "text differs: $f"
	done
	# the id names the gzip member where the record starts
	id=$(printf '%s\n' "$output" | attr id | head -1)
	off=${id##*@}
	tail -c +$((off + 1)) crawl.warc.gz | zcat 2>/dev/null | head -3 >rec
	grep -q '^WARC-Type: response' rec
}

# expected documents per file: the manifest's HTML responses, plus the one
# HTML resource record (example-resource.warc.gz)
@test "warc: the real WARCs: exactly the HTML responses and resources become documents" {
	cd "$D/warc"
	while IFS=$'\t' read -r file bytes members records types html rest; do
		[ "$file" = file ] && continue
		want=$html
		[ "$file" = warcio/example-resource.warc.gz ] && want=$((want + 1))
		run --separate-stderr strip-markup "$file"
		[ "$status" -le 1 ] || fail "$file: status $status"
		got=$(printf '%s\n' "$output" | grep -c '^<doc ' || true)
		[ "$got" -eq "$want" ] || fail "$file: $got documents, want $want"
		[[ "$stderr" == *"$file: $records record"* ]] ||
		    fail "$file: stderr: $stderr"
	done <MANIFEST.tsv
}

@test "warc: wget's angle brackets around WARC-Target-URI are dropped" {
	run --separate-stderr strip-markup "$D/warc/warcio/example-wget-bad-target-uri.warc.gz"
	assert_success
	[ "$(printf '%s\n' "$output" | attr url)" = "http://example.com/" ]
}

@test "warc: url, fetched, record-id, status, and the page's own title" {
	run --separate-stderr strip-markup "$D/warc/warcio/example.warc"
	assert_success
	assert_line --index 0 '<doc id="'"$D"'/warc/warcio/example.warc@1197" url="http://example.com/" title="Example Domain" lang="en" fetched="2017-03-06T04:02:06Z" record-id="urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005" status="200">'
	assert_line --index 1 'Example Domain'
	# the id's offset is where the record starts
	[ "$(tail -c +1198 "$D/warc/warcio/example.warc" | head -c 9)" = "WARC/1.0"$'\r' ]
}

@test "warc: plain and gzip give the same text" {
	diff <(strip-markup "$D/warc/warcio/example.warc" 2>/dev/null | sed 1d) \
	    <(strip-markup "$D/warc/warcio/example.warc.gz" 2>/dev/null | sed 1d)
}

@test "warc: chunked transfer coding is undone" {
	run --separate-stderr strip-markup "$D/warc/warcio/example-iana.org-chunked.warc"
	assert_success
	assert_line --index 1 'Internet Assigned Numbers Authority'
	refute_output --regexp '(^|[^0-9a-f])[0-9a-f]{3,4}$'
}

@test "warc: Common Crawl's X-Crawler-* headers: the body is taken as stored, charsets from HTTP" {
	run --separate-stderr strip-markup "$D/warc/resiliparse/warcfile.warc.gz"
	assert_success
	refute_output --partial $'\xef\xbf\xbd'	# no U+FFFD: every charset right
	assert_output --partial 'О компании'		# windows-1251 by HTTP
	[[ "$stderr" != *"malformed"* ]]
	[[ "$stderr" != *"stored decoded"* ]]
}

@test "warc: Content-Encoding gzip declared on a body stored decoded (ClueWeb): counted, read" {
	run --separate-stderr strip-markup "$D/warc/resiliparse/clueweb-quirk.warc.gz"
	assert_success
	[[ "$stderr" == *"29 bodies stored decoded despite their headers"* ]]
	assert_output --partial 'ヘッドポーター'
}

@test "warc: a Content-Length that lies: warning with file and offset, next record found" {
	run --separate-stderr strip-markup "$D/warc/warcio/example-trunc.warc"
	assert_success
	[[ "$stderr" == *"example-trunc.warc: record at 1197: Content-Length does not end the record"* ]]
	[[ "$stderr" == *"4 records, 1 document; skipped 3: 1 request, 2 warcinfo; 1 malformed"* ]]
	assert_line --index 0 --partial 'problem="malformed-record'
	run --separate-stderr strip-markup --strict "$D/warc/warcio/example-trunc.warc"
	[ "$status" -eq 1 ]
}

@test "warc: a file cut inside a record: the page so far, problem=truncated-record, exit 1 (the gzip error)" {
	run --separate-stderr strip-markup "$D/warc/resiliparse/clipped.warc.gz"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"truncated gzip data at byte 18184"* ]]
	[[ "$stderr" == *"record at 0: file ends inside the record (75207 of 88275 bytes)"* ]]
	assert_line --index 0 --partial 'problem="truncated-record"'
	[ "${#lines[@]}" -gt 10 ]
}

@test "warc: WARC-Truncated, a block over --max-doc-size, junk between records" {
	page='<html><title>T</title><p>Hello there.</p></html>'
	http=$'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Language: de\r\n\r\n'"$page"
	rec() {	# type, extra header, block
		printf 'WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: http://x/%s\r\n%sContent-Length: %d\r\n\r\n%s\r\n\r\n' \
		    "$1" "$1" "$2" "${#3}" "$3"
	}
	{ rec response 'WARC-Truncated: length'$'\r\n' "$http"
	  printf 'junk that is no record\r\n'
	  rec response '' "$http$(head -c 3000 /dev/zero | tr '\0' x)"
	  rec conversion 'Content-Type: text/plain'$'\r\n' $'line one\nline two'
	} >"$(tmpfile t.warc)"
	run --separate-stderr strip-markup --max-doc-size=1k "$(tmpfile t.warc)"
	assert_success
	[[ "$stderr" == *"t.warc: record at 0: WARC-Truncated"* ]]
	[[ "$stderr" == *"no WARC record here: skipped to the next one"* ]]
	[[ "$stderr" == *"block over 1024 bytes: cut there"* ]]
	[ "$(printf '%s\n' "$output" | grep -c '^<doc ')" -eq 3 ]
	assert_line --index 0 --regexp 'url="http://x/response" title="T" lang="de" .*problem="truncated-record"'
	assert_line 'line one'
	assert_line 'line two'
}

@test "warc: an HTTP body cut inside its gzip data, or decoding to more than --max-doc-size, is said on stderr" {
	# both had only problem="truncated-record", without a word
	local page body
	# 24 KB of page in 165 bytes of gzip: under any block limit
	page="<html><title>T</title><p>$(for i in $(seq 3000); do printf 'story %d ' $((i % 7)); done)</p></html>"
	printf '%s' "$page" | gzip -c >"$(tmpfile body.gz)"
	wrec() {	# the file of a response record around HTTP head + file $2
		{ printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nContent-Length: %d\r\n\r\n' \
		    $(( $(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n' | wc -c) + $(wc -c <"$2") ))
		  printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'
		  cat "$2"
		  printf '\r\n\r\n'
		} >"$1"
	}
	head -c 100 "$(tmpfile body.gz)" >"$(tmpfile cut.gz)"
	wrec "$(tmpfile cut.warc)" "$(tmpfile cut.gz)"
	run --separate-stderr strip-markup "$(tmpfile cut.warc)"
	assert_success
	stderr_has "cut.warc: record at 0: HTTP body cut short in its chunks or compressed data: the page kept up to there"
	assert_line --index 0 --partial 'problem="truncated-record"'
	assert_output --partial 'story 1 story 2'
	# counted in the summary, and an error with --strict, as the man
	# page says of every malformed record (they were neither)
	stderr_has "cut.warc: 1 record, 1 document; 1 malformed"
	run --separate-stderr strip-markup --strict "$(tmpfile cut.warc)"
	assert_failure 1
	printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 86\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\nZZ\r\n\r\n\r\n' >"$(tmpfile chunk.warc)"
	run --separate-stderr strip-markup "$(tmpfile chunk.warc)"
	assert_success
	stderr_has "chunk.warc: record at 0: broken HTTP chunks or compressed data: the page kept up to there"
	stderr_has "chunk.warc: 1 record, 1 document; 1 malformed"
	run --separate-stderr strip-markup --strict "$(tmpfile chunk.warc)"
	assert_failure 1
	wrec "$(tmpfile whole.warc)" "$(tmpfile body.gz)"
	run --separate-stderr strip-markup --max-doc-size=4k "$(tmpfile whole.warc)"
	assert_success
	stderr_has "whole.warc: record at 0: decoded body over 4096 bytes: cut there"
	assert_line --index 0 --partial 'problem="truncated-record"'
	# the whole body, under the limit: nothing to say
	run --separate-stderr strip-markup "$(tmpfile whole.warc)"
	assert_success
	assert_equal "$stderr" ""
	refute_output --partial problem=
}

@test "warc: records cut at --max-doc-size are counted in the summary line and fail --strict" {
	# strip-markup(1) says so of them; they were said one by one only,
	# with no summary line and exit 0 under --strict (the rest of each
	# record lost)
	local page=$'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>'"$(head -c 3000 /dev/zero | tr '\0' x)"'</p>'
	printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
	    "${#page}" "$page" >"$(tmpfile big.warc)"
	run --separate-stderr strip-markup --max-doc-size=1k "$(tmpfile big.warc)"
	assert_success
	assert_equal "$stderr" "strip-markup: $(tmpfile big.warc): record at 0: block over 1024 bytes: cut there
strip-markup: $(tmpfile big.warc): 1 record, 1 document; 1 cut at --max-doc-size"
	run --separate-stderr strip-markup --strict --max-doc-size=1k "$(tmpfile big.warc)"
	assert_failure 1
	# a body that decodes to more than the limit, the same
	printf '<p>%s</p>' "$(head -c 30000 /dev/zero | tr '\0' x)" | gzip -c >"$(tmpfile body.gz)"
	{ printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: %d\r\n\r\n' \
	    $(( $(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n' | wc -c) + $(wc -c <"$(tmpfile body.gz)") ))
	  printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'
	  cat "$(tmpfile body.gz)"
	  printf '\r\n\r\n'
	} >"$(tmpfile gz.warc)"
	run --separate-stderr strip-markup --max-doc-size=4k "$(tmpfile gz.warc)"
	assert_success
	assert_equal "$stderr" "strip-markup: $(tmpfile gz.warc): record at 0: decoded body over 4096 bytes: cut there
strip-markup: $(tmpfile gz.warc): 1 record, 1 document; 1 cut at --max-doc-size"
	run --separate-stderr strip-markup --strict --max-doc-size=4k "$(tmpfile gz.warc)"
	assert_failure 1
}

@test "warc: a hostile record never hangs or crashes" {
	{ printf 'WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nshort'
	  printf 'WARC/1.0\r\nContent-Length: x\r\n\r\n'
	  printf 'WARC/1.0\r\nWARC-Type: response\r\n'; head -c 70000 /dev/zero | tr '\0' a
	} >"$(tmpfile h.warc)"
	run --separate-stderr timeout 10 strip-markup "$(tmpfile h.warc)"
	assert_success
	[[ "$stderr" == *"malformed"* ]]
	# every prefix of a real file
	for n in 100 500 1000 1500 2000 2500 3000; do
		head -c $n "$D/warc/warcio/example.warc" >"$(tmpfile p.warc)"
		run --separate-stderr timeout 10 strip-markup "$(tmpfile p.warc)"
		[ "$status" -eq 0 ] || fail "prefix $n: $status $stderr"
	done
}

@test "warc: --format warc on a file with no WARC record at all is an error, not an empty success" {
	printf '<html><body><p>A page, not an archive.</p></body></html>\n' >"$(tmpfile page.html)"
	run --separate-stderr strip-markup --format=warc "$(tmpfile page.html)"
	assert_failure 1
	assert_output ''
	[[ "$stderr" == *"page.html: 0 records, 0 documents; 1 malformed: not a WARC file"* ]] ||
	    fail "stderr: $stderr"
	# a WARC cut inside its first header is a cut WARC, said as such
	head -c 100 "$D/warc/warcio/example.warc" >"$(tmpfile cut.warc)"
	run --separate-stderr strip-markup "$(tmpfile cut.warc)"
	assert_success
	[[ "$stderr" == *"file ends inside the record header"* ]]
	[[ "$stderr" != *"not a WARC file"* ]]
}

@test "warc: --format overrides the detection" {
	run --separate-stderr strip-markup --format=text "$D/warc/warcio/example.warc"
	assert_success
	assert_output --partial 'WARC-Type: warcinfo'
	run --separate-stderr strip-markup --format=bogus
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown format 'bogus'"* ]]
}

# ---- JSON Lines ----

@test "jsonl: the four shapes: one document per line, id FILE:LINE, url, text" {
	cd "$D/jsonl"
	for f in aeb20-html.jsonl aeb20-text.jsonl aeb20-trafilatura.jsonl aeb20-newsplease.jsonl; do
		run --separate-stderr strip-markup "$f"
		assert_success
		[ -z "$stderr" ] || fail "$f: $stderr"
		[ "$(printf '%s\n' "$output" | attr id | tr '\n' ' ')" = "$f:1 $f:2 " ] ||
		    fail "$f: ids"
		diff <(printf '%s\n' "$output" | attr url | sed 's/&amp;/\&/g') \
		    <(python3 -c 'import json,sys
for l in open(sys.argv[1]): o = json.loads(l); print(o.get("url") or o.get("source"))' "$f") ||
		    fail "$f: urls"
	done
}

@test "jsonl: a text field becomes paragraphs on its newlines, exactly its text" {
	cd "$D/jsonl"
	for f in aeb20-text.jsonl aeb20-trafilatura.jsonl aeb20-newsplease.jsonl; do
		diff <(strip-markup -n "$f" | grep -v '^$') \
		    <(python3 -c 'import json,sys,unicodedata
for l in open(sys.argv[1]):
    o = json.loads(l)
    for p in (o.get("maintext") or o.get("text")).split("\n"):
        p = " ".join(p.split())
        if p: print(unicodedata.normalize("NFC", p))' "$f") ||
		    fail "$f: text differs"
	done
}

@test "jsonl: a markup field goes through the HTML path (same text as the page)" {
	cd "$BATS_TEST_TMPDIR"
	python3 -c 'import json,sys
for i, l in enumerate(open(sys.argv[1])): open("p%d.html" % i, "w").write(json.loads(l)["html"])' \
	    "$D/jsonl/aeb20-html.jsonl"
	run --separate-stderr strip-markup "$D/jsonl/aeb20-html.jsonl"
	assert_success
	diff <(strip-markup p0.html p1.html | grep -v '^<') <(printf '%s\n' "$output" | grep -v '^<')
}

@test "jsonl: metadata fields, lists, other scalars as attributes, names made safe" {
	printf '%s\n' '{"url": "http://x/1", "title": "A \"quoted\" title", "date_publish": "2019-11-19 13:14:00", "authors": ["Ann Lee", "Bo Wu"], "language": "en", "maintext": "One.\nTwo.", "hostname": "x", "n": 3, "ok": false, "id": "abc", "nested": {"a": [1, {"b": 2}]}, "tags": [1, 2], "odd key": "v", "empty": "", "nothing": null}' >"$(tmpfile a.jsonl)"
	run --separate-stderr strip-markup "$(tmpfile a.jsonl)"
	assert_success
	assert_output "<doc id=\"$(tmpfile a.jsonl):1\" url=\"http://x/1\" title=\"A &quot;quoted&quot; title\" date=\"2019-11-19T13:14:00\" date_source=\"record\" author=\"Ann Lee; Bo Wu\" lang=\"en\" hostname=\"x\" n=\"3\" ok=\"false\" json-id=\"abc\" odd_key=\"v\">
One.

Two.
</doc>"
}

@test "jsonl: escapes: \\uXXXX, surrogate pairs, a lone surrogate, the stream's own tags" {
	printf '%s\n' '{"text": "caf\u00e9 \ud83d\ude00 \ud800 <doc x> a\/b \t tab"}' | strip-markup -n >"$(tmpfile out)"
	[ "$(cat "$(tmpfile out)")" = "café 😀 � &lt;doc x> a/b tab" ]
}

@test "jsonl: \\u escapes in upper and lower case hex; a byte next to the digits is no digit" {
	printf '%s\n' '{"text": "\u00E9\u00e9\u00Aa \u0041\u00Df"}' '{"text": "\u00g9"}' \
	    '{"text": "\u00:9"}' '{"text": "\u0@41"}' '{"text": "\u`041"}' '{"text": "\u0/41"}' >"$(tmpfile hex.jsonl)"
	run --separate-stderr strip-markup -n "$(tmpfile hex.jsonl)"
	assert_success
	[ "$output" = "ééª Aß" ]
	[[ "$stderr" == *"hex.jsonl: 1 JSON object, skipped 5 lines that are no object"* ]]
}

@test "jsonl: a line that is not a JSON object: warning with its line number, skipped, counted" {
	printf '%s\n' '{"text": "one"}' 'not json' '[1, 2]' '' '{"text": "two"' '{"text": "three"}' >"$(tmpfile b.jsonl)"
	run --separate-stderr strip-markup "$(tmpfile b.jsonl)"
	assert_success
	[ "$(printf '%s\n' "$output" | attr id | sed 's/.*://' | tr '\n' ' ')" = "1 6 " ]
	[[ "$stderr" == *"b.jsonl:2: not a JSON object: skipped"* ]]
	[[ "$stderr" == *"b.jsonl:3: not a JSON object: skipped"* ]]
	[[ "$stderr" == *"b.jsonl:5: not a JSON object (bad JSON at byte 15): skipped"* ]]
	[[ "$stderr" == *"b.jsonl: 2 JSON objects, skipped 3 lines that are no object"* ]]
	run --separate-stderr strip-markup --strict "$(tmpfile b.jsonl)"
	[ "$status" -eq 1 ]
}

@test "jsonl: a raw control character or an escape at any place of a long string (the scanner's sixteen-byte blocks)" {
	# line 2i+1 has a raw TAB after i letters (JSON wants \t; taken as
	# it), line 2i+2 a \n
	for i in $(seq 0 40); do
		a=$(head -c "$i" /dev/zero | tr '\0' a)
		b=$(head -c $((40 - i)) /dev/zero | tr '\0' b)
		printf '{"text": "%s\t%s"}\n{"text": "%s\\n%s"}\n' "$a" "$b" "$a" "$b"
	done >"$(tmpfile ctl.jsonl)"
	run --separate-stderr strip-markup -n "$(tmpfile ctl.jsonl)"
	assert_success
	assert_equal "$stderr" ""
	want=$(for i in $(seq 0 40); do
		a=$(head -c "$i" /dev/zero | tr '\0' a)
		b=$(head -c $((40 - i)) /dev/zero | tr '\0' b)
		if [ -n "$a" ] && [ -n "$b" ]; then printf '%s %s\n\n' "$a" "$b"
		else printf '%s\n\n' "$a$b"; fi
		if [ -n "$a" ]; then printf '%s\n\n' "$a"; fi
		if [ -n "$b" ]; then printf '%s\n\n' "$b"; fi
	done)
	[ "$output" = "$want" ]
}

@test "jsonl: raw control characters in a string keep the line; they are dropped and counted as escaped ones are" {
	# the whole article was skipped as "not a JSON object" for one raw
	# TAB, NUL or control byte that an exporter left unescaped
	printf '{"title": "A\tB", "text": "one\ttwo\001three"}\n{"text": "four\000five"}\n{"text": "six\\u0001seven"}\n' >"$(tmpfile raw.jsonl)"
	# a NUL, raw or \u0000, would end an attribute where it stands (the
	# title "B\u0000C" came out "B" without a word): dropped and counted
	printf '{"title": "B\000C\\u0000D", "text": "eight"}\n' >>"$(tmpfile raw.jsonl)"
	run --separate-stderr strip-markup "$(tmpfile raw.jsonl)"
	assert_success
	assert_equal "$stderr" "strip-markup: $(tmpfile raw.jsonl): dropped 3 NUL characters in JSON strings
strip-markup: $(tmpfile raw.jsonl): dropped 2 control characters"
	assert_output --partial 'title="BCD"'
	run --separate-stderr strip-markup --strict "$(tmpfile raw.jsonl)"
	assert_failure 1
	run --separate-stderr strip-markup "$(tmpfile raw.jsonl)"
	assert_equal "$(printf '%s\n' "$output" | attr id | sed 's/.*://' | tr '\n' ' ')" "1 2 3 4 "
	assert_output --partial $'one twothree\n'
	assert_output --partial $'fourfive\n'
	assert_output --partial $'sixseven\n'
}

@test "jsonl: a NUL in a list that is not kept (not all strings) is not counted as dropped" {
	# the list is skipped whole: nothing of it was dropped from the
	# output, yet its NUL was counted and failed --strict
	printf '{"tags": ["a\\u0000", 1], "text": "hello"}\n' >"$(tmpfile list.jsonl)"
	run --separate-stderr strip-markup --strict "$(tmpfile list.jsonl)"
	assert_success
	assert_equal "$stderr" ""
	assert_output --partial 'hello'
	# in a list of strings it is dropped from the value, and counted
	printf '{"tags": ["a\\u0000b", "c"], "text": "hello"}\n' >"$(tmpfile kept.jsonl)"
	run --separate-stderr strip-markup "$(tmpfile kept.jsonl)"
	assert_success
	assert_equal "$stderr" "strip-markup: $(tmpfile kept.jsonl): dropped 1 NUL character in JSON strings"
}

@test "jsonl: a NUL in a field that is left out is not counted as dropped; in one that is kept, key or value, it is" {
	# the fields are left out whole (an empty value, null, an object, a
	# list of other things, the copy of the text beside maintext):
	# nothing of them reaches the output with or without the NUL, yet
	# each NUL was counted and failed --strict
	printf '%s\n' '{"zz\u0000":"","text":"one"}' '{"a\u0000":null,"text":"two"}' \
	    '{"a\u0000":{"b\u0000":"c"},"text":"three"}' '{"a\u0000":[1],"text":"four"}' \
	    '{"maintext":"five","text":"x\u0000y"}' >"$(tmpfile left.jsonl)"
	run --separate-stderr strip-markup --strict "$(tmpfile left.jsonl)"
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(printf '%s\n' "$output" | grep -v '^<' | tr '\n' ' ')" "one two three four five "
	# kept: an attribute's name and value, a number's key, the text, a
	# key that becomes a known one, a key of NULs alone (its value is
	# left out for them)
	printf '%s\n' '{"zz\u0000":"x","text":"one"}' '{"zz":"x\u0000y","text":"two"}' \
	    '{"a\u0000":5,"text":"three"}' '{"text":"fo\u0000ur"}' \
	    '{"tit\u0000le":"T","text":"five"}' '{"\u0000":"x","text":"six"}' >"$(tmpfile kept.jsonl)"
	run --separate-stderr strip-markup --strict "$(tmpfile kept.jsonl)"
	assert_failure 1
	assert_equal "$stderr" "strip-markup: $(tmpfile kept.jsonl): dropped 6 NUL characters in JSON strings"
	assert_output --partial 'zz="x"'
	assert_output --partial 'zz="xy"'
	assert_output --partial 'a="5"'
	assert_output --partial $'four\n'
	assert_output --partial 'title="T"'
}

@test "jsonl: a skipped line says why: no object, bad JSON at a byte, or a file cut inside its last object" {
	printf '%s\n' '{"text": "ok"}' '[1]' '{"a": 1 2}' '{"x": "y"} junk' '{"a": ["x", 3' >"$(tmpfile why.jsonl)"
	printf '{"text": "cut he' >>"$(tmpfile why.jsonl)"
	run --separate-stderr strip-markup "$(tmpfile why.jsonl)"
	assert_success
	assert_equal "$stderr" "strip-markup: $(tmpfile why.jsonl):2: not a JSON object: skipped
strip-markup: $(tmpfile why.jsonl):3: not a JSON object (bad JSON at byte 9): skipped
strip-markup: $(tmpfile why.jsonl):4: not a JSON object (bad JSON at byte 12): skipped
strip-markup: $(tmpfile why.jsonl):5: not a JSON object (bad JSON at byte 14): skipped
strip-markup: $(tmpfile why.jsonl):6: the file ends inside this JSON object: skipped
strip-markup: $(tmpfile why.jsonl): 1 JSON object, skipped 5 lines that are no object"
	assert_output $'<doc id="'"$(tmpfile why.jsonl)"$':1">\nok\n</doc>'
	run --separate-stderr strip-markup --strict "$(tmpfile why.jsonl)"
	assert_failure 1
}

@test "jsonl: a line over --max-doc-size is skipped with a warning; memory stays bounded" {
	{ printf '{"text": "'; head -c 5000 /dev/zero | tr '\0' a; printf '"}\n{"text": "short"}\n'; } >"$(tmpfile c.jsonl)"
	run --separate-stderr strip-markup --max-doc-size=1k "$(tmpfile c.jsonl)"
	assert_success
	[[ "$stderr" == *"c.jsonl:1: line over 1024 bytes: skipped"* ]]
	assert_output --partial short
	[ "$(printf '%s\n' "$output" | attr id)" = "$(tmpfile c.jsonl):2" ]
}

@test "jsonl: deep nesting is skipped without recursion" {
	{ printf '{"text": "ok", "deep": '; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}\n'; } >"$(tmpfile d.jsonl)"
	run --separate-stderr strip-markup -n "$(tmpfile d.jsonl)"
	assert_success
	assert_output ok
}

@test "gzip: every input kind gzipped gives the same output" {
	for f in "$D/warc/warcio/example.warc" "$D/jsonl/aeb20-text.jsonl" "$TOP/samples/cnbc-emirates-boeing.html" "$TOP/samples/china-daily-2015-09-18.txt"; do
		gzip -c "$f" >"$(tmpfile x.gz)"
		diff <(strip-markup "$f" 2>/dev/null | sed 's/^<doc id="[^"]*"//') \
		    <(strip-markup "$(tmpfile x.gz)" 2>/dev/null | sed 's/^<doc id="[^"]*"//') ||
		    fail "differs: $f"
	done
}

# ---- binary input, empty articles, problems ----

@test "binary: images, PDF, zip, NUL bytes, random bytes, and their .gz: skipped with a message, exit 1" {
	cd "$BATS_TEST_TMPDIR"
	printf '\211PNG\r\n\032\n\0\0\0\rIHDR' >a.png
	printf 'GIF89a\001\000' >a.gif
	printf '\377\330\377\340\0\020JFIF' >a.jpg
	printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj' >a.pdf
	printf 'PK\003\004\024\0\0\0' >a.zip
	{ printf 'text, then NULs'; head -c 200 /dev/zero; } >a.nul
	head -c 4096 /dev/urandom >a.rnd
	gzip -c a.pdf >a.pdf.gz
	for f in a.png a.gif a.jpg a.pdf a.zip a.nul a.rnd a.pdf.gz; do
		run --separate-stderr strip-markup "$f"
		[ "$status" -eq 1 ] || fail "$f: status $status"
		[ -z "$output" ] || fail "$f: wrote $output"
		[ "$stderr" = "strip-markup: $f: binary data, skipped" ] || fail "$f: $stderr"
	done
	# the other inputs still come out
	printf '<p>fine</p>' >ok.html
	run --separate-stderr strip-markup a.png ok.html
	[ "$status" -eq 1 ]
	assert_output $'<doc id="ok.html">\nfine\n</doc>'
}

@test "binary: text with a few control characters, UTF-16 with a BOM, and --format are not binary" {
	cd "$BATS_TEST_TMPDIR"
	printf 'a\001b\002c plain text with a NUL\000 and two controls\n' >few.txt
	run --separate-stderr strip-markup few.txt
	assert_success
	assert_line --index 1 'abc plain text with a NUL and two controls'
	[ "$stderr" = "strip-markup: few.txt: dropped 3 control characters" ]
	printf '\377\376<\0p\0>\0h\0i\0<\0/\0p\0>\0' >u16.html
	run --separate-stderr strip-markup u16.html
	assert_success
	assert_line --index 1 hi
	printf 'GIF89a is a format\0' >g.txt
	run --separate-stderr strip-markup --format=text g.txt
	assert_success
}

@test "article: a page whose article mode finds no text keeps its <doc> lines, a warning and problem=empty-article" {
	# no text at all (article mode falls back to any text a page has)
	printf '<html><body><img src="a.jpg"><script>var x = 1;</script></body></html>' >"$(tmpfile e.html)"
	printf '<p>%s</p>' "A real paragraph of an article that is long enough to be one, with words." >"$(tmpfile f.html)"
	run --separate-stderr strip-markup --article "$(tmpfile e.html)" "$(tmpfile f.html)"
	assert_success
	assert_line --index 0 "<doc id=\"$(tmpfile e.html)\" problem=\"empty-article\">"
	assert_line --index 1 '</doc>'
	assert_line --index 2 --partial "<doc id=\"$(tmpfile f.html)\""
	refute_line --index 2 --partial problem
	[ "$stderr" = "strip-markup: $(tmpfile e.html): article mode found no text" ]
	# --no-doc: the warning still comes
	run --separate-stderr strip-markup -a -n "$(tmpfile e.html)"
	[ "$stderr" = "strip-markup: $(tmpfile e.html): article mode found no text" ]
}

@test "hidden: a page whose text is all in hidden elements (a script shows them) is written from them, said and marked" {
	# a wrapper hidden until a script shows it: the page would be empty
	printf '<html><body><div id="page" style="display: none;"><h1>Stores stalled</h1><p>Thousands were turned away at the checkouts.</p><nav hidden>Menu</nav></div><script>show()</script></body></html>' >"$(tmpfile w.html)"
	run --separate-stderr strip-markup "$(tmpfile w.html)"
	assert_success
	assert_line --index 0 "<doc id=\"$(tmpfile w.html)\" title=\"Stores stalled\" lang=\"en\" problem=\"hidden-text\">"
	assert_line --index 1 'Stores stalled'
	assert_line --index 2 'Thousands were turned away at the checkouts.'
	assert_line --index 3 'Menu'
	[ "$stderr" = "strip-markup: $(tmpfile w.html): all its text is in hidden elements (a script shows them): written from them" ]
	# article mode goes over the shown page
	run --separate-stderr strip-markup --article "$(tmpfile w.html)"
	assert_success
	assert_line --partial 'Thousands were turned away at the checkouts.'
	assert_line --index 0 --partial 'problem="hidden-text"'
	# a page with text of its own keeps its hidden parts out, and says nothing
	printf '<p>The story.</p><div style="display:none"><p>A cookie banner.</p></div>' >"$(tmpfile v.html)"
	run --separate-stderr strip-markup "$(tmpfile v.html)"
	assert_success
	assert_output "$(printf '<doc id="%s">\nThe story.\n</doc>' "$(tmpfile v.html)")"
	[ -z "$stderr" ]
	# the same page from a dump (JSON Lines of HTML)
	printf '{"url":"http://example.com/w","html":"<div hidden><p>Inside a hidden wrapper.</p></div>"}\n' >"$(tmpfile w.jsonl)"
	run --separate-stderr strip-markup "$(tmpfile w.jsonl)"
	assert_success
	assert_line --index 0 --partial 'problem="hidden-text"'
	assert_line --index 1 'Inside a hidden wrapper.'
	[ "$stderr" = "strip-markup: $(tmpfile w.jsonl):1: all its text is in hidden elements (a script shows them): written from them" ]
}

@test "hidden: a page too big to go over again says its hidden text was left out" {
	# over 1 MiB: its memory is given back as it is read
	awk 'BEGIN { printf "<div style=\"visibility: hidden\">"
	    for (i = 1; i <= 26000; i++)
		printf "<p>Hidden paragraph number %d of a long page.</p>\n", i
	    printf "</div>" }' >"$(tmpfile big.html)"
	[ "$(wc -c <"$(tmpfile big.html)")" -gt 1100000 ]
	run --separate-stderr strip-markup "$(tmpfile big.html)"
	assert_success
	assert_output "$(printf '<doc id="%s" problem="hidden-text">\n</doc>' "$(tmpfile big.html)")"
	[ "$stderr" = "strip-markup: $(tmpfile big.html): all its text is in hidden elements (a script shows them), and the page is too big to go over again: none written" ]
	# streamed (over --max-doc-size): its <doc> line is out first, a word
	run --separate-stderr strip-markup --max-doc-size=64k "$(tmpfile big.html)"
	assert_success
	[ "$(printf '%s\n' "$stderr" | sed -n 2p)" = "strip-markup: $(tmpfile big.html): all its text is in hidden elements (a script shows them), and the document was streamed: none written" ]
}

@test "problem: charset-replaced on a page with invalid bytes, and to-csv can show it" {
	printf '\357\273\277<p>caf\351 x</p>' >"$(tmpfile r.html)"
	run --separate-stderr strip-markup "$(tmpfile r.html)"
	assert_success
	assert_line --index 0 --partial 'problem="charset-replaced"'
	run --separate-stderr sh -c "strip-markup '$(tmpfile r.html)' | to-csv --lf -r document -c problem"
	assert_line --index 1 charset-replaced
}

@test "jsonl: a second copy of the text (news-please text beside maintext) is no attribute" {
	printf '%s\n' '{"maintext": "Main.", "text": "Main. And more.", "raw_text": "raw", "url": "u", "source": "s"}' |
	    strip-markup >"$(tmpfile out)"
	[ "$(cat "$(tmpfile out)")" = $'<doc id="-:1" url="u" json-source="s">\nMain.\n</doc>' ]
}

@test "problem: bytes that are no UTF-8 in a page whose <meta> says UTF-8 are replaced and said, not dropped" {
	printf '<meta charset="utf-8"><p>caf\351 x</p>' >"$(tmpfile m.html)"
	run --separate-stderr strip-markup "$(tmpfile m.html)"
	assert_success
	assert_line --index 0 --partial 'problem="charset-replaced"'
	assert_line --index 1 'caf� x'
	[ "$stderr" = "strip-markup: $(tmpfile m.html): replaced 1 invalid UTF-8 sequence with U+FFFD" ]
}

@test "warc: an HTTP body without a charset, UTF-8 with a stray Latin-1 byte, keeps its UTF-8 and says the byte" {
	local body='<p>Caf\xc3\xa9 na\xefve</p>' head='HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'
	{ printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nContent-Length: %d\r\n\r\n' \
	    $(( $(printf "$head" | wc -c) + $(printf "$body" | wc -c) ))
	  printf "$head"; printf "$body"; printf '\r\n\r\n'; } >"$(tmpfile m.warc)"
	run --separate-stderr strip-markup "$(tmpfile m.warc)"
	assert_success
	assert_line --index 0 --partial 'problem="charset-replaced"'
	assert_line --index 1 'Café naïve'
	stderr_has "m.warc: read 1 stray byte in UTF-8 text as windows-1252"
	run --separate-stderr strip-markup --strict "$(tmpfile m.warc)"
	assert_failure 1
}

@test "jsonl: a byte order mark and CRLF line ends (Windows tools) are fine" {
	printf '\357\273\277{"text": "one"}\r\n{"text": "two"}\r\n' >"$(tmpfile w.jsonl)"
	run --separate-stderr strip-markup -n "$(tmpfile w.jsonl)"
	assert_success
	assert_output $'one\n\ntwo'
	[ -z "$stderr" ]
}
