#!/usr/bin/env bats
# copydesk, the pipeline runner: the pipeline file, its checks, inputs,
# output, errors, -j identity, progress, and --hosts over two real sshd.
# Stand-in filters (tests/data/copydesk/bin, cd-*) test the runner alone;
# the real filters test the shipped pipelines.
load helpers

D=$TOP/tests/data/copydesk
PATH="$TOP/scripts:$PATH:$D/bin"
export PATH

# stderr holds this text
stderr_has() {
	[[ $stderr == *"$1"* ]] || fail "stderr lacks: $1
stderr: $stderr"
}

# a pipeline file in the test's folder, from the arguments (one a line)
pipe() {
	local f
	f=$(tmpfile "$1")
	shift
	printf '%s\n' "$@" >"$f"
	printf '%s' "$f"
}

# the first twelve documents of stream.txt, one file each, in
# $BATS_TEST_TMPDIR/many
many() {
	mkdir -p "$BATS_TEST_TMPDIR/many"
	awk -v d="$BATS_TEST_TMPDIR/many" '/^<doc / { n++; f = sprintf("%s/doc%02d.txt", d, n) } n <= 12 { print > f }' "$D/stream.txt"
}

# ---- the command line

@test "copydesk: --help on stdout, exit 0; --version" {
	run --separate-stderr copydesk --help
	assert_success
	assert_line --index 0 --partial 'usage: copydesk'
	assert_equal "$stderr" ""
	run copydesk -V
	assert_success
	assert_output --regexp '^copydesk \(copydesk\) [0-9]'
}

@test "copydesk: no pipeline, an unknown option: usage errors (exit 2)" {
	run --separate-stderr copydesk
	assert_failure 2
	assert_equal "$stderr" "copydesk: no pipeline file (try 'copydesk --list')
Try 'copydesk --help' for more information."
	run --separate-stderr copydesk --bogus x
	assert_failure 2
	stderr_has "copydesk: unknown option '--bogus'"
	run --separate-stderr copydesk "$D/upper-csv" -j
	assert_failure 2
	run --separate-stderr copydesk "$D/upper-csv" -j two
	assert_failure 2
	stderr_has "copydesk: jobs: 'two' is not a number"
}

@test "copydesk: a missing pipeline file" {
	run --separate-stderr copydesk no-such-pipeline
	assert_failure 1
	assert_equal "$stderr" "copydesk: no-such-pipeline: no such pipeline file (try 'copydesk --list')"
}

@test "copydesk: -n prints the pipeline as a shell command" {
	run --separate-stderr copydesk -n "$D/upper-csv"
	assert_success
	assert_output "cd-upper --exclaim | cd-upper -s '?' | cd-csv"
}

@test "copydesk: --list and lookup of the shipped pipelines by name" {
	run copydesk --list
	assert_success
	assert_line --partial 'news-to-csv'
	assert_line --partial 'news-to-text'
	assert_line --partial 'news-entities'
	run copydesk -n news-to-csv
	assert_success
	assert_output 'strip-markup --article | split-sentences | tag-entities | to-csv'
}

# ---- checking the pipeline file

@test "copydesk: an unknown filter, with its line number" {
	p=$(pipe p '# comment' '' cd-upper nope-filter cd-csv)
	run --separate-stderr copydesk "$p" "$D/docs"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:4: unknown filter 'nope-filter' (the filters are strip-markup, split-sentences, tag-entities, to-csv)"
	assert_output ''
}

@test "copydesk: a command that is not a copydesk filter" {
	p=$(pipe p cd-upper not-copydesk)
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: 'not-copydesk' is not a copydesk filter (it does not answer --version as one)"
}

@test "copydesk: an unknown option, as the filter itself says" {
	p=$(pipe p cd-upper 'cd-upper --bogus' cd-csv)
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: cd-upper: unknown option '--bogus' (see 'cd-upper --help')"
}

@test "copydesk: an unknown option of a real filter" {
	p=$(pipe p strip-markup 'tag-entities --types=NOPE' to-csv)
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: tag-entities: unknown entity type 'NOPE' (see 'tag-entities --help')"
	p=$(pipe p strip-markup 'to-csv --colour')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: to-csv: bad option or missing argument: --colour (see 'to-csv --help')"
}

