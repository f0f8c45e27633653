#!/usr/bin/env bats
# copydesk, the pipeline runner: the pipeline file and its checks, inputs,
# output, errors, -j identity, progress, the shipped pipelines.  Every
# stage is a real filter (the runner runs nothing else); a stage fails for
# real: split-sentences --strict on invalid UTF-8.  --hosts: copydesk-hosts.bats.
load helpers

D=$TOP/tests/data/copydesk
P=$D/sentences-csv

# a pipeline file in the test's folder, from the arguments (one a line)
pipe() {
	local f
	f=$(tmpfile "$1")
	shift
	printf '%s\n' "$@" >"$f"
	printf '%s' "$f"
}

# $BATS_FILE_TMPDIR/many: the forty documents of stream.txt, one file
# each (made once for the whole file)
setup_file() {
	mkdir -p "$BATS_FILE_TMPDIR/many"
	awk -v d="$BATS_FILE_TMPDIR/many" '/^<doc / { n++; f = sprintf("%s/doc%02d.txt", d, n) } { print > f }' \
	    "$TOP/tests/data/copydesk/stream.txt"
}
M=${BATS_FILE_TMPDIR:-}/many

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

@test "copydesk: the source in scripts/ sends you to the built runner" {
	run --separate-stderr "$TOP/scripts/copydesk" -n news-to-csv
	assert_failure 2
	assert_equal "$stderr" "copydesk: $TOP/scripts/copydesk is the runner's source: run make, then use build/bin/copydesk"
}

@test "copydesk: no pipeline, an unknown option: usage errors (exit 2)" {
	run --separate-stderr copydesk
	assert_failure 2
	assert_equal "$stderr" "copydesk: no pipeline file (try 'copydesk --list')
Try 'copydesk --help' for more information."
	run --separate-stderr copydesk --bogus x
	assert_failure 2
	stderr_has "copydesk: unknown option '--bogus'"
	run --separate-stderr copydesk "$P" -j
	assert_failure 2
	run --separate-stderr copydesk "$P" -j two
	assert_failure 2
	stderr_has "copydesk: jobs: 'two' is not a number"
}

@test "copydesk: a missing pipeline" {
	run --separate-stderr copydesk no-such-pipeline
	assert_failure 1
	assert_equal "$stderr" "copydesk: no-such-pipeline: no such pipeline (try 'copydesk --list'; a file of your own: ./no-such-pipeline)"
}

@test "copydesk: -n prints the pipeline as a shell command; --list" {
	run --separate-stderr copydesk -n "$P"
	assert_success
	assert_output "split-sentences --strict | to-csv -c id,paragraph,sentence,text"
	assert_equal "$stderr" ''
	# the settings that send data somewhere are said on stderr
	p=$(pipe p 'output = /tmp/x.csv' 'hosts = n1, n2' split-sentences)
	run --separate-stderr copydesk -n "$p"
	assert_success
	assert_output split-sentences
	assert_equal "$stderr" "copydesk: $p: output = /tmp/x.csv
copydesk: $p: hosts = n1, n2"
	run copydesk --list
	assert_success
	assert_line --partial 'news-to-csv'
	assert_line --partial 'news-to-text'
	assert_line --partial 'news-entities'
	assert_line --partial 'warc-to-csv'
	run copydesk -n news-to-csv
	assert_success
	assert_output 'strip-markup --article | split-sentences | tag-entities | to-csv'
}

@test "copydesk: --help, --version, --list and -n on a full disk: a write error, exit 1" {
	# they wrote bash's "line N: printf: write error" and exited 0
	local a
	for a in --help --version --list "-n news-to-csv"; do
		# shellcheck disable=SC2086
		run --separate-stderr bash -c "copydesk $a >/dev/full"
		assert_failure 1
		assert_equal "$stderr" "copydesk: write error: No space left on device"
	done
	run bash -c 'copydesk --help | head -1'
	assert_success
	assert_output --partial 'usage: copydesk'
}

@test "copydesk: a byte order mark opening a pipeline file; an empty -o, option value, host or output; a folder as the pipeline" {
	local p
	p=$(tmpfile bom)
	printf '\xef\xbb\xbfsplit-sentences\nto-csv -c id\n' >"$p"
	run --separate-stderr copydesk -n "$p"
	assert_success
	assert_output "split-sentences | to-csv -c id"
	# an empty output name was no -o: the output went to stdout
	run --separate-stderr copydesk -o '' "$P" "$D/stream.txt"
	assert_failure 2
	assert_equal "$stderr" "copydesk: -o: an empty file name
Try 'copydesk --help' for more information."
	run --separate-stderr copydesk --output= "$P" "$D/stream.txt"
	assert_failure 2
	# so were the other options' empty values (-H '' ran here), and an
	# empty host in a list was handed to ssh as a host named ""
	for a in -H -e -j -T --ssh --hosts-file; do
		run --separate-stderr copydesk "$a" '' "$P" "$D/stream.txt"
		assert_failure 2
		assert_equal "${stderr%%$'\n'*}" "copydesk: $a: an empty value"
	done
	run --separate-stderr copydesk -H n1,,n2 "$P" "$D/stream.txt"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "copydesk: hosts: an empty host name in 'n1,,n2'"
	p=$(pipe empty-host 'hosts = n1, ,' split-sentences)
	run --separate-stderr copydesk "$p" "$D/stream.txt"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "copydesk: hosts: an empty host name in 'n1, ,'"
	p=$(pipe empty-out "output = ''" split-sentences)
	run --separate-stderr copydesk "$p" "$D/stream.txt"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: output takes one value"
	mkdir "$(tmpfile dir)"
	run --separate-stderr copydesk "$(tmpfile dir)"
	assert_failure 1
	assert_equal "$stderr" "copydesk: $(tmpfile dir): is a folder, not a pipeline file (try 'copydesk --list')"
}

