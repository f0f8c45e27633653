#!/usr/bin/env python3
"""check.py: read to-xlsx's workbook back and compare every cell with what
the stream holds.

usage: check.py openpyxl STREAM XLSX [to-xlsx options]
       check.py --matrix BOOK STREAM... < option-sets  (openpyxl; runs
                to-xlsx from PATH into BOOK, all in one Python process)
       check.py csv STREAM CSV [--decodes-xescape] [to-xlsx options]
       check.py csv-raw STREAM CSV [to-xlsx options]

openpyxl: every text cell a string equal to the stream's text, numbers
numbers, dates dates (with their format), urls links to themselves, no
formula, the header bold and frozen, an autofilter over all rows; the
rows of every sheet in order (a sheet holds at most 1,048,576 rows).
csv: the first sheet as another spreadsheet program saved it as CSV
(Gnumeric's ssconvert, LibreOffice's soffice): every cell as its display
text.  --decodes-xescape: the program decodes ECMA-376's _xHHHH_ escape
(LibreOffice and Excel do; openpyxl and Gnumeric do not).
csv-raw: the same with the cells' values instead of their display (Gnumeric
saves format=raw): a date must then be a number, its serial day.

The expected cells come from tests/data/to-csv/roundtrip.py (computed from
the stream format's rules, not by the C code) with to-xlsx's rules:
characters XML forbids and C1 controls dropped, cells cut at 32,767
UTF-16 units, a literal _xHHHH_ written with its '_' escaped.
"""
import csv
import datetime
import io
import os
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "to-csv"))
import roundtrip  # noqa: E402

NUMBERS = {"paragraph", "sentence", "paragraphs", "sentences", "words",
           "start", "end"}
DATES = {"date", "fetched"}
DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
XESC = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)"
                 r"(?:[.,](\d+))?)?(?:[Zz]|[+-]\d\d(?::?\d\d)?)?)?\Z")


def parse_args(argv):
    opt = {"sep": "; "}
    it = iter(argv)
    for a in it:
        if a.startswith("--") and "=" in a:
            a, v = a.split("=", 1)
            it = iter([v] + list(it))
        if a in ("-r", "--rows"):
            opt["rows"] = next(it)
        elif a in ("-c", "--columns"):
            opt["columns"] = next(it)
        elif a in ("-e", "--entity-separator"):
            opt["sep"] = next(it)
        elif a in ("-o", "--output"):
            next(it)
        elif a == "--strict":
            pass
        else:
            sys.exit("check.py: unknown option " + a)
    return opt


def cell_text(v):
    """what to-xlsx writes for the text v, before any reader decodes"""
    v = DROP.sub("", v)
    out, n = [], 0
    for ch in v:
        n += 2 if ord(ch) > 0xFFFF else 1
        if n > 32767:
            break
        out.append(ch)
    return XESC.sub("_x005F_", "".join(out))


def as_date(v):
    m = ISO.match(v)
    if not m or int(m[1]) < 1900:
        return None
    try:
        d = datetime.datetime(int(m[1]), int(m[2]), int(m[3]),
                              int(m[4] or 0), int(m[5] or 0),
                              int(m[6] or 0))
    except ValueError:
        return None
    fmt = "yyyy-mm-dd" if not m[4] else \
        "yyyy-mm-dd hh:mm" if not m[6] else "yyyy-mm-dd hh:mm:ss"
    return d, fmt


def expected(stream_file, opt):
    with open(stream_file, encoding="utf-8", errors="replace",
              newline="") as f:
        stream = f.read()
    if stream.startswith("\ufeff"):
        stream = stream[1:]
    rows = roundtrip.expected(stream, stream_file, opt)
    return rows[0], rows[1:]


