/* jsonl.c: JSON Lines to pages (see jsonl.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes16.h"
#include "err.h"
#include "jsonl.h"
#include "swar.h"
#include "utf8.h"
#include "xalloc.h"

#define READ_CHUNK (64 * 1024)
#define MAX_WARNINGS 10		/* per input; the rest are only counted */

/* a field of the line's object: key and value in the arena */
struct field {
	size_t key, klen, val, vlen;
	size_t nuls;		/* NULs dropped from its key and value */
	int list;		/* a list of strings, joined */
};

struct jsonl {
	struct input *in;
	const struct page_sink *sink;
	struct buf *buf;
	size_t pos;
	int eof;
	unsigned long long lineno;
	struct buf arena;	/* unescaped keys and values, NUL-ended */
	struct field *f;
	size_t nf, cap;
	struct buf id, names, scratch;
	size_t documents, skipped, too_long;
	size_t bad_at;		/* where parse_object stopped */
	size_t line_nuls;	/* NULs dropped from the line's strings so far */
	size_t nuls;		/* of those, the ones in fields that were
				 * kept: the count said */
	/* line_page's attributes: 2 * extra_cap names and values, and
	 * where each is in names */
	const char **extra;
	size_t *name_at, *value_at, extra_cap;
};

int
jsonl_detect(const char *s, size_t n)
{
	size_t i = 1;

	if (n < 2 || s[0] != '{')
		return 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < n && (s[i] == '"' || s[i] == '}');
}

/* the value of each hexadecimal digit, -1 for any other byte */
static const signed char hex_value[256] = {
#define X16 -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
	X16, X16, X16,
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
	-1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	X16,
	-1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	X16, X16, X16, X16, X16, X16, X16, X16, X16
#undef X16
};

/* the four hexadecimal digits at p as *v; 0 if they are not */
static int
hex4(const char *p, const char *end, unsigned *v)
{
	int a, b, c, d;

	if (end - p < 4)
		return 0;
	a = hex_value[(unsigned char)p[0]];
	b = hex_value[(unsigned char)p[1]];
	c = hex_value[(unsigned char)p[2]];
	d = hex_value[(unsigned char)p[3]];
	if ((a | b | c | d) < 0)
		return 0;
	*v = (unsigned)(a << 12 | b << 8 | c << 4 | d);
	return 1;
}

/* cp as UTF-8 onto out, written in place (a \u escape per character is
 * how some tools write all of a text that is not English) */
static void
put_utf8(struct buf *out, unsigned cp)
{
	char *b;

	buf_reserve(out, 4);
	b = out->data + out->len;
	if (cp < 0x80) {
		b[0] = (char)cp;
		out->len += 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | cp >> 6);
		b[1] = (char)(0x80 | (cp & 0x3F));
		out->len += 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | cp >> 12);
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		out->len += 3;
	} else {
		b[0] = (char)(0xF0 | cp >> 18);
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		out->len += 4;
	}
	out->data[out->len] = '\0';
}

/*
 * The string at *p (its opening quote) unescaped onto out; *p moves past
 * its closing quote.  A lone surrogate becomes U+FFFD.  0 if malformed.
 * raw_controls: a control character written as it is (JSON wants it
 * escaped; exporters that print strings with printf write raw TABs) is
 * taken as its escape would be, rather than losing the line for one byte;
 * the stream's repair drops and counts it downstream (a TAB stays).
 */