@test "copydesk: a pipeline file on a pipe (process substitution) is read" {
	# it was "no such pipeline file", a pipe being no regular file
	run --separate-stderr bash -c "copydesk -n <(printf '%s\\n' split-sentences 'to-csv -c id')"
	assert_success
	assert_output "split-sentences | to-csv -c id"
	run --separate-stderr bash -c "printf '%s\\n' split-sentences | copydesk /dev/stdin '$D/docs/a.txt'"
	assert_success
	assert_output "$(split-sentences "$D/docs/a.txt")"
}

@test "copydesk: a pipeline name is never taken from the current folder; a path is" {
	cd "$BATS_TEST_TMPDIR"
	printf 'split-sentences\n' >news-to-csv
	run --separate-stderr copydesk -n news-to-csv
	assert_success
	assert_output 'strip-markup --article | split-sentences | tag-entities | to-csv'
	run --separate-stderr copydesk -n ./news-to-csv
	assert_success
	assert_output 'split-sentences'
	printf 'split-sentences\n' >mine
	run --separate-stderr copydesk -n mine
	assert_failure 1
	assert_equal "$stderr" "copydesk: mine: no such pipeline (try 'copydesk --list'; a file of your own: ./mine)"
	# the folders of COPYDESK_PIPELINES are searched by name, first
	mkdir own
	printf '# mine: my own\ntag-entities\n' >own/mine
	COPYDESK_PIPELINES=/no/such:$PWD/own run --separate-stderr copydesk -n mine
	assert_success
	assert_output 'tag-entities'
	COPYDESK_PIPELINES=$PWD/own run copydesk --list
	assert_line --regexp '^mine +my own$'
}

# ---- checking the pipeline file: by name and by table, running nothing

@test "copydesk: only the copydesk filters are stages, known by name" {
	p=$(pipe p '# comment' '' split-sentences nope-filter to-csv)
	run --separate-stderr copydesk "$p" "$D/docs"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:4: unknown filter 'nope-filter' (the filters are strip-markup, split-sentences, tag-entities, to-csv, to-json, to-xlsx)"
	assert_output ''
	for cmd in copydesk bash sh /bin/sh ./strip-markup; do
		p=$(pipe p "$cmd")
		run --separate-stderr copydesk -n "$p"
		assert_failure 2
		stderr_has "$p:1: unknown filter '$cmd'"
	done
}

@test "copydesk: a pipeline file runs nothing while it is checked (copydesk as a stage)" {
	# the attack of issue 12: copydesk answers --version like a filter,
	# its flags took the next word, and the check ran the stage: --ssh ran
	# a command ("touch" here) even under -n
	cd "$BATS_TEST_TMPDIR"
	p=$(pipe p "copydesk --ssh=touch --hosts=pwned -q news-to-text")
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	stderr_has "$p:1: unknown filter 'copydesk'"
	assert [ ! -e "$BATS_TEST_TMPDIR/pwned" ]
	# split-sentences -a /dev/zero is not read while checking
	p=$(pipe p 'split-sentences -a /dev/zero')
	run timeout 10 copydesk -n "$p"
	assert_success
	assert_output 'split-sentences -a /dev/zero'
}

@test "copydesk: options are checked by the filter's table, as its getopt reads them" {
	p=$(pipe p 'to-csv --colour')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: to-csv: unknown option '--colour' (see to-csv(1); no abbreviations)"
	p=$(pipe p 'strip-markup --art')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	stderr_has "strip-markup: unknown option '--art'"
	p=$(pipe p 'tag-entities -x')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: tag-entities: unknown option '-x' (see tag-entities(1))"
	p=$(pipe p 'split-sentences --strict=yes')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: split-sentences: option '--strict' takes no argument"
	# the argument is taken exactly as the table says: glued, next word,
	# after =, in a cluster; a flag never takes the next word
	p=$(pipe p 'split-sentences -len --strict' 'tag-entities -lt PERSON' 'to-csv -bHc id,text --rows=paragraph -d ";" --lf')
	run --separate-stderr copydesk -n "$p"
	assert_success
	assert_output "split-sentences -len --strict | tag-entities -lt PERSON | to-csv -bHc id,text --rows=paragraph -d ';' --lf"
	p=$(pipe p 'split-sentences --strict notes.txt')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: split-sentences: 'notes.txt' is not an option: a stage takes no file names (inputs go to copydesk)"
	# a value the table cannot judge is the filter's, when it runs
	p=$(pipe p strip-markup 'tag-entities --types=NOPE' to-csv)
	run --separate-stderr copydesk "$p" "$TOP/samples/space-europa-water.html"
	assert_failure 1
	stderr_has "tag-entities: unknown entity type 'NOPE'"
}

