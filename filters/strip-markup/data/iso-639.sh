#!/bin/sh
# iso-639.sh [ISODIR]: remake data/iso-639.txt, the language codes a
# declared language (<html lang>, Content-Language, og:locale, ...) must
# begin with to count: the two-letter codes of ISO 639-1 and the
# three-letter codes of ISO 639-2 (with its bibliographic forms, "ger"),
# ISO 639-3 and ISO 639-5, from Debian's iso-codes (its JSON files; run
# by hand from this folder after a deliberate update).  Vendored so that
# what the filter accepts does not change with the host's iso-codes.
# The reserved range qaa-qtz (local use) is left out: it names no
# language a reader could know.
set -eu
iso=${1:-/usr/share/iso-codes/json}
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
version=$(dpkg-query -W -f '${Version}' iso-codes 2>/dev/null || echo unknown)
{
	printf '# ISO 639-1, 639-2 (T and B), 639-3 and 639-5 codes, from Debian iso-codes %s,\n' "$version"
	echo '# made by iso-639.sh; LGPL-2.1-or-later: see README.md'
	for f in iso_639-2.json iso_639-3.json iso_639-5.json; do
		sed -n 's/^ *"\(alpha_2\|alpha_3\|bibliographic\)": "\([a-z]*\)",\{0,1\}$/\2/p' \
		    "$iso/$f"
	done | sort -u
} >"$here/iso-639.txt"
