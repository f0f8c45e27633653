#!/bin/sh
# doc/news-to-xlsx.sh [BIN]: make doc/news-to-xlsx.png, the README's picture
# of the workbook that `copydesk news-to-xlsx` writes for samples/, as
# LibreOffice Calc renders it (headless: xlsx -> PDF, then pdftoppm cuts
# the top left of the first page).  Needs scripts/install-deps spreadsheet.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:-$top/build/bin}" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/news-to-xlsx.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
cd "$top"
PATH=$bin:$PATH
"$bin/copydesk" news-to-xlsx -o "$scratch/articles.xlsx" samples 2>/dev/null
soffice -env:UserInstallation="file://$scratch/profile" --headless \
    --convert-to pdf --outdir "$scratch" "$scratch/articles.xlsx" \
    >/dev/null 2>&1
# 160 dpi; the page's top left: header, 20 rows, columns id to LOCATION
pdftoppm -png -r 160 -f 1 -l 1 -x 73 -y 80 -W 1273 -H 690 \
    "$scratch/articles.pdf" "$scratch/page"
cp "$scratch"/page*.png "$top/doc/news-to-xlsx.png"
echo "doc/news-to-xlsx.png written"
