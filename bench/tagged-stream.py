#!/usr/bin/env python3
"""tagged-stream.py SHARED_NER OUT SIZE_MB: the benchmark stream of the
table writers (bench-to-csv.sh, bench-to-json.sh, bench-to-xlsx.sh).

Real sentences of the NER evaluation slices in ../shared/data/ner with
their gold mentions tagged inline, in documents of five paragraphs of five
sentences with id, url, title and date, repeated to SIZE_MB megabytes:
OUT/in.stream, and the same cells as TSV (OUT/in.tsv) for miller.
"""
import os, re, sys
shared, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = []
for name in ("eval-uner_pud_all", "eval-wikigold", "eval-uner_ewt_test"):
    text = open(os.path.join(shared, name + ".txt"), encoding="utf-8").read()
    sents = text.split("\n")
    gold = {}
    for g in open(os.path.join(shared, name + ".gold.tsv"), encoding="utf-8"):
        n, t, m = g.rstrip("\n").split("\t", 2)
        gold.setdefault(int(n), []).append((t, m))
    for i, s in enumerate(sents, 1):
        s = " ".join(s.split())
        if not s:
            continue
        # the stream's escape rule, then the gold mentions tagged in order
        s = re.sub(r"&(?=lt;|amp;)", "&amp;", s)
        s = re.sub(r"<(?=/?(doc[ >]|[A-Z]+>))", "&lt;", s)
        tagged, pos = "", 0
        ments = {}
        for t, m in gold.get(i, []):
            k = s.find(m, pos)
            if k < 0:
                continue
            tagged += s[pos:k] + "<%s>%s</%s>" % (t, m, t)
            pos = k + len(m)
        tagged += s[pos:]
        lines.append(tagged)
TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "DATE", "TIME", "MONEY",
         "PERCENT"]
tag = re.compile(r"<(%s)>(.*?)</\1>" % "|".join(TYPES))
unesc = lambda s: re.sub(r"&(lt|amp);",
                         lambda m: "<" if m[1] == "lt" else "&", s)
limit = size_mb * 1000 * 1000
with open(os.path.join(out, "in.stream"), "w", encoding="utf-8") as f, \
        open(os.path.join(out, "in.tsv"), "w", encoding="utf-8") as t:
    t.write("\t".join(["id", "title", "date", "paragraph", "sentence",
                       "text"] + TYPES) + "\n")
    size, d, k = 0, 0, 0
    while size < limit:
        d += 1
        doc_id, title, date = "doc-%d" % d, "Article number %d" % d, \
            "2015-09-%02dT07:40" % (d % 28 + 1)
        head = '<doc id="%s" url="http://example.com/%d" title="%s" ' \
               'date="%s">\n' % (doc_id, d, title, date)
        body = []
        para, sent = 1, 0
        for j in range(25):
            if j and j % 5 == 0:
                body.append("")
                para += 1
            line = lines[k % len(lines)]
            k += 1
            sent += 1
            body.append(line)
            ments = {ty: [] for ty in TYPES}
            for m in tag.finditer(line):
                e = unesc(m[2])
                if e not in ments[m[1]]:
                    ments[m[1]].append(e)
            t.write("\t".join([doc_id, title, date, str(para), str(sent),
                               unesc(tag.sub(r"\2", line))] +
                              ["; ".join(ments[ty]) for ty in TYPES])
                    + "\n")
        chunk = head + "\n".join(body) + "\n</doc>\n"
        f.write(chunk)
        size += len(chunk.encode("utf-8"))