@test "copydesk: a missing option argument; an option argument as the next word" {
	p=$(pipe p 'cd-upper -s')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: cd-upper: option requires an argument -- s (see 'cd-upper --help')"
	p=$(pipe p 'cd-upper -s x --suffix "y z" -x' 'to-csv -c id,text')
	run copydesk -n "$p"
	assert_success
	assert_output "cd-upper -s x --suffix 'y z' -x | to-csv -c id,text"
}

@test "copydesk: a file name in a stage is refused" {
	p=$(pipe p 'cd-upper -x input.txt')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: cd-upper: 'input.txt' is not an option: a stage takes no file names (inputs go to copydesk)"
	p=$(pipe p 'tag-entities -' )
	run --separate-stderr copydesk "$p"
	assert_failure 2
	stderr_has "$p:1: tag-entities: '-' is not an option"
}

@test "copydesk: shell syntax, --help in a stage, bad quotes, unknown settings" {
	p=$(pipe p 'cd-upper | cd-csv')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: '|': one stage per line, no shell syntax"
	p=$(pipe p 'cd-upper > out.txt')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: '>': one stage per line, no shell syntax (quote it if it is text)"
	p=$(pipe p 'cd-upper -s "$HOME"')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: '\$': no shell expansion in a pipeline file (quote it with '...')"
	p=$(pipe p cd-upper 'cd-csv --help')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: cd-csv: '--help' has no place in a pipeline"
	p=$(pipe p "cd-upper -s 'x")
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: unterminated ' quote"
	p=$(pipe p 'colour = red' cd-upper)
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: unknown setting 'colour' (known: output, jobs, extensions, hosts)"
	p=$(pipe p '# nothing but a comment' '')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: no stage in the pipeline"
}

@test "copydesk: quotes, comments and '#' inside words" {
	p=$(pipe p "cd-upper -s 'a # b' --suffix=c#d   # a comment" cd-csv)
	printf '<doc id="x">\nhi\n</doc>\n' >"$(tmpfile in.txt)"
	run --separate-stderr copydesk "$p" "$(tmpfile in.txt)"
	assert_success
	assert_output "$(printf 'id,text\r\nx,HIa # bc#d\r')"
}

# ---- inputs

@test "copydesk: a folder, recursively, by extension, in sorted order" {
	run --separate-stderr copydesk "$D/upper-csv" -j 1 "$D/docs"
	assert_success
	expected=$(cd-upper -x "$D/docs/a.txt" "$D/docs/b.txt" "$D/docs/sub/c.txt" | cd-upper -s '?' | cd-csv)
	assert_output "$expected"
	refute_output --partial 'NOT ME'
	run copydesk "$D/upper-csv" -j 1 -e md,MD "$D/docs"
	assert_success
	assert_output "$(printf 'id,text\r\n,NOT ME!?\r')"
}

@test "copydesk: a list of paths on stdin (-T -), NUL-separated (-0)" {
	run --separate-stderr copydesk "$D/upper-csv" -j 1 "$D/docs"
	expected=$output
	run --separate-stderr bash -c "find '$D/docs' -name '*.txt' | LC_ALL=C sort | copydesk '$D/upper-csv' -j 1 -T -"
	assert_success
	assert_output "$expected"
	run --separate-stderr bash -c "find '$D/docs' -name '*.txt' -print0 | LC_ALL=C sort -z | copydesk '$D/upper-csv' -0 -T - -j 2"
	assert_success
	assert_output "$expected"
	printf '%s\n' "$D/docs" >"$(tmpfile list)"
	run --separate-stderr copydesk "$D/upper-csv" -j 1 --files-from "$(tmpfile list)"
	assert_success
	assert_output "$expected"
}

@test "copydesk: standard input, with no operand or '-'" {
	run --separate-stderr bash -c "printf 'abc\n' | copydesk '$D/upper-csv' -j 1"
	assert_success
	assert_output "$(printf 'id,text\r\n,ABC!?\r')"
	run --separate-stderr bash -c "printf 'abc\n' | copydesk '$D/upper-csv' -j 1 -"
	assert_success
	assert_output "$(printf 'id,text\r\n,ABC!?\r')"
}

