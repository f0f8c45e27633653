# helpers.bash: loaded by every bats suite
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert

TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
PATH="${COPYDESK_BIN:-$TOP/build/bin}:$PATH"
export TOP PATH
export LC_ALL=C.UTF-8

# a file in the test's own temporary folder
tmpfile() {
	printf '%s/%s' "$BATS_TEST_TMPDIR" "$1"
}

# the stderr of "run --separate-stderr" holds this text
stderr_has() {
	[[ $stderr == *"$1"* ]] || fail "stderr lacks: $1
stderr: $stderr"
}
