#!/bin/sh
# fuzz/run.sh DIR NAME SECONDS SEED...: run the libFuzzer harness
# DIR/fuzz/fuzz-NAME for SECONDS on the corpus DIR/corpus/NAME, seeded
# from the SEED folders; print the runs done and the rate, or the failure
# (its input is kept as DIR/crashes/NAME-*).  Run by make fuzz.
set -u
dir=$1 name=$2 secs=$3
shift 3
mkdir -p "$dir/corpus/$name" "$dir/crashes"
log=$dir/fuzz-$name.log
# -timeout: an input that takes 10 s is a finding (quadratic, a loop)
nice "$dir/fuzz/fuzz-$name" -max_total_time="$secs" -max_len=4096 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$dir/crashes/$name-" \
    "$dir/corpus/$name" "$@" >"$log" 2>&1
status=$?
if [ "$status" -ne 0 ]; then
	grep -E 'ERROR|SUMMARY|Assertion|Test unit written|timeout' "$log" |
	    head -n 20
	echo "fuzz-$name: FAILED (exit $status; log in $log)"
	exit 1
fi
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
echo "fuzz-$name: $runs runs in $secs s ($rate/s; an hour: about" \
    "$((rate * 3600)) runs), corpus of $(ls "$dir/corpus/$name" | wc -l)"