@test "copydesk: '-' among other inputs, a missing input, an empty folder" {
	run --separate-stderr copydesk "$D/upper-csv" "$D/docs/a.txt" -
	assert_failure 2
	stderr_has "copydesk: '-' (standard input) cannot be one of several inputs"
	run --separate-stderr copydesk "$D/upper-csv" "$D/docs/a.txt" "$D/nope.txt"
	assert_failure 1
	assert_equal "$stderr" "copydesk: $D/nope.txt: no such file or folder"
	assert_output ''
	mkdir "$(tmpfile empty)"
	run --separate-stderr copydesk "$D/upper-csv" "$(tmpfile empty)"
	assert_failure 1
	assert_equal "$stderr" "copydesk: no input files (looked for: txt)"
}

# ---- output

@test "copydesk: -o writes the file; the file's output setting; -o - overrides it" {
	out=$(tmpfile out.csv)
	run --separate-stderr copydesk "$D/upper-csv" -j 1 -o "$out" "$D/docs"
	assert_success
	assert_output ''
	run cat "$out"
	assert_line --index 1 "$(printf ',ALPHA ONE!?\r')"
	run stat -c %a "$out"
	assert_output "$(printf '%o' $((0666 & ~$(umask))))"
	p=$(pipe p "output = $(tmpfile set.csv)" 'cd-upper' 'cd-csv')
	run --separate-stderr copydesk "$p" "$D/docs/b.txt"
	assert_success
	assert_output ''
	run cat "$(tmpfile set.csv)"
	assert_output "$(printf 'id,text\r\n,BETA\r')"
	run --separate-stderr copydesk "$p" -o - "$D/docs/b.txt"
	assert_success
	assert_output "$(printf 'id,text\r\n,BETA\r')"
}

@test "copydesk: a failed run leaves no output file, and an old one as it was" {
	p=$(pipe p cd-upper cd-fail cd-csv)
	out=$(tmpfile out.csv)
	printf 'fine\n' >"$(tmpfile a.txt)"
	printf 'this will fail\n' >"$(tmpfile b.txt)"
	run --separate-stderr copydesk "$p" -j 1 -o "$out" "$(tmpfile a.txt)" "$(tmpfile b.txt)"
	assert_failure 1
	assert [ ! -e "$out" ]
	printf 'old\n' >"$out"
	run --separate-stderr copydesk "$p" -j 2 -o "$out" "$(tmpfile a.txt)" "$(tmpfile b.txt)"
	assert_failure 1
	stderr_has "$out: not written (the run failed)"
	run cat "$out"
	assert_output old
	run bash -c "ls -A '$BATS_TEST_TMPDIR' | grep -c '^\.out\.csv'"
	assert_output 0
}

# ---- errors while running

@test "copydesk: the failing stage and input are named (serial)" {
	p=$(pipe fails cd-upper cd-fail cd-csv)
	printf 'fine\n' >"$(tmpfile a.txt)"
	printf 'this will fail\n' >"$(tmpfile b.txt)"
	printf 'fine too\n' >"$(tmpfile c.txt)"
	run --separate-stderr copydesk "$p" -j 1 "$(tmpfile a.txt)" "$(tmpfile b.txt)" "$(tmpfile c.txt)"
	assert_failure 1
	assert_equal "$stderr" "copydesk: fails: stage 2 (cd-fail) failed (exit status 3) on input $(tmpfile b.txt)"
}

@test "copydesk: the failing stage and input are named (parallel, stdin)" {
	p=$(pipe fails cd-upper cd-fail cd-csv)
	many
	printf 'this will fail\n' >>"$BATS_TEST_TMPDIR/many/doc07.txt"
	run --separate-stderr copydesk "$p" -j 2 "$BATS_TEST_TMPDIR/many"
	assert_failure 1
	stderr_has "copydesk: fails: stage 2 (cd-fail) failed (exit status 3) on input $BATS_TEST_TMPDIR/many/doc07.txt"
	run --separate-stderr bash -c "printf 'FAIL\n' | copydesk '$p' -j 1"
	assert_failure 1
	assert_equal "$stderr" "copydesk: fails: stage 2 (cd-fail) failed (exit status 3) on input standard input"
	run --separate-stderr bash -c "printf '<doc id=\"a\">\nFAIL\n</doc>\n' | copydesk '$p' -j 2"
	assert_failure 1
	assert_equal "$stderr" "copydesk: fails: stage 2 (cd-fail) failed (exit status 3) on input standard input (block 1)"
}

@test "copydesk: | head -1 ends quietly" {
	many
	run --separate-stderr bash -c "copydesk '$D/upper-csv' -j 1 '$BATS_TEST_TMPDIR/many' | head -n 1"
	assert_success
	assert_output $'id,text\r'
	assert_equal "$stderr" ""
}

