#!/usr/bin/env python3
"""roundtrip.py: parse to-csv's output back with Python's csv module and
compare it cell by cell with what went in.

usage: roundtrip.py STREAM CSV [to-csv options]
       roundtrip.py --matrix STREAM... < option-sets

STREAM is the input given to to-csv (a copydesk stream), CSV its output.
With --matrix, to-csv (from PATH) is run here on each STREAM with each
line of standard input as its options (split as the shell would), all in
one Python process: Python's start-up is what costs.
The expected cells are computed here, independently of the C code, from the
stream format's rules (tags removed, then escapes undone), and the to-csv
options that change cells.  Exit 0 if every cell matches; otherwise print
the first differences and exit 1.
"""
import csv
import io
import re
import sys

TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "DATE", "TIME", "MONEY",
         "PERCENT", "MISC"]
TAG = re.compile(r"<(%s)>(.*?)</\1>" % "|".join(TYPES))
DEFAULTS = {
    "line": "id,title,date,paragraph,sentence,text,"
            "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
    "paragraph": "id,title,date,paragraph,sentences,text,"
                 "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
    "document": "id,title,date,paragraphs,sentences,words,text,"
                "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
    "entity": "id,paragraph,sentence,type,entity,start,end,text",
}
NUMBER = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def unescape(s):
    return re.sub(r"&(lt|amp);", lambda m: "<" if m[1] == "lt" else "&", s)


def strip_tags(s):
    return TAG.sub(lambda m: m[2], s)


def attrs(line):
    out = {}
    for m in re.finditer(r'([A-Za-z0-9_.:-]+)=(["\'])(.*?)\2', line[4:-1]):
        v = m[3]
        for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'),
                     ("&apos;", "'"), ("&amp;", "&")):
            v = v.replace(a, b)
        out[m[1]] = " ".join(v.split())
    return out


def documents(text, name):
    """yield (attrs, paragraphs), a paragraph being a list of lines"""
    doc, paras, para = None, [], []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        bare = line.rstrip(" \t\r")
        if re.match(r"<doc[ \t>].*>\Z", bare):
            if doc is not None:
                if para:
                    paras.append(para)
                yield doc, paras
            doc, paras, para = attrs(bare), [], []
        elif bare == "</doc>":
            if doc is not None:
                if para:
                    paras.append(para)
                yield doc, paras
            doc, paras, para = None, [], []
        elif bare.strip(" \t") == "":
            if para:
                paras.append(para)
            para = []
        else:
            if doc is None:
                doc, paras, para = {"id": name}, [], []
            para.append(line)
    if doc is not None:
        if para:
            paras.append(para)
        yield doc, paras


def mentions(lines):
    seen = {t: [] for t in TYPES}
    for line in lines:
        for m in TAG.finditer(line):
            e = unescape(m[2])
            if e and e not in seen[m[1]]:
                seen[m[1]].append(e)
    return seen


def count_words(s):
    """runs of characters other than space, TAB and LF (str.split would
    also split at U+2028 and the other Unicode spaces)"""
    return len(re.findall(r"[^ \t\n]+", s))


def units(s):
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in s)


class Cells:
    def __init__(self, guard, max_cell):
        self.guard, self.max_cell = guard, max_cell

    def __call__(self, v):
        v = CONTROLS.sub("", str(v).replace("\r", ""))
        if self.guard and v and (v[0] in "=@\t\r\n" or (
                v[0] in "+-" and v != "-" and not NUMBER.match(v))):
            v = "'" + v
        if self.max_cell and units(v) > self.max_cell:
            out, n = "", 0
            for ch in v:
                n += 2 if ord(ch) > 0xFFFF else 1
                if n > self.max_cell:
                    break
                out += ch
            v = out
        return v


def expected(stream, name, opt):
    rows = opt.get("rows", "line")
    cols = opt.get("columns") or DEFAULTS[rows]
    cols = cols.split(",")
    sep = opt.get("sep", "; ")
    out = []
    if opt.get("header", True):
        out.append([c.lstrip("@") for c in cols])

    def row(doc, values, ments):
        r = []
        for c in cols:
            if c.startswith("@"):
                r.append(doc.get(c[1:], opt.get("missing", "")))
            elif c in values:
                r.append(values[c])
            elif c in TYPES:
                # to-json: an array; to-csv: joined
                r.append(ments[c] if opt.get("arrays") else
                         sep.join(ments[c]))
            else:
                r.append(doc.get(c, opt.get("missing", "")))
        out.append(r)

    for doc, paras in documents(stream, name):
        sent = 0
        doc_texts, doc_lines, words = [], [], 0
        for p, para in enumerate(paras, 1):
            texts = []
            for line in para:
                sent += 1
                text = unescape(strip_tags(line))
                texts.append(text)
                if rows == "line":
                    row(doc, {"paragraph": p, "sentence": sent,
                              "text": text, "words": count_words(text)},
                        mentions([line]))
                elif rows == "entity":
                    at = 0
                    pos = 0
                    for m in TAG.finditer(line):
                        at += len(unescape(line[pos:m.start()]))
                        e = unescape(m[2])
                        row(doc, {"paragraph": p, "sentence": sent,
                                  "type": m[1], "entity": e,
                                  "start": at, "end": at + len(e),
                                  "text": text,
                                  "words": count_words(text)},
                            mentions([line]))
                        at += len(e)
                        pos = m.end()
            if rows == "paragraph":
                text = " ".join(texts)
                row(doc, {"paragraph": p, "sentence": sent - len(para) + 1,
                          "sentences": len(para), "text": text,
                          "words": count_words(text)}, mentions(para))
            doc_texts.append(" ".join(texts))
            doc_lines += para
        if rows == "document":
            text = opt.get("para_sep", "\n").join(doc_texts)
            row(doc, {"paragraphs": len(paras), "sentences": sent,
                      "text": text, "words": count_words(text)},
                mentions(doc_lines))
    return out


