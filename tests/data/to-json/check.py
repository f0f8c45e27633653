#!/usr/bin/env python3
"""check.py: read to-json's output back with Python's json module and
compare every object with what the stream holds.

usage: check.py STREAM JSONL [to-json options]
       check.py --matrix STREAM... < option-sets   (runs to-json from PATH)

The expected values come from tests/data/to-csv/roundtrip.py (computed from
the stream format's rules, independently of the C code), with JSON's own
choices: entity columns are arrays, a missing attribute is null, numbers
are numbers, a document's paragraphs are separated by a blank line, and
an entity column whose name another column has in other case (DATE beside
the attribute date) is keyed NAME_mentions, since Spark and DuckDB fold
the case of keys.
"""
import json
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "to-csv"))
import roundtrip  # noqa: E402


def parse_args(argv):
    opt = {"arrays": True, "missing": None, "para_sep": "\n\n",
           "header": True}
    it = iter(argv)
    for a in it:
        if a.startswith("--") and "=" in a:
            a, v = a.split("=", 1)
            it = iter([v] + list(it))
        if a in ("-r", "--rows"):
            opt["rows"] = next(it)
        elif a in ("-c", "--columns"):
            opt["columns"] = next(it)
        elif a == "--strict":
            pass
        else:
            sys.exit("check.py: unknown option " + a)
    return opt


def json_keys(names, opt):
    """the header names as to-json's keys: unique ignoring case"""
    given = (opt.get("columns") or "").split(",")
    keys = []
    for i, n in enumerate(names):
        # an entity column: named by a type, not an @attribute
        entity = n in roundtrip.TYPES and "@" + n not in given
        if entity and any(j != i and m.lower() == n.lower()
                          for j, m in enumerate(names)):
            n += "_mentions"
        keys.append(n)
    return keys


def check(stream_file, raw, opt):
    with open(stream_file, encoding="utf-8", errors="replace",
              newline="") as f:
        stream = f.read()
    if stream.startswith("\ufeff"):
        stream = stream[1:]
    bad = []
    text = raw.decode("utf-8")          # raises on invalid UTF-8
    if text and not text.endswith("\n"):
        bad.append("no LF after the last object")
    lines = text.split("\n")[:-1] if text else []
    want = roundtrip.expected(stream, stream_file, opt)
    keys, want = json_keys(want[0], opt), want[1:]
    if len(lines) != len(want):
        bad.append("%d objects, want %d" % (len(lines), len(want)))
    for i, (line, w) in enumerate(zip(lines, want), 1):
        # strict: no NaN, no duplicate key, an object
        pairs = json.loads(line, object_pairs_hook=lambda p: p,
                           parse_constant=lambda c: bad.append(c))
        if [k for k, _ in pairs] != keys:
            bad.append("object %d: keys %r, want %r"
                       % (i, [k for k, _ in pairs], keys))
            continue
        for (k, g), v in zip(pairs, w):
            if type(g) is not type(v) or g != v:
                bad.append("object %d %s: got %r, want %r"
                           % (i, k, str(g)[:200], str(v)[:200]))
    return bad


def main():
    if sys.argv[1] == "--matrix":
        failed = 0
        sets = [shlex.split(l) for l in sys.stdin if l.strip()]
        for stream_file in sys.argv[2:]:
            for args in sets:
                raw = subprocess.run(["to-json"] + args + [stream_file],
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL).stdout
                bad = check(stream_file, raw, parse_args(args))
                for b in bad[:5]:
                    print("check: %s %s: %s"
                          % (stream_file, " ".join(args), b))
                failed += bool(bad)
        print("check: %d runs, %d failed"
              % (len(sets) * (len(sys.argv) - 2), failed))
        sys.exit(1 if failed else 0)
    with open(sys.argv[2], "rb") as f:
        raw = f.read()
    bad = check(sys.argv[1], raw, parse_args(sys.argv[3:]))
    for b in bad[:10]:
        print("check: " + b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