@test "copydesk: a missing option argument" {
	p=$(pipe p 'to-csv -c')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: to-csv: option '-c' needs an argument (LIST)"
	p=$(pipe p 'split-sentences --lang')
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: split-sentences: option '--lang' needs an argument (LANG)"
}

@test "copydesk: a file name in a stage is refused; a writer ends the pipeline" {
	p=$(pipe p 'to-csv -H input.txt')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: to-csv: 'input.txt' is not an option: a stage takes no file names (inputs go to copydesk)"
	p=$(pipe p 'tag-entities -')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	stderr_has "$p:1: tag-entities: '-' is not an option"
	p=$(pipe p 'tag-entities --')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	stderr_has "$p:1: tag-entities: '--': a stage takes no file names"
	p=$(pipe p to-csv split-sentences)
	run --separate-stderr copydesk -n "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: split-sentences: nothing can follow to-csv, which writes the output"
}

@test "copydesk: shell syntax, --help in a stage, bad quotes, unknown settings" {
	p=$(pipe p 'split-sentences | to-csv')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: '|': one stage per line, no shell syntax"
	p=$(pipe p 'to-csv > out.txt')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: '>': one stage per line, no shell syntax (quote it if it is text)"
	p=$(pipe p 'to-csv -e "$HOME"')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: '\$': no shell expansion in a pipeline file (quote it with '...')"
	p=$(pipe p split-sentences 'to-csv --help')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: to-csv: '--help' has no place in a pipeline"
	p=$(pipe p "to-csv -e 'x")
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: unterminated ' quote"
	p=$(pipe p 'colour = red' split-sentences)
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:1: unknown setting 'colour' (known: output, jobs, extensions, hosts)"
	p=$(pipe p '# nothing but a comment' '')
	run --separate-stderr copydesk "$p"
	assert_failure 2
	assert_equal "$stderr" "copydesk: $p:2: no stage in the pipeline"
}

@test "copydesk: quotes, comments and '#' inside words" {
	p=$(pipe p split-sentences "to-csv -c text -e 'a # b' --entity-separator=c#d   # a comment")
	run --separate-stderr copydesk -n "$p"
	assert_success
	assert_output "split-sentences | to-csv -c text -e 'a # b' '--entity-separator=c#d'"
}

@test "copydesk: every filter's option table says what its --help says" {
	local f n=0
	for t in "$TOP"/filters/*/options; do
		f=${t%/options}
		f=${f##*/}
		n=$((n + 1))
		[ -x "$COPYDESK_BIN/$f" ] || fail "$f has an option table but no program in $COPYDESK_BIN"
		# the table, and the options of --help (without -h and -V), as
		# "short long argument" lines
		want=$(grep -v '^#' "$t" | tr '\t' ' ' | sort)
		got=$("$f" --help | sed -n -E \
		    -e 's/^ +(-([A-Za-z0-9]), )?--([a-z][a-z0-9-]*)([ =]([A-Z][A-Za-z]*))?( .*)?$/\2|\3|\5/p' |
		    awk -F'|' '$2 != "help" && $2 != "version" {
		        print ($1 == "" ? "-" : $1), $2, ($3 == "" ? "-" : $3) }' | sort)
		assert_equal "$got" "$want"
		# and an option with an argument is one for the filter too
		while read -r s l a; do
			[ "$a" = - ] && continue
			run --separate-stderr "$f" "--$l" </dev/null
			[ "$status" -eq 2 ] || fail "$f --$l alone: exit $status, not a missing argument"
		done <<<"$want"
	done
	# every filter built has its table
	for f in strip-markup split-sentences tag-entities to-csv to-json to-xlsx; do
		[ -x "$COPYDESK_BIN/$f" ] || continue
		[ -f "$TOP/filters/$f/options" ] || fail "$f has no filters/$f/options"
	done
	[ "$n" -ge 4 ]
}

# ---- inputs

@test "copydesk: a folder, recursively, by extension, in sorted order; the rest counted" {
	run --separate-stderr copydesk "$P" -j 1 "$D/docs"
	assert_success
	assert_output "$(split-sentences "$D/docs/a.txt" "$D/docs/b.txt" "$D/docs/sub/c.txt" | to-csv -c id,paragraph,sentence,text)"
	refute_output --partial 'not me'
	assert_equal "$stderr" "copydesk: 1 file in the folders left out (taken: txt txt.gz; see -e)"
	run --separate-stderr copydesk "$P" -j 1 -e md,MD "$D/docs"
	assert_success
	assert_output "$(printf 'id,paragraph,sentence,text\r\n-,1,1,not me\r')"
	assert_equal "$stderr" "copydesk: 3 files in the folders left out (taken: md MD; see -e)"
}