def parse_args(argv):
    opt = {"guard": True, "max_cell": 32767, "delim": ",", "header": True,
           "crlf": True, "bom": False}
    it = iter(argv)
    for a in it:
        if a.startswith("--") and "=" in a:
            a, v = a.split("=", 1)
            it = iter([v] + list(it))
        if a in ("-r", "--rows"):
            opt["rows"] = next(it)
        elif a in ("-c", "--columns"):
            opt["columns"] = next(it)
        elif a in ("-d", "--delimiter"):
            d = next(it)
            opt["delim"] = "\t" if d in ("tab", "\\t", "\t") else d
        elif a in ("-e", "--entity-separator"):
            opt["sep"] = next(it)
        elif a in ("-H", "--no-header"):
            opt["header"] = False
        elif a == "--lf":
            opt["crlf"] = False
        elif a == "--crlf":
            opt["crlf"] = True
        elif a == "--header":
            opt["header"] = True
        elif a == "--formula-guard":
            opt["guard"] = True
        elif a in ("-b", "--bom"):
            opt["bom"] = True
        elif a == "--excel":
            opt["bom"] = opt["crlf"] = opt["guard"] = True
        elif a == "--no-formula-guard":
            opt["guard"] = False
        elif a == "--max-cell":
            opt["max_cell"] = int(next(it))
        else:
            sys.exit("roundtrip.py: unknown option " + a)
    return opt


def check(stream_file, raw, opt):
    """the differences between the CSV bytes raw and what should be"""
    with open(stream_file, encoding="utf-8", errors="replace",
              newline="") as f:
        stream = f.read()
    if stream.startswith("\ufeff"):
        stream = stream[1:]
    bad = []
    if raw.startswith(b"\xef\xbb\xbf") != opt["bom"]:
        bad.append("BOM %s" % ("missing" if opt["bom"] else "unexpected"))
    text = raw.decode("utf-8")      # never invalid UTF-8: raises if so
    if opt["bom"]:
        text = text[1:]
    ends = re.findall(r"\r?\n", re.sub(r'"[^"]*"', "", text))
    want_end = "\r\n" if opt["crlf"] else "\n"
    if any(e != want_end for e in ends):
        bad.append("a record does not end in %r" % want_end)
    got = list(csv.reader(io.StringIO(text, newline=""),
                          delimiter=opt["delim"], strict=True))
    cell = Cells(opt["guard"], opt["max_cell"])
    want = [[cell(v) for v in r] for r in expected(stream, stream_file, opt)]
    if len(got) != len(want):
        bad.append("%d rows, want %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        if len(g) != len(w):
            bad.append("row %d: %d cells, want %d" % (i + 1, len(g), len(w)))
            continue
        for j, (a, b) in enumerate(zip(g, w)):
            if a != b:
                bad.append("row %d col %d: got %r, want %r" %
                           (i + 1, j + 1, a[:200], b[:200]))
    return bad


def main():
    if sys.argv[1] == "--matrix":
        import shlex
        import subprocess
        failed = 0
        sets = [shlex.split(l) for l in sys.stdin if l.strip()]
        for stream_file in sys.argv[2:]:
            for args in sets:
                raw = subprocess.run(["to-csv"] + args + [stream_file],
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL).stdout
                bad = check(stream_file, raw, parse_args(args))
                for b in bad[:5]:
                    print("roundtrip: %s %s: %s"
                          % (stream_file, " ".join(args), b))
                failed += bool(bad)
        print("roundtrip: %d runs, %d failed"
              % (len(sets) * (len(sys.argv) - 2), failed))
        sys.exit(1 if failed else 0)
    stream_file, csv_file = sys.argv[1], sys.argv[2]
    opt = parse_args(sys.argv[3:])
    with open(csv_file, "rb") as f:
        raw = f.read()
    bad = check(stream_file, raw, opt)
    for b in bad[:10]:
        print("roundtrip: " + b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
