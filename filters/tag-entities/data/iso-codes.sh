#!/bin/sh
# iso-codes.sh [ISODIR]: remake the vendored subset of Debian's iso-codes
# that the gazetteer uses (data/iso-*.txt, in the [class] format of the
# other lists): the names,
# common and official names of ISO 3166-1 countries, the names of ISO
# 3166-2 subdivisions and the ISO 4217 currency codes.  Vendored so that
# the build, and so the gazetteer features the model was trained on, do
# not change with the host's iso-codes version.  Run by hand from this
# folder after a deliberate update (then retrain: `make model`).
set -eu
iso=${1:-/usr/share/iso-codes/json}
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)

# "key": "value" lines of a JSON file for the given keys
jsonvals() {
	file=$1
	shift
	for k; do
		sed -n "s/^ *\"$k\": \"\\(.*\\)\",\\{0,1\\}\$/\\1/p" "$file"
	done
}

version=$(dpkg-query -W -f '${Version}' iso-codes 2>/dev/null || echo unknown)
head() {
	printf '# %s, from Debian iso-codes %s (%s), made by iso-codes.sh\n' \
	    "$1" "$version" "$2"
	echo '# LGPL-2.1-or-later: see LICENSES.md'
}
{
	head 'ISO 3166-1 country names, common and official names' iso_3166-1.json
	echo '[country]'
	jsonvals "$iso/iso_3166-1.json" name common_name official_name
} > "$here/iso-countries.txt"
{
	head 'ISO 3166-2 subdivision names' iso_3166-2.json
	echo '[subdiv]'
	jsonvals "$iso/iso_3166-2.json" name
} > "$here/iso-subdivisions.txt"
{
	head 'ISO 4217 currency codes' iso_4217.json
	echo '[curcode]'
	jsonvals "$iso/iso_4217.json" alpha_3
} > "$here/iso-currencies.txt"