static int
string_at(const char **p, const char *end, struct buf *out,
    int raw_controls)
{
	const char *s = *p + 1, *run;
	unsigned cp, lo;

	for (;;) {
		run = s;
		/* the long runs of plain characters, copied at once, found
		 * sixteen bytes at a time, then eight; an escape right after
		 * another (a text written all in \u escapes) needs no look */
		if (s < end && *s == '\\')
			goto found;
#if BYTES16
		while (end - s >= 16) {
			bytes16 a = bytes16_load(s);
			unsigned stop = bytes16_mask((bytes16)(a < 0x20) |
			    (bytes16)(a == '"') | (bytes16)(a == '\\'));

			if (stop) {
				s += __builtin_ctz(stop);
				goto found;
			}
			s += 16;
		}
#endif
		for (; end - s >= 8; s += 8) {
			uint64_t w = swar_load(s);
			/* high bit per byte below 0x20, exactly */
			uint64_t ctl = ~((w & ~SWAR_HIGHS) + SWAR_ONES * 0x60) &
			    ~w & SWAR_HIGHS;

			if (ctl | swar_eq(w, '"') | swar_eq(w, '\\'))
				break;
		}
		while (s < end && *s != '"' && *s != '\\' &&
		    (unsigned char)*s >= 0x20)
			s++;
found:
		if (s > run)
			buf_add(out, run, (size_t)(s - run));
		if (s >= end)
			goto fail;
		if ((unsigned char)*s < 0x20) {
			if (!raw_controls)
				goto fail;
			buf_addc(out, *s++);
			continue;
		}
		if (*s == '"')
			break;
		if (++s >= end)
			goto fail;
		switch (*s++) {
		case '"': buf_addc(out, '"'); break;
		case '\\': buf_addc(out, '\\'); break;
		case '/': buf_addc(out, '/'); break;
		case 'b': buf_addc(out, '\b'); break;
		case 'f': buf_addc(out, '\f'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		case 't': buf_addc(out, '\t'); break;
		case 'u':
			if (!hex4(s, end, &cp))
				goto fail;
			s += 4;
			if (cp >= 0xD800 && cp < 0xDC00 && end - s >= 6 &&
			    s[0] == '\\' && s[1] == 'u' &&
			    hex4(s + 2, end, &lo) && lo >= 0xDC00 &&
			    lo < 0xE000) {
				cp = 0x10000 + ((cp - 0xD800) << 10) +
				    (lo - 0xDC00);
				s += 6;
			} else if (cp >= 0xD800 && cp < 0xE000) {
				cp = UTF8_REPLACEMENT;
			}
			put_utf8(out, cp);
			break;
		default:
			goto fail;
		}
	}
	*p = s + 1;
	return 1;
fail:
	/* the line parser says where a line stopped reading as JSON */
	if (raw_controls)
		*p = s;
	return 0;
}

int
jsonl_string(const char **p, const char *end, struct buf *out)
{
	return string_at(p, end, out, 0);
}

/* a string of a JSON line */
static int
line_string(const char **p, const char *end, struct buf *out)
{
	return string_at(p, end, out, 1);
}

/*
 * A string of the line's object onto the arena.  A NUL (raw, or \u0000)
 * would end the value where it is read as a C string (an attribute: a
 * title cut short without a word), so NULs are dropped here, and counted
 * with their field: only the fields that reach the output count them
 * (line_page), as nothing is lost from one that is left out.
 */
static int
field_string(struct jsonl *j, const char **p, const char *end)
{
	size_t start = j->arena.len;
	char *s, *e, *w;

	if (!line_string(p, end, &j->arena))
		return 0;
	s = j->arena.data + start;
	e = j->arena.data + j->arena.len;
	if (!(s = memchr(s, '\0', (size_t)(e - s))))
		return 1;
	for (w = s; s < e; s++) {
		if (*s)
			*w++ = *s;
		else
			j->line_nuls++;
	}
	buf_truncate(&j->arena, (size_t)(w - j->arena.data));
	return 1;
}

/* skip the number or literal at *p; 0 if it is none */
static int
skip_scalar(const char **p, const char *end)
{
	const char *s = *p;

	if (end - s >= 4 && (memcmp(s, "true", 4) == 0 ||
	    memcmp(s, "null", 4) == 0))
		s += 4;
	else if (end - s >= 5 && memcmp(s, "false", 5) == 0)
		s += 5;
	else
		while (s < end && strchr("+-0123456789.eE", *s) && *s)
			s++;
	if (s == *p)
		return 0;
	*p = s;
	return 1;
}

/* skip a list or object at *p, however deep, without recursion; on a
 * failure *p is left where it broke */
static int
skip_nested(const char **p, const char *end, struct buf *scratch)
{
	const char *s = *p;
	size_t depth = 0;

	while (s < end) {
		switch (*s) {
		case '[': case '{':
			depth++;
			s++;
			break;
		case ']': case '}':
			s++;
			if (--depth == 0) {
				*p = s;
				return 1;
			}
			break;
		case '"':
			buf_clear(scratch);
			if (!line_string(&s, end, scratch))
				goto fail;
			break;
		default:
			s++;
		}
	}
fail:
	*p = s;		/* where it broke, for the message */
	return 0;
}

static struct field *
new_field(struct jsonl *j)
{
	if (j->nf == j->cap) {
		j->cap = j->cap ? 2 * j->cap : 16;
		j->f = xreallocarray(j->f, j->cap, sizeof *j->f);
	}
	memset(&j->f[j->nf], 0, sizeof j->f[0]);
	return &j->f[j->nf++];
}

/*
 * A list at *p: if all its items are strings, they go onto the arena
 * joined by "; " and 1 is returned with *p past it; otherwise it is
 * skipped and 0 returned.  -1 if malformed.
 */
static int
parse_string_list(struct jsonl *j, const char **p, const char *end)
{
	const char *s = *p + 1, *start = *p;
	size_t mark = j->arena.len, nuls = j->line_nuls;
	int items = 0;

	for (;;) {
		s = jsonl_ws(s, end);
		if (s < end && *s == ']' && items == 0) {
			*p = s + 1;
			return 1;
		}
		if (s >= end || *s != '"') {
			/* skipped whole: the NULs of its strings were not
			 * dropped from anything */
			buf_truncate(&j->arena, mark);
			j->line_nuls = nuls;
			*p = start;
			return skip_nested(p, end, &j->scratch) ? 0 : -1;
		}
		if (items++)
			buf_add(&j->arena, "; ", 2);
		if (!field_string(j, &s, end))
			break;
		s = jsonl_ws(s, end);
		if (s < end && *s == ',') {
			s++;
			continue;
		}
		if (s < end && *s == ']') {
			*p = s + 1;
			return 1;
		}
		break;
	}
	*p = s;		/* where it broke, for the message */
	return -1;
}

/* the object on the line s[0..n) into fields; 0 if it is none, with
 * j->bad_at where the reading stopped */
static int
parse_object(struct jsonl *j, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *v;
	struct field *f;
	int got;

	buf_clear(&j->arena);
	j->nf = 0;
	j->line_nuls = 0;
	p = jsonl_ws(p, end);
	if (p >= end || *p++ != '{')
		goto bad;
	p = jsonl_ws(p, end);
	if (p < end && *p == '}') {
		p++;
		goto done;
	}
	for (;;) {
		p = jsonl_ws(p, end);
		if (p >= end || *p != '"')
			goto bad;
		f = new_field(j);
		f->nuls = j->line_nuls;	/* before it; made its own below */
		f->key = j->arena.len;
		if (!field_string(j, &p, end))
			goto bad;
		f->klen = j->arena.len - f->key;
		buf_addc(&j->arena, '\0');
		p = jsonl_ws(p, end);
		if (p >= end || *p != ':')
			goto bad;
		p = jsonl_ws(p + 1, end);
		if (p >= end)
			goto bad;
		f->val = j->arena.len;
		if (*p == '"') {
			if (!field_string(j, &p, end))
				goto bad;
		} else if (*p == '[') {
			if ((got = parse_string_list(j, &p, end)) < 0)
				goto bad;
			if (!got)
				j->nf--;	/* not a list of strings */
			f->list = 1;
		} else if (*p == '{') {
			if (!skip_nested(&p, end, &j->scratch))
				goto bad;
			j->nf--;
		} else {
			v = p;
			if (!skip_scalar(&p, end))
				goto bad;
			if (p - v == 4 && memcmp(v, "null", 4) == 0)
				j->nf--;
			else
				buf_add(&j->arena, v, (size_t)(p - v));
		}
		if (j->nf && &j->f[j->nf - 1] == f) {
			f->vlen = j->arena.len - f->val;
			f->nuls = j->line_nuls - f->nuls;
			buf_addc(&j->arena, '\0');
		}
		p = jsonl_ws(p, end);
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == '}') {
			p++;
			break;
		}
		goto bad;
	}
done:
	p = jsonl_ws(p, end);
	if (p == end)
		return 1;
bad:
	j->bad_at = (size_t)(p - s);
	return 0;
}

