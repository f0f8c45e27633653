#!/usr/bin/env bats
# copydesk --hosts over real OpenSSH servers on 127.0.0.1, started once for
# this file from its own folder by tests/ssh/hosts (no system service).
# Without sshd the tests skip and say so: scripts/install-deps ssh.
load helpers

D=$TOP/tests/data/copydesk
P=$D/sentences-csv

# three hosts: host1 and host2 have copydesk (the build under test), host3
# does not
setup_file() {
	H=$BATS_FILE_TMPDIR/hosts
	mkdir -p "$H/bin"
	for f in "$COPYDESK_BIN"/*; do
		ln -s "$f" "$H/bin/${f##*/}"
	done
	if "$TOP/tests/ssh/hosts" start "$H" 3 "$H/bin" 2 >"$BATS_FILE_TMPDIR/why" 2>&1; then
		: >"$BATS_FILE_TMPDIR/up"
	fi
}

teardown_file() {
	"$TOP/tests/ssh/hosts" stop "$BATS_FILE_TMPDIR/hosts"
}

setup() {
	[ -e "$BATS_FILE_TMPDIR/up" ] || skip "no test ssh hosts: $(tail -n 1 "$BATS_FILE_TMPDIR/why")"
	H=$BATS_FILE_TMPDIR/hosts
	export COPYDESK_SSH="ssh -F $H/ssh_config"
	export COPYDESK_WORKDIR="$BATS_TEST_TMPDIR/remote"
}

@test "copydesk --hosts: two sshd, files and a stream: identical to the local run" {
	cd "$TOP"
	local_out=$(copydesk news-to-csv -j 1 samples/ 2>/dev/null)
	run --separate-stderr copydesk news-to-csv --hosts host1,host2,: -j 1 samples/
	assert_success
	assert_equal "$output" "$local_out"
	# one stream cut into blocks, sent over ssh
	run --separate-stderr copydesk "$P" -j 1 "$D/stream.txt"
	serial=$output
	printf 'host1\n# a comment\n1/host2\n' >"$BATS_TEST_TMPDIR/hostlist"
	COPYDESK_BLOCK=700 run --separate-stderr bash -c "copydesk '$P' --hosts-file '$BATS_TEST_TMPDIR/hostlist' <'$D/stream.txt'"
	assert_success
	assert_equal "$output" "$serial"
}

@test "copydesk --hosts: a failing input and a full disk are not lost" {
	# six files (each costs GNU parallel two ssh logins: send, clean up)
	mkdir "$BATS_TEST_TMPDIR/in"
	cd "$BATS_TEST_TMPDIR"
	awk '/^<doc / { n++; f = sprintf("in/doc%02d.txt", n) } n <= 6 { print > f }' "$D/stream.txt"
	printf 'caf\351\n' >>in/doc03.txt
	run --separate-stderr copydesk "$P" -j 1 in
	assert_failure 1
	serial=$output
	run --separate-stderr copydesk "$P" --hosts host1,host2 -j 1 in
	assert_failure 1
	assert_equal "$output" "$serial"
	stderr_has "stage 1 (split-sentences --strict) failed (exit status 1) on input in/doc03.txt"
	rm in/doc03.txt
	run --separate-stderr bash -c "copydesk '$P' --hosts host1,host2 -j 1 in >/dev/full"
	assert_failure 1
	stderr_has 'No space left on device'
}

@test "copydesk --hosts: says so when a host lacks copydesk, or cannot be reached" {
	cd "$TOP"
	run --separate-stderr copydesk news-to-csv --hosts host1,host3 samples/
	assert_failure 1
	stderr_has "copydesk: host3: copydesk is not installed there (or not on the PATH of ssh commands): install it there too (make install)"
	assert_output ''
	run --separate-stderr copydesk news-to-csv --hosts host1,down samples/
	assert_failure 1
	stderr_has 'copydesk: down: cannot run copydesk there:'
	run --separate-stderr copydesk news-to-csv --hosts host1 "$TOP/samples"
	assert_failure 1
	stderr_has 'with --hosts, give input paths inside the current folder'
}