@test "copydesk: a link to a folder, a named pipe, a broken link in a folder: left out and said" {
	# they were left out without a word: a dump whose parts are linked
	# folders lost them with exit 0
	local dir=$BATS_TEST_TMPDIR/tree
	mkdir -p "$dir/real"
	cp "$D/docs/a.txt" "$dir/real/"
	ln -s real "$dir/linked"
	mkfifo "$dir/pipe.txt"
	ln -s nowhere.txt "$dir/broken.txt"
	run --separate-stderr timeout 60 copydesk "$P" -j 1 "$dir"
	assert_success
	assert_output "$(split-sentences "$dir/real/a.txt" | to-csv -c id,paragraph,sentence,text)"
	assert_equal "$stderr" "copydesk: 1 link to a folder in the folders not followed (name the folder itself to take it)
copydesk: 2 entries in the folders left out that are no files (named pipes, devices, sockets, broken links)"
	# the folder named through its link is taken
	run --separate-stderr copydesk "$P" -j 1 "$dir/linked/"
	assert_success
	assert_equal "$stderr" ""
}

@test "copydesk: a folder named through a link, without a trailing slash, is taken" {
	# find does not follow a link it is given: the folder gave no file,
	# and beside another input nothing was said and the exit was 0
	local dir=$BATS_TEST_TMPDIR/tree
	mkdir -p "$dir/real" "$dir/other"
	cp "$D/docs/a.txt" "$dir/real/"
	cp "$D/docs/b.txt" "$dir/other/"
	ln -s real "$dir/linked"
	run --separate-stderr copydesk "$P" -j 1 "$dir/other" "$dir/linked"
	assert_success
	assert_output "$(split-sentences "$dir/other/b.txt" "$dir/real/a.txt" |
	    to-csv -c id,paragraph,sentence,text | sed 's|/real/|/linked/|')"
	assert_equal "$stderr" ""
}

@test "copydesk: strip-markup pipelines take pages, WARC and JSON Lines, gzipped or not" {
	mkdir -p "$BATS_TEST_TMPDIR/dump/x"
	cd "$BATS_TEST_TMPDIR/dump"
	for f in a.html b.HTM x/c.xhtml d.html.gz e.warc f.warc.gz g.jsonl h.jsonl.gz i.htm.gz j.xhtml.gz; do
		: >"$f"
	done
	: >notes.txt
	: >image.png
	# (the files are empty: what strip-markup says of them is its own)
	run --separate-stderr copydesk -j 1 news-to-text .
	stderr_has "copydesk: 2 files in the folders left out (taken: html htm xhtml html.gz htm.gz xhtml.gz warc warc.gz jsonl jsonl.gz; see -e)"
	assert_equal "$(grep -c 'left out' <<<"$stderr")" 1
}

@test "copydesk: a gzipped page in a folder reads as the page, serial and -j" {
	mkdir "$BATS_TEST_TMPDIR/dump"
	cp "$TOP/samples/space-europa-water.html" "$BATS_TEST_TMPDIR/dump/a.html"
	gzip -c "$TOP/samples/space-europa-water.html" >"$BATS_TEST_TMPDIR/dump/b.html.gz"
	p=$(pipe p 'strip-markup --article' split-sentences 'to-csv -H -c title,paragraph,sentence,text')
	for j in 1 2; do
		run --separate-stderr copydesk "$p" -j "$j" "$BATS_TEST_TMPDIR/dump"
		assert_success
		n=$(printf '%s\n' "$output" | wc -l)
		[ "$n" -gt 10 ] && [ $((n % 2)) -eq 0 ] || fail "$n rows"
		assert_equal "$(printf '%s\n' "$output" | head -n $((n / 2)))" "$(printf '%s\n' "$output" | tail -n $((n / 2)))"
	done
}

@test "copydesk: a list of paths on stdin (-T -), NUL-separated (-0)" {
	run --separate-stderr copydesk "$P" -j 1 "$D/docs"
	expected=$output
	run --separate-stderr bash -c "find '$D/docs' -name '*.txt' | LC_ALL=C sort | copydesk '$P' -j 1 -T -"
	assert_success
	assert_output "$expected"
	run --separate-stderr bash -c "find '$D/docs' -name '*.txt' -print0 | LC_ALL=C sort -z | copydesk '$P' -0 -T - -j 1"
	assert_success
	assert_output "$expected"
	printf '%s\n' "$D/docs" >"$(tmpfile list)"
	run --separate-stderr copydesk "$P" -j 1 --files-from "$(tmpfile list)"
	assert_success
	assert_output "$expected"
}

@test "copydesk: input names that start with '-' are files, in every mode" {
	# issue 12: a file named --alt reached strip-markup as its option
	cd "$BATS_TEST_TMPDIR"
	cp "$TOP/samples/space-europa-water.html" ./--alt
	cp "$TOP/samples/cnbc-emirates-boeing.html" ./-a.html
	want=$(strip-markup --article -- --alt -a.html | split-sentences)
	[ -n "$want" ]
	for j in 1 2; do
		run --separate-stderr bash -c "printf '%s\n' --alt -a.html | copydesk news-to-text -j $j -T -"
		assert_success
		assert_output "$want"
		run --separate-stderr copydesk news-to-text -j "$j" -- --alt -a.html
		assert_success
		assert_output "$want"
	done
	run --separate-stderr copydesk news-to-text -j 1 -- --alt
	assert_success
	assert_output "$(strip-markup --article -- --alt | split-sentences)"
}