/* whether strings a and b are the same: most keys differ in their first
 * byte, which is looked at without a call */
static int
same(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* the first field named one of names (NULL-ended) with a value */
static struct field *
find(struct jsonl *j, const char *const *names)
{
	size_t i;

	for (; *names; names++)
		for (i = 0; i < j->nf; i++)
			if (j->f[i].vlen && same(j->arena.data + j->f[i].key,
			    *names))
				return &j->f[i];
	return NULL;
}

static const char *const markup_keys[] = {
	"html", "raw_html", "content_html", NULL
};
static const char *const text_keys[] = {
	"maintext", "text", "raw_text", "content", NULL
};
static const char *const url_keys[] = { "url", "source", "link", NULL };
static const char *const title_keys[] = { "title", NULL };
static const char *const date_keys[] = {
	"date_publish", "date", "published", NULL
};
static const char *const author_keys[] = { "author", "authors", NULL };
static const char *const lang_keys[] = { "language", "lang", NULL };

static int
in_list(const char *key, const char *const *names)
{
	for (; *names; names++)
		if (same(key, *names))
			return 1;
	return 0;
}

/* names the stream gives a meaning of its own */
static int
reserved(const char *name)
{
	static const char *const names[] = {
		"id", "url", "title", "date", "date_source", "author", "lang",
		"source", "fetched", "problem", NULL
	};
	const char *const *p;

	for (p = names; *p; p++)
		if (same(name, *p))
			return 1;
	return 0;
}

static const char *
value(struct jsonl *j, struct field *f)
{
	return f ? j->arena.data + f->val : NULL;
}

static void
line_page(struct jsonl *j)
{
	struct field *body, *used[6];
	struct page pg;
	const char **extra;
	size_t i, k, u, nused = 0, nextra = 0;
	struct utf8_repairs rep = { 0, 0 };
	size_t *name_at, *value_at;
	char digits[20];	/* 2^64 has 20 digits */
	unsigned long long line;

	memset(&pg, 0, sizeof pg);
	pg.charset = CS_UTF8;	/* JSON text is Unicode, whatever a <meta> says */
	buf_clear(&j->id);
	buf_adds(&j->id, j->in->id);
	buf_addc(&j->id, ':');
	/* the line number without printf, which cost more than the rest of
	 * the line's bookkeeping */
	for (k = sizeof digits, line = j->lineno; k == sizeof digits || line;
	    line /= 10)
		digits[--k] = (char)('0' + line % 10);
	buf_add(&j->id, digits + k, sizeof digits - k);
	pg.id = j->id.data;
	if ((body = find(j, markup_keys))) {
		pg.text = 0;
	} else if ((body = find(j, text_keys))) {
		pg.text = 1;
	} else {
		pg.text = 1;	/* no text: a document with metadata only */
	}
	used[nused++] = body;
	used[nused++] = find(j, url_keys);
	used[nused++] = find(j, title_keys);
	used[nused++] = find(j, date_keys);
	used[nused++] = find(j, author_keys);
	used[nused++] = find(j, lang_keys);
	pg.url = value(j, used[1]);
	pg.title = value(j, used[2]);
	pg.date = value(j, used[3]);
	pg.author = value(j, used[4]);
	pg.lang = value(j, used[5]);
	for (u = 0; u < nused; u++)
		if (used[u])
			j->nuls += used[u]->nuls;

	/* the other fields, as attributes with names the stream allows */
	if (j->extra_cap < j->nf + 1) {
		/* kept from line to line: most lines have as many fields */
		j->extra_cap = 2 * j->nf + 1;
		j->extra = xreallocarray(j->extra, 2 * j->extra_cap,
		    sizeof *j->extra);
		j->name_at = xreallocarray(j->name_at, j->extra_cap,
		    sizeof *j->name_at);
		j->value_at = xreallocarray(j->value_at, j->extra_cap,
		    sizeof *j->value_at);
	}
	extra = j->extra;
	name_at = j->name_at;
	value_at = j->value_at;
	buf_clear(&j->names);
	for (i = 0; i < j->nf; i++) {
		struct field *f = &j->f[i];
		const char *key = j->arena.data + f->key;
		int skip = 0;

		for (u = 0; u < nused; u++)
			if (used[u] == f)
				skip = 1;
		/* the other copies of the text (news-please's text beside
		 * maintext, trafilatura's raw_text) are no attributes */
		if (in_list(key, markup_keys) || in_list(key, text_keys))
			skip = 1;
		if (skip || !f->vlen)
			continue;
		/* a key of NULs alone is left out for them: counted */
		j->nuls += f->nuls;
		if (f->klen == 0)
			continue;
		name_at[nextra] = j->names.len;
		if (reserved(key) || find(j, (const char *const[]){ key,
		    NULL }) != f)
			buf_adds(&j->names, "json-");
		for (k = 0; k < f->klen; k++) {
			char c = key[k];

			buf_addc(&j->names, (c >= 'a' && c <= 'z') ||
			    (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			    c == '-' || c == '_' || c == '.' ? c : '_');
		}
		buf_addc(&j->names, '\0');
		value_at[nextra] = j->names.len;
		utf8_repair(&j->names, j->arena.data + f->val, f->vlen, &rep);
		buf_addc(&j->names, '\0');
		nextra++;
	}
	for (i = 0; i < nextra; i++) {
		extra[2 * i] = j->names.data + name_at[i];
		extra[2 * i + 1] = j->names.data + value_at[i];
	}
	extra[2 * nextra] = NULL;
	pg.extra = extra;
	j->documents++;
	j->sink->page(j->sink->ctx, j->in, body ? value(j, body) : "",
	    body ? body->vlen : 0, &pg);
}

/*
 * Why the line s[0..n) is no record, and where: a file cut inside its
 * last line (cut: no line end follows, and the object runs to the end),
 * or a line that reads as JSON only up to a byte, is told apart from one
 * that is no object at all.
 */
static void
say_skipped(struct jsonl *j, const char *s, size_t n, int cut)
{
	const char *p = jsonl_ws(s, s + n);

	if (p < s + n && *p == '{' && cut && j->bad_at >= n)
		warning("%s:%llu: the file ends inside this JSON object: "
		    "skipped", j->in->name, j->lineno);
	else if (p < s + n && *p == '{')
		warning("%s:%llu: not a JSON object (bad JSON at byte %zu): "
		    "skipped", j->in->name, j->lineno, j->bad_at + 1);
	else
		warning("%s:%llu: not a JSON object: skipped", j->in->name,
		    j->lineno);
}

static void
one_line(struct jsonl *j, const char *s, size_t n, int cut)
{
	size_t i;

	/* a byte order mark some Windows tools write */
	if (j->lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r');
	    i++)
		;
	if (i == n)
		return;		/* empty lines are no records */
	if (!parse_object(j, s, n)) {
		if (j->skipped++ < MAX_WARNINGS)
			say_skipped(j, s, n, cut);
		return;
	}
	line_page(j);
}

void
jsonl_each(struct input *in, struct buf *raw, const struct page_sink *sink)
{
	struct jsonl j;
	const char *nl;
	size_t k, scanned = 0;
	int dropping = 0;

	memset(&j, 0, sizeof j);
	j.in = in;
	j.sink = sink;
	j.buf = raw;
	for (;;) {
		size_t avail = raw->len - j.pos;

		nl = memchr(raw->data + j.pos + scanned, '\n', avail - scanned);
		if (nl || j.eof) {
			size_t len = nl ? (size_t)(nl - (raw->data + j.pos)) :
			    avail;

			if (!nl && len == 0 && !dropping)
				break;
			j.lineno++;
			if (dropping || len > sink->max_doc) {
				j.too_long++;
				warning("%s:%llu: line over %zu bytes: skipped",
				    in->name, j.lineno, sink->max_doc);
				dropping = 0;
			} else {
				one_line(&j, raw->data + j.pos, len, !nl);
			}
			j.pos += len + (nl != NULL);
			scanned = 0;
			if (!nl)
				break;
			continue;
		}
		if (avail > sink->max_doc) {
			/* an endless line: let it go as it comes */
			dropping = 1;
			j.pos += avail;
			scanned = 0;
		} else {
			scanned = avail;
		}
		if (j.pos) {
			memmove(raw->data, raw->data + j.pos, raw->len - j.pos);
			buf_truncate(raw, raw->len - j.pos);
			j.pos = 0;
		}
		buf_reserve(raw, READ_CHUNK);
		k = input_read(in, raw->data + raw->len, READ_CHUNK);
		if (k == 0)
			j.eof = 1;
		buf_truncate(raw, raw->len + k);
	}
	if (j.skipped || j.too_long)
		warning("%s: %zu JSON object%s, skipped %zu line%s that %s no "
		    "object%s", in->name, j.documents,
		    j.documents == 1 ? "" : "s", j.skipped + j.too_long,
		    j.skipped + j.too_long == 1 ? "" : "s",
		    j.skipped + j.too_long == 1 ? "is" : "are",
		    j.too_long ? " or too long" : "");
	if (j.nuls)
		warning("%s: dropped %zu NUL character%s in JSON strings",
		    in->name, j.nuls, j.nuls == 1 ? "" : "s");
	if ((j.skipped || j.too_long || j.nuls) && in->opt->strict)
		in->failed = 1;
	free(j.f);
	free(j.extra);
	free(j.name_at);
	free(j.value_at);
	buf_free(&j.arena);
	buf_free(&j.id);
	buf_free(&j.names);
	buf_free(&j.scratch);
}
