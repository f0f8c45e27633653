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
