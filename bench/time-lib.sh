# time-lib.sh: the timing helpers of the table writers' benches, sourced
# with $scratch set to a scratch folder.  Not a bench of its own.

# best CMD...: "wall cpu", the best of 3 runs of wall-clock and CPU seconds
# (user + system).  The tools use one core; on a shared machine the CPU
# time is the steadier figure of what one core does, so MB/s is given for
# both.
best() {
	bw=1e9
	bc=1e9
	for i in 1 2 3; do
		/usr/bin/time -f '%e %U %S' -o "$scratch/time" "$@" \
		    >/dev/null 2>&1
		read -r w u s <"$scratch/time"
		bw=$(awk -v a="$bw" -v b="$w" 'BEGIN { print (b < a) ? b : a }')
		bc=$(awk -v a="$bc" -v b="$u" -v c="$s" \
		    'BEGIN { print (b + c < a) ? b + c : a }')
	done
	echo "$bw $bc"
}

# rss CMD...: peak resident set size in KB
rss() {
	/usr/bin/time -f '%M' -o "$scratch/rss" "$@" >/dev/null 2>&1
	cat "$scratch/rss"
}