@test "copydesk: standard input through every shipped pipeline" {
	# issue 13: cat page.html | copydesk news-to-csv wrote only the header
	page=$TOP/samples/space-europa-water.html
	for p in "$TOP"/pipelines/*; do
		p=${p##*/}
		chain=$(copydesk -n "$p")
		if [[ $chain == *"| to-xlsx"* ]]; then
			# a workbook: the same sheet, not the same bytes (the
			# zip holds the time it was made)
			bash -c "$chain" <"$page" >"$BATS_TEST_TMPDIR/want.xlsx"
			cat "$page" | copydesk "$p" >"$BATS_TEST_TMPDIR/got.xlsx"
			want=$(unzip -p "$BATS_TEST_TMPDIR/want.xlsx" xl/worksheets/sheet1.xml)
			[ "${#want}" -gt 2000 ] || fail "$p: the plain chain gives next to nothing"
			assert_equal "$(unzip -p "$BATS_TEST_TMPDIR/got.xlsx" xl/worksheets/sheet1.xml)" "$want"
			continue
		fi
		want=$(bash -c "$chain" <"$page")
		# (a JSON object per article is one long line)
		[ "${#want}" -gt 500 ] || fail "$p: the plain chain gives next to nothing"
		run --separate-stderr bash -c "cat '$page' | copydesk '$p'"
		assert_success
		assert_equal "$output" "$want"
		run --separate-stderr bash -c "copydesk '$p' - <'$page'"
		assert_success
		assert_equal "$output" "$want"
	done
}

@test "copydesk: a stream on standard input, with no operand or '-'" {
	run --separate-stderr bash -c "copydesk '$P' -j 1 <'$D/stream.txt'"
	assert_success
	assert_output "$(split-sentences <"$D/stream.txt" | to-csv -c id,paragraph,sentence,text)"
	run --separate-stderr bash -c "printf 'abc\n' | copydesk '$P' -j 1 -"
	assert_success
	assert_output "$(printf 'id,paragraph,sentence,text\r\n-,1,1,abc\r')"
}

@test "copydesk: '-' among other inputs, a missing input, an empty folder" {
	run --separate-stderr copydesk "$P" "$D/docs/a.txt" -
	assert_failure 2
	stderr_has "copydesk: '-' (standard input) cannot be one of several inputs"
	run --separate-stderr copydesk "$P" "$D/docs/a.txt" "$D/nope.txt"
	assert_failure 1
	assert_equal "$stderr" "copydesk: $D/nope.txt: no such file or folder"
	assert_output ''
	mkdir "$(tmpfile empty)"
	run --separate-stderr copydesk "$P" "$(tmpfile empty)"
	assert_failure 1
	assert_equal "$stderr" "copydesk: no input files (looked for: txt txt.gz)"
}

# ---- output

@test "copydesk: -o writes the file; the file's output setting; -o - overrides it" {
	out=$(tmpfile out.csv)
	run --separate-stderr copydesk "$P" -j 1 -o "$out" "$D/docs/a.txt"
	assert_success
	assert_output ''
	run cat "$out"
	assert_line --index 1 "$(printf -- '-,1,1,alpha one\r')"
	run stat -c %a "$out"
	assert_output "$(printf '%o' $((0666 & ~$(umask))))"
	p=$(pipe p "output = $(tmpfile set.csv)" 'split-sentences' 'to-csv -c text')
	run --separate-stderr copydesk "$p" "$D/docs/b.txt"
	assert_success
	assert_output ''
	run cat "$(tmpfile set.csv)"
	assert_output "$(printf 'text\r\nbeta\r')"
	run --separate-stderr copydesk "$p" -o - "$D/docs/b.txt"
	assert_success
	assert_output "$(printf 'text\r\nbeta\r')"
}

@test "copydesk: a failed run leaves no output file, and an old one as it was" {
	out=$(tmpfile out.csv)
	printf 'fine\n' >"$(tmpfile a.txt)"
	printf 'caf\351\n' >"$(tmpfile b.txt)"
	run --separate-stderr copydesk "$P" -j 1 -o "$out" "$(tmpfile a.txt)" "$(tmpfile b.txt)"
	assert_failure 1
	assert [ ! -e "$out" ]
	printf 'old\n' >"$out"
	run --separate-stderr copydesk "$P" -j 2 -o "$out" "$(tmpfile a.txt)" "$(tmpfile b.txt)"
	assert_failure 1
	stderr_has "$out: not written (the run failed)"
	run cat "$out"
	assert_output old
	run bash -c "ls -A '$BATS_TEST_TMPDIR' | grep -c '^\.out\.csv'"
	assert_output 0
}