# ---- -j: byte-identical to the serial run, header once

@test "copydesk: -j over many files equals the serial run and the plain pipeline" {
	many
	p=$(pipe p split-sentences 'to-csv --bom')
	run --separate-stderr copydesk "$p" -j 1 "$BATS_TEST_TMPDIR/many"
	assert_success
	serial=$output
	plain=$(split-sentences "$BATS_TEST_TMPDIR"/many/*.txt | to-csv --bom)
	assert_equal "$serial" "$plain"
	for j in 2 3; do
		run --separate-stderr copydesk "$p" -j "$j" "$BATS_TEST_TMPDIR/many"
		assert_success
		assert_equal "$output" "$serial"
	done
	assert_equal "$(grep -c 'id,title,' <<<"$output")" 1
	assert_equal "$(grep -c $'\357\273\277' <<<"$output")" 1
}

@test "copydesk: -j cuts one stream at </doc> lines, output as the serial run" {
	p=$(pipe p split-sentences to-csv)
	run --separate-stderr copydesk "$p" -j 1 "$D/stream.txt"
	assert_success
	serial=$output
	assert_equal "$serial" "$(split-sentences <"$D/stream.txt" | to-csv)"
	# blocks of 700 bytes: about four pieces
	export COPYDESK_BLOCK=700
	run --separate-stderr copydesk "$p" -j 3 "$D/stream.txt"
	assert_success
	assert_equal "$output" "$serial"
	run --separate-stderr bash -c "copydesk '$p' -j 2 -p <'$D/stream.txt'"
	assert_success
	assert_equal "$output" "$serial"
	assert_equal "$(grep -c '^id,title,' <<<"$output")" 1
}

@test "copydesk: -j on empty input gives what the serial run gives" {
	run --separate-stderr bash -c "copydesk '$D/upper-csv' -j 1 </dev/null"
	assert_success
	assert_output $'id,text\r'
	run --separate-stderr bash -c "copydesk '$D/upper-csv' -j 2 </dev/null"
	assert_success
	assert_output $'id,text\r'
}

# ---- progress

@test "copydesk: quiet on stderr by default when it is not a terminal" {
	many
	run --separate-stderr copydesk "$D/upper-csv" -j 2 "$BATS_TEST_TMPDIR/many"
	assert_success
	assert_equal "$stderr" ""
}

@test "copydesk: --progress prints plain lines: documents, MB, rate, time" {
	many
	run --separate-stderr copydesk "$D/upper-csv" -j 2 --progress "$BATS_TEST_TMPDIR/many"
	assert_success
	last=$(printf '%s\n' "$stderr" | tail -n 1)
	[[ $last =~ ^copydesk:\ 12/12\ docs,\ 0\.0/0\.0\ MB,\ [0-9.]+\ MB/s,\ [0-9]+:[0-9][0-9]:[0-9][0-9]$ ]] ||
	    fail "last progress line: $last"
	run --separate-stderr bash -c "copydesk '$D/upper-csv' -j 1 -p <'$D/stream.txt'"
	assert_success
	last=$(printf '%s\n' "$stderr" | tail -n 1)
	[[ $last =~ ^copydesk:\ 40\ docs,\ 0\.0\ MB, ]] || fail "last progress line: $last"
}

@test "copydesk: --progress on a terminal draws a bar" {
	command -v script >/dev/null || skip "script(1) is missing (bsdutils)"
	many
	run script -qec "copydesk '$D/upper-csv' -j 2 '$BATS_TEST_TMPDIR/many' >/dev/null" /dev/null
	assert_success
	assert_output --partial '] 100% 12/12 docs'
	assert_output --partial $'\r['
}

# ---- the shipped pipelines and the real filters

@test "copydesk: news-to-csv over the samples: -j 1, -j 2 and the plain chain agree" {
	cd "$TOP"
	plain=$(strip-markup --article samples/*.html | split-sentences | tag-entities | to-csv)
	run --separate-stderr copydesk news-to-csv -j 1 samples/
	assert_success
	assert_equal "$output" "$plain"
	run --separate-stderr copydesk news-to-csv -j 2 samples/
	assert_success
	assert_equal "$output" "$plain"
	assert_equal "$(grep -c '^id,title,date,' <<<"$output")" 1
}

@test "copydesk: a stream of the samples cut at </doc>: identical to serial" {
	cd "$TOP"
	strip-markup samples/*.html samples/*.txt >"$(tmpfile stream.txt)"
	p=$(pipe p split-sentences tag-entities 'to-csv --bom')
	plain=$(split-sentences "$(tmpfile stream.txt)" | tag-entities | to-csv --bom)
	run --separate-stderr copydesk "$p" -j 1 "$(tmpfile stream.txt)"
	assert_success
	assert_equal "$output" "$plain"
	COPYDESK_BLOCK=24k run --separate-stderr copydesk "$p" -j 2 "$(tmpfile stream.txt)"
	assert_success
	assert_equal "$output" "$plain"
	COPYDESK_BLOCK=24k run --separate-stderr bash -c "copydesk '$p' -j 2 <'$(tmpfile stream.txt)'"
	assert_success
	assert_equal "$output" "$plain"
}

@test "copydesk: news-to-text and news-entities" {
	cd "$TOP"
	run --separate-stderr copydesk news-to-text -j 1 samples/space-europa-water.html samples/china-daily-2015-09-18.txt
	assert_success
	assert_line --index 0 --regexp '^<doc id="samples/space-europa-water.html"'
	assert_equal "$output" "$(strip-markup --article samples/space-europa-water.html samples/china-daily-2015-09-18.txt | split-sentences)"
	run --separate-stderr copydesk news-entities -j 2 samples/
	assert_success
	assert_line --index 0 $'id,title,type,entity,paragraph,sentence\r'
	assert_output --partial ',PERSON,'
	assert_equal "$(grep -c '^id,title,type,' <<<"$output")" 1
}

# ---- --hosts: two real OpenSSH servers on 127.0.0.1

setup_hosts() {
	H=$BATS_TEST_TMPDIR/hosts
	mkdir -p "$H/bin"
	ln -s "$TOP/scripts/copydesk" "$H/bin/copydesk"
	for f in "$COPYDESK_BIN"/* "$TOP"/build/bin/*; do
		[ -e "$H/bin/${f##*/}" ] || ln -s "$f" "$H/bin/${f##*/}"
	done
	run "$TOP/tests/ssh/hosts" start "$H" 3 "$H/bin" 2
	if [ "$status" -eq 77 ]; then
		skip "no test ssh hosts: $output"
	fi
	assert_success
	export COPYDESK_SSH="ssh -F $H/ssh_config"
	export COPYDESK_WORKDIR="$BATS_TEST_TMPDIR/remote"
}

teardown() {
	if [ -n "${H:-}" ]; then
		"$TOP/tests/ssh/hosts" stop "$H"
	fi
}

@test "copydesk: --hosts over two sshd: identical to the local run" {
	setup_hosts
	cd "$TOP"
	local_out=$(copydesk news-to-csv -j 1 samples/)
	run --separate-stderr copydesk news-to-csv --hosts host1,host2 -j 1 samples/
	assert_success
	assert_equal "$output" "$local_out"
	# one stream cut into blocks, sent over ssh
	strip-markup samples/*.html >"$(tmpfile stream.txt)"
	p=$(pipe p split-sentences tag-entities to-csv)
	serial=$(copydesk "$p" -j 1 <"$(tmpfile stream.txt)")
	printf 'host1\n# a comment\n1/host2\n' >"$(tmpfile hostlist)"
	COPYDESK_BLOCK=48k run --separate-stderr bash -c "copydesk '$p' --hosts-file '$(tmpfile hostlist)' <'$(tmpfile stream.txt)'"
	assert_success
	assert_equal "$output" "$serial"
}

@test "copydesk: --hosts says so when a host lacks copydesk, or cannot be reached" {
	setup_hosts
	cd "$TOP"
	run --separate-stderr copydesk news-to-csv --hosts host1,host3 samples/
	assert_failure 1
	assert_equal "$stderr" "copydesk: host3: copydesk is not installed there (or not on the PATH of ssh commands): install it there too (make install)"
	assert_output ''
	run --separate-stderr copydesk news-to-csv --hosts host1,down samples/
	assert_failure 1
	stderr_has 'copydesk: down: cannot run copydesk there:'
	run --separate-stderr copydesk news-to-csv --hosts host1 "$TOP/samples"
	assert_failure 1
	stderr_has 'with --hosts, give input paths inside the current folder'
}