def check_openpyxl(stream_file, xlsx, opt):
    import openpyxl
    bad = []
    header, want = expected(stream_file, opt)
    wb = openpyxl.load_workbook(xlsx)
    got = []
    for ws in wb.worksheets:
        rows = list(ws.iter_rows())
        if ws.freeze_panes != "A2":
            bad.append("%s: header not frozen (%r)" % (ws.title,
                                                       ws.freeze_panes))
        if ws.auto_filter.ref is None or \
                not ws.auto_filter.ref.startswith("A1:"):
            bad.append("%s: no autofilter" % ws.title)
        head = [c.value for c in rows[0]] if rows else []
        if head != header:
            bad.append("%s: header %r, want %r" % (ws.title, head, header))
        if rows and not all(c.font.b for c in rows[0]):
            bad.append("%s: header not bold" % ws.title)
        if len(rows) > 1048576:
            bad.append("%s: %d rows" % (ws.title, len(rows)))
        got += rows[1:]
    if len(got) != len(want):
        bad.append("%d rows, want %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want), 2):
        for j, (name, v) in enumerate(zip(header, w)):
            c = g[j] if j < len(g) else None
            cv = c.value if c is not None else None
            where = "row %d %s" % (i, name)
            if c is not None and c.data_type == "f":
                bad.append("%s: a formula %r" % (where, cv))
                continue
            if name in NUMBERS:
                if not isinstance(cv, int) or cv != v:
                    bad.append("%s: %r, want the number %r" % (where, cv, v))
                continue
            v = str(v)
            d = as_date(v) if name in DATES else None
            if d:
                if cv != d[0] or c.number_format != d[1]:
                    bad.append("%s: %r (%s), want the date %r (%s)"
                               % (where, cv, c.number_format, d[0], d[1]))
                continue
            t = cell_text(v)
            if t == "":
                if cv is not None:
                    bad.append("%s: %r where the stream is empty"
                               % (where, cv))
                continue
            if not isinstance(cv, str) or cv != t:
                bad.append("%s: %r, want the string %r"
                           % (where, str(cv)[:80], t[:80]))
                continue
            link = c.hyperlink.target if c.hyperlink else None
            # (over Excel's 2,079 characters a url is text, not a link)
            if name == "url" and re.match(r"(https?|ftp)://.|mailto:.", t,
                                          re.I) and len(t) < 2000 and \
                    link is None:
                bad.append("%s: no link" % where)
            elif link is not None and (name != "url" or
                                      urllib.parse.unquote(link) != t):
                bad.append("%s: a link %r" % (where, link))
    return bad


def check_csv(stream_file, csv_file, opt, decodes, raw=False):
    bad = []
    header, want = expected(stream_file, opt)
    with open(csv_file, encoding="utf-8", newline="") as f:
        got = list(csv.reader(f))
    if got[:1] != [header]:
        bad.append("header %r, want %r" % (got[:1], header))
    got = got[1:]
    want = want[:1048575]       # the first sheet
    if len(got) != len(want):
        bad.append("%d rows, want %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want), 2):
        g = g + [""] * (len(header) - len(g))
        for j, (name, v) in enumerate(zip(header, w)):
            where = "row %d %s" % (i, name)
            v = str(v)
            d = as_date(v) if name in DATES else None
            if d and raw:
                serial = (d[0] - datetime.datetime(1899, 12, 30)) / \
                    datetime.timedelta(days=1)
                try:
                    ok = abs(float(g[j]) - serial) < 1e-6
                except ValueError:
                    ok = False
                if not ok:
                    bad.append("%s: %r, want the serial day %r"
                               % (where, g[j], serial))
                continue
            if d:
                show = d[0].strftime({"yyyy-mm-dd": "%Y-%m-%d",
                                      "yyyy-mm-dd hh:mm": "%Y-%m-%d %H:%M",
                                      "yyyy-mm-dd hh:mm:ss":
                                      "%Y-%m-%d %H:%M:%S"}[d[1]])
                if g[j] != show:
                    bad.append("%s: %r, want the date %r" % (where, g[j],
                                                            show))
                continue
            t = cell_text(v) if name not in NUMBERS else v
            if decodes:
                t = t.replace("_x005F_", "_")
            if g[j] != t:
                bad.append("%s: %r, want %r" % (where, g[j][:80], t[:80]))
    return bad


def matrix():
    import shlex
    import subprocess
    book, streams = sys.argv[2], sys.argv[3:]
    sets = [shlex.split(l) for l in sys.stdin if l.strip()]
    failed = 0
    for stream_file in streams:
        for args in sets:
            subprocess.run(["to-xlsx", "-o", book] + args + [stream_file],
                           stderr=subprocess.DEVNULL, check=True)
            bad = check_openpyxl(stream_file, book, parse_args(args))
            for b in bad[:5]:
                print("check: %s %s: %s" % (stream_file, " ".join(args), b))
            failed += bool(bad)
    print("check: %d runs, %d failed" % (len(sets) * len(streams), failed))
    sys.exit(1 if failed else 0)


def main():
    if sys.argv[1] == "--matrix":
        matrix()
    mode, stream_file, book = sys.argv[1:4]
    args = sys.argv[4:]
    decodes = "--decodes-xescape" in args
    args = [a for a in args if a != "--decodes-xescape"]
    opt = parse_args(args)
    if mode == "openpyxl":
        bad = check_openpyxl(stream_file, book, opt)
    else:
        bad = check_csv(stream_file, book, opt, decodes, mode == "csv-raw")
    for b in bad[:10]:
        print("check.py %s: %s" % (mode, b))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