@test "copydesk: -o onto a device writes to it and leaves it a device" {
	# issue 12: a copy of /dev/null became a regular file
	[ "$(id -u)" -eq 0 ] || skip "making a device node needs root"
	mknod "$BATS_TEST_TMPDIR/null" c 1 3 || skip "mknod is not allowed here"
	run --separate-stderr copydesk "$P" -j 1 -o "$BATS_TEST_TMPDIR/null" "$D/docs/a.txt"
	assert_success
	assert [ -c "$BATS_TEST_TMPDIR/null" ]
	run --separate-stderr copydesk "$P" -j 1 -o /dev/full "$D/docs/a.txt"
	assert_failure 1
	stderr_has 'No space left on device'
	assert [ -c /dev/full ]
}

@test "copydesk: -o through a symbolic link replaces the file it points to" {
	printf 'old\n' >"$(tmpfile real.csv)"
	ln -s real.csv "$(tmpfile link.csv)"
	run --separate-stderr copydesk "$P" -j 1 -o "$(tmpfile link.csv)" "$D/docs/b.txt"
	assert_success
	assert [ -L "$(tmpfile link.csv)" ]
	run cat "$(tmpfile real.csv)"
	assert_line --index 1 "$(printf -- '-,1,1,beta\r')"
}

@test "copydesk: a full disk under -j is an error (standard output and -o)" {
	# issue 12: with -j 2, GNU parallel ignored the write error: exit 0
	[ -w /dev/full ] || skip "no /dev/full"
	for j in 1 2; do
		run --separate-stderr bash -c "copydesk '$P' -j $j '$M' >/dev/full"
		assert_failure 1
		stderr_has 'No space left on device'
		# and a pipeline without a writer
		run --separate-stderr bash -c "cd '$TOP' && copydesk news-to-text -j $j samples/*.html >/dev/full"
		assert_failure 1
		stderr_has 'No space left on device'
	done
	run --separate-stderr bash -c "cd '$TOP' && copydesk news-to-csv -j 2 samples/*.html >/dev/full"
	assert_failure 1
}

@test "copydesk: -o on a full file system keeps the old file and fails" {
	[ "$(id -u)" -eq 0 ] || skip "mounting a small tmpfs needs root"
	mkdir "$BATS_TEST_TMPDIR/small"
	mount -t tmpfs -o size=64k tmpfs "$BATS_TEST_TMPDIR/small" 2>/dev/null ||
	    skip "cannot mount a tmpfs here"
	printf 'old\n' >"$BATS_TEST_TMPDIR/small/out.csv"
	for j in 1 2; do
		run --separate-stderr bash -c "cd '$TOP' && copydesk news-to-csv -j $j -o '$BATS_TEST_TMPDIR/small/out.csv' samples/*.html"
		[ "$status" -eq 1 ] || { umount "$BATS_TEST_TMPDIR/small"; fail "-j $j: exit $status: $stderr"; }
		[ "$(cat "$BATS_TEST_TMPDIR/small/out.csv")" = old ] || { umount "$BATS_TEST_TMPDIR/small"; fail "-j $j: the old file is gone"; }
	done
	left=$(ls -A "$BATS_TEST_TMPDIR/small")
	umount "$BATS_TEST_TMPDIR/small"
	assert_equal "$left" out.csv
}

@test "copydesk: -o FILE.xlsx writes a workbook through to-xlsx" {
	run --separate-stderr copydesk -n -o x.xlsx news-to-csv
	assert_success
	assert_output 'strip-markup --article | split-sentences | tag-entities | to-xlsx'
	# to-csv's options as its getopt reads them; only to-xlsx's are kept
	p=$(pipe p strip-markup 'to-csv -bc id,title --lf -rdocument')
	run --separate-stderr copydesk -n -o x.xlsx "$p"
	assert_success
	assert_output 'strip-markup | to-xlsx --columns=id,title --rows=document'
	# a pipeline that ends in to-xlsx already stays as it is
	run --separate-stderr copydesk -n -o x.xlsx news-to-xlsx
	assert_success
	assert_output --partial '| tag-entities | to-xlsx --columns='
	run --separate-stderr copydesk -n -o x.xlsx news-to-text
	assert_failure 2
	stderr_has 'a workbook (.xlsx) is written from a pipeline that ends in to-csv'
	cd "$TOP"
	csv=$(copydesk news-to-csv -j 1 samples/ 2>/dev/null | python3 -c 'import csv, sys; print(len(list(csv.reader(sys.stdin))))')
	for j in 1 2; do
		run --separate-stderr copydesk news-to-csv -j "$j" -o "$BATS_TEST_TMPDIR/out.xlsx" samples/
		assert_success
		# the rows of every sheet, read from the zip's XML
		run python3 -c 'import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(sum(len(re.findall(rb"<row[ >]", z.read(n)))
    for n in z.namelist() if n.startswith("xl/worksheets/sheet")))' "$BATS_TEST_TMPDIR/out.xlsx"
		assert_success
		assert_output "$csv"
	done
}

# ---- errors while running

