#!/bin/sh
# dict-words.sh [DICT] > ../data/dict-words.txt
#
# English words a dictionary knows only in lower case, for the gazetteer's
# GAZ_LOWER bit beside lower-words.txt: that list is counted in news
# (GMB, WikiGold) and lacks the words of reviews and mail ("Cozy, warm
# atmosphere", "Awesome", "Salon is clean").  A word the dictionary also
# has capitalised ("Nice", "Brown", "Bush") is left out, and so are the
# words lower-words.txt has.  DICT is SCOWL's american-english list
# (Debian wamerican, /usr/share/dict/american-english).  Run once by a
# developer; the output is committed.
set -eu
dict=${1:-/usr/share/dict/american-english}
here=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C
tmp=${TMPDIR:-/tmp}/dict-words.$$
mkdir "$tmp"
trap 'rm -rf "$tmp"' EXIT
grep -v "'" "$dict" | grep '^[a-z][a-z]*$' | sort -u >"$tmp/lower"
grep -v "'" "$dict" | grep '^[A-Z]' | tr 'A-Z' 'a-z' | sort -u >"$tmp/capital"
grep -v '^[#[]' "$here/../data/lower-words.txt" | sort -u >"$tmp/known"
echo "# English words a dictionary has only in lower case (made by train/dict-words.sh"
echo "# from SCOWL's american-english, Copyright 2000-2011 Kevin Atkinson; see LICENSES.md)."
echo "[lower]"
comm -23 "$tmp/lower" "$tmp/capital" | comm -23 - "$tmp/known" | awk 'length($0) >= 2'