@test "copydesk: the failing stage and input are named (serial)" {
	printf 'fine\n' >"$(tmpfile a.txt)"
	printf 'caf\351\n' >"$(tmpfile b.txt)"
	printf 'fine too\n' >"$(tmpfile c.txt)"
	run --separate-stderr copydesk "$P" -j 1 "$(tmpfile a.txt)" "$(tmpfile b.txt)" "$(tmpfile c.txt)"
	assert_failure 1
	stderr_has "copydesk: sentences-csv: stage 1 (split-sentences --strict) failed (exit status 1) on input $(tmpfile b.txt)"
}

@test "copydesk: the failing stage and input are named (parallel, stdin)" {
	cp -r "$M" "$BATS_TEST_TMPDIR/many"
	printf 'caf\351\n' >>"$BATS_TEST_TMPDIR/many/doc07.txt"
	run --separate-stderr copydesk "$P" -j 2 "$BATS_TEST_TMPDIR/many"
	assert_failure 1
	stderr_has "copydesk: sentences-csv: stage 1 (split-sentences --strict) failed (exit status 1) on input $BATS_TEST_TMPDIR/many/doc07.txt"
	run --separate-stderr bash -c "printf 'caf\351\n' | copydesk '$P' -j 1"
	assert_failure 1
	stderr_has "copydesk: sentences-csv: stage 1 (split-sentences --strict) failed (exit status 1) on input standard input"
	run --separate-stderr bash -c "printf '<doc id=\"a\">\ncaf\351\n</doc>\n' | copydesk '$P' -j 2"
	assert_failure 1
	stderr_has "copydesk: sentences-csv: stage 1 (split-sentences --strict) failed (exit status 1) on input standard input (block 1)"
}

@test "copydesk: after a failing input, -j 2 gives the serial run's output and status" {
	# issue 12: GNU parallel's --halt dropped the batches after a failure
	cp -r "$M" "$BATS_TEST_TMPDIR/many"
	printf 'caf\351\n' >>"$BATS_TEST_TMPDIR/many/doc03.txt"
	run --separate-stderr copydesk "$P" -j 1 "$BATS_TEST_TMPDIR/many"
	assert_failure 1
	serial=$output
	assert_line --partial 'd40,'
	for j in 2 3; do
		run --separate-stderr copydesk "$P" -j "$j" "$BATS_TEST_TMPDIR/many"
		assert_failure 1
		assert_equal "$output" "$serial"
	done
}

@test "copydesk: | head -1 ends quietly" {
	run --separate-stderr bash -c "copydesk '$P' -j 1 '$M' | head -n 1"
	assert_success
	assert_output $'id,paragraph,sentence,text\r'
	assert_equal "$stderr" ""
	run --separate-stderr bash -c "copydesk '$P' -j 2 '$M' | head -n 1"
	assert_success
	assert_output $'id,paragraph,sentence,text\r'
	assert_equal "$stderr" ""
}

# ---- -j: byte-identical to the serial run; the writer runs once

@test "copydesk: -j over many files equals the serial run and the plain pipeline" {
	p=$(pipe p split-sentences 'to-csv --bom')
	run --separate-stderr copydesk "$p" -j 1 "$M"
	assert_success
	serial=$output
	plain=$(split-sentences "$M"/*.txt | to-csv --bom)
	assert_equal "$serial" "$plain"
	for j in 2 3; do
		run --separate-stderr copydesk "$p" -j "$j" "$M"
		assert_success
		assert_equal "$output" "$serial"
	done
	assert_equal "$(grep -c 'id,title,' <<<"$output")" 1
	assert_equal "$(grep -c $'\357\273\277' <<<"$output")" 1
}

@test "copydesk: -j cuts one stream at </doc> lines, output as the serial run" {
	run --separate-stderr copydesk "$P" -j 1 "$D/stream.txt"
	assert_success
	serial=$output
	assert_equal "$serial" "$(split-sentences <"$D/stream.txt" | to-csv -c id,paragraph,sentence,text)"
	# blocks of 700 bytes: about four pieces
	export COPYDESK_BLOCK=700
	run --separate-stderr copydesk "$P" -j 3 "$D/stream.txt"
	assert_success
	assert_equal "$output" "$serial"
	run --separate-stderr bash -c "copydesk '$P' -j 2 -p <'$D/stream.txt'"
	assert_success
	assert_equal "$output" "$serial"
	assert_equal "$(grep -c '^id,' <<<"$output")" 1
}

@test "copydesk: -j on empty input gives what the serial run gives" {
	run --separate-stderr bash -c "copydesk '$P' -j 1 </dev/null"
	assert_success
	assert_output $'id,paragraph,sentence,text\r'
	run --separate-stderr bash -c "copydesk '$P' -j 2 </dev/null"
	assert_success
	assert_output $'id,paragraph,sentence,text\r'
}

@test "copydesk: the spreadsheet row limit is counted over the whole output under -j" {
	# issue 12: each job counted its own rows, so no warning under -j 2
	awk 'BEGIN { for (d = 1; d <= 11; d++) { printf "<doc id=\"%d\">\n", d
	    for (i = 0; i < 100001; i++) print "x"; print "</doc>" } }' >"$(tmpfile big.txt)"
	p=$(pipe p split-sentences 'to-csv -c text --lf')
	for j in 1 2; do
		run --separate-stderr bash -c "copydesk '$p' -j $j '$(tmpfile big.txt)' | wc -l"
		assert_success
		assert_output 1100012
		stderr_has 'more than 1048576 rows'
	done
}

# ---- progress

@test "copydesk: quiet on stderr by default when it is not a terminal" {
	run --separate-stderr copydesk "$P" -j 2 "$M"
	assert_success
	assert_equal "$stderr" ""
}

@test "copydesk: --progress prints plain lines: documents, MB, rate, time" {
	run --separate-stderr copydesk "$P" -j 2 --progress "$M"
	assert_success
	last=$(printf '%s\n' "$stderr" | tail -n 1)
	[[ $last =~ ^copydesk:\ 40/40\ docs,\ 0\.0/0\.0\ MB,\ [0-9.]+\ MB/s,\ [0-9]+:[0-9][0-9]:[0-9][0-9]$ ]] ||
	    fail "last progress line: $last"
	run --separate-stderr bash -c "copydesk '$P' -j 1 -p <'$D/stream.txt'"
	assert_success
	last=$(printf '%s\n' "$stderr" | tail -n 1)
	[[ $last =~ ^copydesk:\ 40\ docs,\ 0\.0\ MB, ]] || fail "last progress line: $last"
}

@test "copydesk: --progress on a terminal draws a bar" {
	command -v script >/dev/null || skip "script(1) is missing (bsdutils): no pseudo-terminal"
	script -qec true /dev/null >/dev/null 2>&1 </dev/null ||
	    skip "no pseudo-terminal can be made here (script -qec true fails)"
	run script -qec "copydesk '$P' -j 2 '$M' >/dev/null" /dev/null </dev/null
	assert_success
	assert_output --partial '] 100% 40/40 docs'
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

@test "copydesk: warc-to-csv: a WARC response gives the page's rows, serial and -j" {
	# two WARC files, one gzipped, each holding one HTML response
	python3 - "$TOP/samples" "$BATS_TEST_TMPDIR/crawl" <<'PY'
import gzip, os, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
for i, (name, z) in enumerate([("space-europa-water.html", False), ("cnbc-emirates-boeing.html", True)]):
    page = open(os.path.join(src, name), "rb").read()
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(page)) + page
    rec = (b"WARC/1.0\r\nWARC-Type: response\r\n"
           b"WARC-Target-URI: http://example.com/%s\r\n" % name.encode()
           + b"WARC-Date: 2024-01-0%dT00:00:00Z\r\n" % (i + 1)
           + b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000%d>\r\n" % i
           + b"Content-Type: application/http; msgtype=response\r\n"
           + b"Content-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n")
    path = os.path.join(out, "%d.warc" % i)
    if z:
        with gzip.open(path + ".gz", "wb") as f:
            f.write(rec)
    else:
        open(path, "wb").write(rec)
PY
	text() {	# the text column of a CSV on stdin
		python3 -c 'import csv, sys
rows = list(csv.reader(sys.stdin))
i = rows[0].index("text")
print("\n".join(r[i] for r in rows[1:]))'
	}
	want=$(cd "$TOP/samples" && copydesk news-to-csv -j 1 space-europa-water.html cnbc-emirates-boeing.html | text)
	[ -n "$want" ]
	run --separate-stderr copydesk warc-to-csv -j 1 "$BATS_TEST_TMPDIR/crawl"
	assert_success
	serial=$output
	assert_equal "$(printf '%s\n' "$serial" | text)" "$want"
	run --separate-stderr copydesk warc-to-csv -j 2 "$BATS_TEST_TMPDIR/crawl"
	assert_success
	assert_equal "$output" "$serial"
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

@test "copydesk: the manual pages are well formed (groff warnings fail)" {
	for m in "$TOP"/man/*.[1-9]; do
		run groff -k -Tutf8 -mandoc -ww -z "$m"
		assert_success
		assert_output ''
	done
	# and the check does catch a broken page
	printf '.Dd x\n.Dt X 1\n.Sh NAME\n.Bl -tag\n.It a\n.Xx b\n' >"$(tmpfile bad.1)"
	run groff -k -Tutf8 -mandoc -ww -z "$(tmpfile bad.1)"
	refute_output ''
}

@test "copydesk: --hosts : (this machine) with relative paths, files and stream" {
	# issue 12: the local jobs looked for the files in GNU parallel's
	# work folder
	command -v rsync >/dev/null || skip "rsync is missing (scripts/install-deps ssh)"
	cd "$TOP"
	plain=$(copydesk news-to-csv -j 1 samples/ 2>/dev/null)
	run --separate-stderr copydesk news-to-csv --hosts : -j 2 samples/
	assert_success
	assert_equal "$output" "$plain"
	run --separate-stderr copydesk "$P" -j 1 "$D/stream.txt"
	serial=$output
	COPYDESK_BLOCK=700 run --separate-stderr bash -c "copydesk '$P' -H 2/: <'$D/stream.txt'"
	assert_success
	assert_equal "$output" "$serial"
}
