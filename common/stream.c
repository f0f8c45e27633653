#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "stream.h"
#include "xalloc.h"

const char *const entity_type_names[ENT_NTYPES] = {
	"PERSON", "ORGANIZATION", "LOCATION", "DATE", "TIME", "MONEY",
	"PERCENT", "MISC"
};

static const unsigned char entity_type_lengths[ENT_NTYPES] = {
	6, 12, 8, 4, 4, 5, 7, 4
};

int
entity_type_lookup(const char *s, size_t n)
{
	int t;

	for (t = 0; t < ENT_NTYPES; t++)
		if (entity_type_lengths[t] == n &&
		    memcmp(entity_type_names[t], s, n) == 0)
			return t;
	return -1;
}

/* ---- documents ---- */

void
doc_clear(struct doc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->attrs[i].name);
		free(d->attrs[i].value);
	}
	d->n = 0;
}

void
doc_free(struct doc *d)
{
	doc_clear(d);
	free(d->attrs);
	d->attrs = NULL;
	d->cap = 0;
}

const char *
doc_get(const struct doc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (strcmp(d->attrs[i].name, name) == 0)
			return d->attrs[i].value;
	return NULL;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* value s[0..n) with whitespace folded and trimmed, as a new string */
static char *
folded(const char *s, size_t n)
{
	char *v, *p;
	size_t i;

	/* most values hold single spaces inside only: nothing to fold */
	for (i = 0; i < n; i++)
		if (is_space(s[i]) && (s[i] != ' ' || i == 0 || i + 1 == n ||
		    s[i + 1] == ' '))
			break;
	if (i == n)
		return xmemdup(s, n);
	v = p = xmalloc(n + 1);

	for (i = 0; i < n; i++) {
		if (!is_space(s[i]))
			*p++ = s[i];
		else if (p > v && !is_space(s[i + 1 < n ? i + 1 : i]))
			*p++ = ' ';
	}
	if (p > v && p[-1] == ' ')
		p--;
	*p = '\0';
	return v;
}

static void
doc_append(struct doc *d, char *name, char *value)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->attrs = xreallocarray(d->attrs, d->cap, sizeof *d->attrs);
	}
	d->attrs[d->n].name = name;
	d->attrs[d->n].value = value;
	d->n++;
}

void
doc_set(struct doc *d, const char *name, const char *value, size_t n)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		if (strcmp(d->attrs[i].name, name) == 0) {
			free(d->attrs[i].value);
			d->attrs[i].value = folded(value, n);
			return;
		}
	}
	doc_append(d, xstrdup(name), folded(value, n));
}

static int
by_name_then_place(const void *a, const void *b)
{
	const struct doc_attr *const *x = a, *const *y = b;
	int c = strcmp((*x)->name, (*y)->name);

	return c ? c : (*x < *y ? -1 : *x > *y);
}

/*
 * What doc_set would make of the attributes appended in order: a name
 * given twice keeps its first place and its last value.  Sorting makes it
 * n log n for a line of any number of attributes (doc_set per attribute
 * was quadratic: 10^5 attributes took 12 s).
 */
static void
doc_merge_repeats(struct doc *d)
{
	struct doc_attr **by_name, *a;
	size_t i, j, k;

	if (d->n < 2)
		return;
	if (d->n <= 8) {
		/* a usual line, a few names each once: no sort is needed to
		 * see that (a bound keeps this from being quadratic) */
		for (i = 1; i < d->n; i++)
			for (j = 0; j < i; j++)
				if (strcmp(d->attrs[i].name,
				    d->attrs[j].name) == 0)
					goto repeats;
		return;
	}
repeats:
	by_name = xreallocarray(NULL, d->n, sizeof *by_name);
	for (i = 0; i < d->n; i++)
		by_name[i] = &d->attrs[i];
	qsort(by_name, d->n, sizeof *by_name, by_name_then_place);
	for (i = 0; i < d->n; i = j) {
		for (j = i + 1; j < d->n &&
		    strcmp(by_name[j]->name, by_name[i]->name) == 0; j++)
			;
		if (j - i == 1)
			continue;
		/* the first keeps the last value; the others go */
		a = by_name[i];
		free(a->value);
		a->value = by_name[j - 1]->value;
		by_name[j - 1]->value = NULL;
		for (k = i + 1; k < j; k++) {
			free(by_name[k]->name);
			free(by_name[k]->value);
			by_name[k]->name = NULL;
		}
	}
	free(by_name);
	for (i = j = 0; i < d->n; i++)
		if (d->attrs[i].name)
			d->attrs[j++] = d->attrs[i];
	d->n = j;
}

/* the XML escapes allowed in attribute values */
static const struct {
	const char *ref;
	char c;
} attr_refs[] = {
	{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
	{ "&quot;", '"' }, { "&apos;", '\'' },
};

static void
attr_unescape(struct buf *out, const char *s, size_t n)
{
	size_t i, j, len, run = 0;
	const char *amp;

	/* runs up to each '&' in one copy: most values have none */
	for (i = 0; i < n; i++) {
		if (!(amp = memchr(s + i, '&', n - i)))
			break;
		i = (size_t)(amp - s);
		for (j = 0; j < sizeof attr_refs / sizeof *attr_refs; j++) {
			len = strlen(attr_refs[j].ref);
			if (n - i >= len &&
			    memcmp(s + i, attr_refs[j].ref, len) == 0)
				break;
		}
		if (j < sizeof attr_refs / sizeof *attr_refs) {
			buf_add(out, s + run, i - run);
			buf_addc(out, attr_refs[j].c);
			i += strlen(attr_refs[j].ref) - 1;
			run = i + 1;
		}
	}
	buf_add(out, s + run, n - run);
}

static int
is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':' ||
	    c == '.';
}

int
doc_parse(struct doc *d, const char *s, size_t n)
{
	struct buf value = BUF_INIT;
	size_t i = 4, start, name, namelen;
	const char *q;
	char quote;
	int ok = -1;

	doc_clear(d);
	while (n > 0 && is_space(s[n - 1]))
		n--;
	if (n < 5 || memcmp(s, "<doc", 4) != 0 || s[n - 1] != '>')
		return -1;
	n--;	/* the closing '>' */
	for (;;) {
		if (i < n && !is_space(s[i]))
			goto out;	/* attributes need space between */
		while (i < n && is_space(s[i]))
			i++;
		if (i == n)
			break;
		start = i;
		while (i < n && is_name_char(s[i]))
			i++;
		if (i == start || i + 1 >= n || s[i] != '=' ||
		    (s[i + 1] != '"' && s[i + 1] != '\''))
			goto out;
		name = start;
		namelen = i - start;
		quote = s[i + 1];
		i += 2;
		start = i;
		if (!(q = memchr(s + i, quote, n - i)))
			goto out;
		i = (size_t)(q - s);
		/* a value without '&' is folded from where it lies: a copy
		 * less, and the buffer is made only when one has one (this
		 * runs once a document) */
		if (memchr(s + start, '&', i - start)) {
			buf_clear(&value);
			attr_unescape(&value, s + start, i - start);
			doc_append(d, xmemdup(s + name, namelen),
			    folded(value.data, value.len));
		} else {
			doc_append(d, xmemdup(s + name, namelen),
			    folded(s + start, i - start));
		}
		i++;
	}
	ok = 0;
out:
	doc_merge_repeats(d);
	buf_free(&value);
	return ok;
}

void
doc_format(struct buf *out, const struct doc *d)
{
	size_t i;
	const char *v;

	buf_adds(out, "<doc");
	for (i = 0; i < d->n; i++) {
		buf_addc(out, ' ');
		buf_adds(out, d->attrs[i].name);
		buf_adds(out, "=\"");
		for (v = d->attrs[i].value; *v; v++) {
			switch (*v) {
			case '&': buf_adds(out, "&amp;"); break;
			case '<': buf_adds(out, "&lt;"); break;
			case '>': buf_adds(out, "&gt;"); break;
			case '"': buf_adds(out, "&quot;"); break;
			default: buf_addc(out, *v);
			}
		}
		buf_addc(out, '"');
	}
	buf_addc(out, '>');
}

/* ---- lines ---- */

static int
starts(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && memcmp(s, prefix, k) == 0;
}

enum line_kind
stream_line_kind(const char *s, size_t n)
{
	while (n > 0 && is_space(s[n - 1]))
		n--;
	if (n == 0)
		return LINE_BLANK;
	if (s[0] != '<')
		return LINE_TEXT;
	if (n == 6 && memcmp(s, "</doc>", 6) == 0)
		return LINE_DOC_CLOSE;
	if (starts(s, n, "<doc") && n >= 5 &&
	    (s[4] == '>' || s[4] == ' ' || s[4] == '\t') && s[n - 1] == '>')
		return LINE_DOC_OPEN;
	return LINE_TEXT;
}

/* ---- the escape rule ---- */

/*
 * The entity type whose name, then '>', starts s[0..n) ("PERSON>"), with
 * *len set to the name's length plus one; -1 if none.  Every tag of every
 * line passes here: one switch on the first letter and a compare of a
 * known length each, instead of a scan of the capitals and a lookup.
 * An entity name is followed by '>' or it is no tag, so "PERSONS>" is
 * none, as the scan of capitals found.
 */
static int
entity_name_at(const char *s, size_t n, size_t *len)
{
#define NAME_IS(lit, type) \
	if (n >= sizeof lit && memcmp(s, lit ">", sizeof lit) == 0) { \
		*len = sizeof lit; \
		return type; \
	}
	if (n == 0)
		return -1;
	switch (s[0]) {
	case 'P':
		NAME_IS("PERSON", ENT_PERSON);
		NAME_IS("PERCENT", ENT_PERCENT);
		break;
	case 'O': NAME_IS("ORGANIZATION", ENT_ORGANIZATION); break;
	case 'L': NAME_IS("LOCATION", ENT_LOCATION); break;
	case 'D': NAME_IS("DATE", ENT_DATE); break;
	case 'T': NAME_IS("TIME", ENT_TIME); break;
	case 'M':
		NAME_IS("MONEY", ENT_MONEY);
		NAME_IS("MISC", ENT_MISC);
		break;
	}
	return -1;
#undef NAME_IS
}

/*
 * The length of the stream tag that a '<' at s[0] would start ("<doc",
 * "</doc>", "<TYPE>", "</TYPE>"), or 0 if it starts none.
 */
static size_t
tag_at(const char *s, size_t n)
{
	size_t i = 1, len;

	if (n > 1 && s[1] == '/')
		i = 2;
	if (n - i >= 3 && memcmp(s + i, "doc", 3) == 0) {
		if (i == 2)
			return n - i > 3 && s[i + 3] == '>' ? i + 4 : 0;
		return n - i > 3 && (s[i + 3] == ' ' || s[i + 3] == '\t' ||
		    s[i + 3] == '>') ? i + 3 : 0;
	}
	return entity_name_at(s + i, n - i, &len) >= 0 ? i + len : 0;
}

void
stream_escape(struct buf *out, const char *s, size_t n)
{
	size_t i, run = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '<' && tag_at(s + i, n - i)) {
			buf_add(out, s + run, i - run);
			buf_adds(out, "&lt;");
			run = i + 1;
		} else if (s[i] == '&' && (starts(s + i + 1, n - i - 1, "lt;") ||
		    starts(s + i + 1, n - i - 1, "amp;"))) {
			buf_add(out, s + run, i - run);
			buf_adds(out, "&amp;");
			run = i + 1;
		}
	}
	buf_add(out, s + run, n - run);
}

void
stream_unescape(struct buf *out, const char *s, size_t n)
{
	size_t i, run = 0;
	const char *amp;

	buf_reserve(out, n);
	for (i = 0; i < n; i = (size_t)(amp - s) + 1) {
		amp = memchr(s + i, '&', n - i);
		if (!amp)
			break;
		i = (size_t)(amp - s);
		if (starts(amp + 1, n - i - 1, "lt;")) {
			buf_add(out, s + run, i - run);
			buf_addc(out, '<');
			run = i + 4;
			amp += 3;
		} else if (starts(amp + 1, n - i - 1, "amp;")) {
			buf_add(out, s + run, i - run);
			buf_addc(out, '&');
			run = i + 5;
			amp += 4;
		}
	}
	buf_add(out, s + run, n - run);
}

/* ---- entity tags ---- */

/*
 * The length of the entity tag ("<TYPE>" or "</TYPE>") at s[0], setting
 * *type and *closing; 0 if there is none ("<doc" and "</doc>" are none).
 */
static size_t
entity_tag_at(const char *s, size_t n, int *type, int *closing)
{
	size_t name = n > 1 && s[1] == '/' ? 2 : 1, len;

	if (n <= name || (*type = entity_name_at(s + name, n - name, &len)) < 0)
		return 0;
	*closing = name == 2;
	return name + len;
}

/*
 * Tags never nest or overlap, so a "<TYPE>" pairs with the entity tag
 * right after it if that is its "</TYPE>"; any other tag makes it a
 * stray.  Each '<' is looked at once, and a caller's next call starts
 * past the pair found: linear in the line however many tags stay open
 * (a search for the end of each open tag was quadratic).
 */
int
stream_next_tag(const char *s, size_t n, size_t from, struct tag_span *t)
{
	const char *lt;
	size_t i, k, len, open = 0, openlen = 0;
	int type, closing, open_type = -1;

	for (i = from; i < n; i = k + len) {
		lt = memchr(s + i, '<', n - i);
		if (!lt)
			return 0;
		k = (size_t)(lt - s);
		len = entity_tag_at(lt, n - k, &type, &closing);
		if (!len) {
			len = 1;
			continue;
		}
		if (closing && type == open_type) {
			t->start = open;
			t->text_start = open + openlen;
			t->text_end = k;
			t->end = k + len;
			t->type = type;
			return 1;
		}
		open_type = closing ? -1 : type;
		open = k;
		openlen = len;
	}
	return 0;
}

void
stream_strip_tags(struct buf *out, const char *s, size_t n)
{
	struct tag_span t;
	size_t pos = 0;

	while (stream_next_tag(s, n, pos, &t)) {
		buf_add(out, s + pos, t.start - pos);
		buf_add(out, s + t.text_start, t.text_end - t.text_start);
		pos = t.end;
	}
	buf_add(out, s + pos, n - pos);
}

size_t
stream_stray_tags(const char *s, size_t n)
{
	const char *lt;
	size_t i, k, name, count = 0;

	for (i = 0; i < n; i = k + 1) {
		lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		k = (size_t)(lt - s);
		name = k + 1 < n && lt[1] == '/' ? 2 : 1;
		/* tag_at knows "<doc" and "</doc>" too: not entity tags */
		if (tag_at(lt, n - k) && k + name < n && lt[name] >= 'A' &&
		    lt[name] <= 'Z')
			count++;
	}
	return count;
}

void
stream_add_tag(struct buf *out, int type, const char *text, size_t n)
{
	buf_addc(out, '<');
	buf_adds(out, entity_type_names[type]);
	buf_addc(out, '>');
	buf_add(out, text, n);
	buf_adds(out, "</");
	buf_adds(out, entity_type_names[type]);
	buf_addc(out, '>');
}

/* ---- reading ---- */

void
stream_reader_init(struct stream_reader *r, struct input *in)
{
	memset(r, 0, sizeof *r);
	r->in = in;
}

void
stream_reader_free(struct stream_reader *r)
{
	doc_free(&r->doc);
}

static enum stream_event
begin_anonymous(struct stream_reader *r, enum line_kind kind)
{
	doc_clear(&r->doc);
	doc_set(&r->doc, "id", r->in->id, strlen(r->in->id));
	r->in_doc = 1;
	r->explicit_doc = 0;
	r->seen_text = r->pending_break = 0;
	r->held = 1;
	r->held_kind = kind;
	return EV_DOC_BEGIN;
}

enum stream_event
stream_read(struct stream_reader *r)
{
	enum line_kind kind;

	for (;;) {
		/* a held line was classified already (a malformed <doc> line
		 * held as text must stay text) */
		if (r->held) {
			r->held = 0;
			kind = r->held_kind;
		} else if (input_line_view(r->in, &r->line)) {
			kind = stream_line_kind(r->line.data, r->line.len);
		} else {
			break;
		}
		switch (kind) {
		case LINE_DOC_OPEN:
			if (r->in_doc) {
				if (r->explicit_doc)
					warning("%s:%zu: <doc> inside a document:"
					    " closing the one before",
					    r->in->name, r->in->lineno);
				r->in_doc = 0;
				r->held = 1;
				r->held_kind = LINE_DOC_OPEN;
				return EV_DOC_END;
			}
			if (doc_parse(&r->doc, r->line.data, r->line.len) < 0) {
				warning("%s:%zu: malformed <doc> line kept as"
				    " text", r->in->name, r->in->lineno);
				kind = LINE_TEXT;
				goto text;
			}
			r->in_doc = 1;
			r->explicit_doc = 1;
			r->seen_text = r->pending_break = 0;
			return EV_DOC_BEGIN;
		case LINE_DOC_CLOSE:
			if (r->in_doc && r->explicit_doc) {
				r->in_doc = 0;
				return EV_DOC_END;
			}
			warning("%s:%zu: </doc> without <doc> ignored",
			    r->in->name, r->in->lineno);
			continue;
		case LINE_BLANK:
			if (r->in_doc && r->seen_text)
				r->pending_break = 1;
			continue;
		case LINE_TEXT:
		text:
			if (!r->in_doc)
				return begin_anonymous(r, kind);
			if (r->pending_break) {
				r->pending_break = 0;
				r->held = 1;
				r->held_kind = LINE_TEXT;
				return EV_BREAK;
			}
			r->seen_text = 1;
			return EV_TEXT;
		}
	}
	if (r->in_doc) {
		if (r->explicit_doc && !r->in->failed)
			warning("%s: missing </doc> at end of input",
			    r->in->name);
		r->in_doc = 0;
		return EV_DOC_END;
	}
	return EV_END;
}

/* ---- writing ---- */

void
stream_put_doc_begin(FILE *fp, const struct doc *d, int explicit_doc,
    struct buf *scratch)
{
	if (!explicit_doc)
		return;
	buf_clear(scratch);
	doc_format(scratch, d);
	buf_addc(scratch, '\n');
	fwrite(scratch->data, 1, scratch->len, fp);
}

void
stream_put_doc_end(FILE *fp, int explicit_doc)
{
	if (explicit_doc)
		fputs("</doc>\n", fp);
}

void
stream_put_break(FILE *fp)
{
	putc('\n', fp);
}

void
stream_put_line(FILE *fp, const char *s, size_t n)
{
	/* an empty line may come as the NULL of a buffer never grown (the
	 * rest of a long line tag-entities wrote in pieces), which fwrite
	 * must not be given */
	if (n)
		fwrite(s, 1, n, fp);
	putc('\n', fp);
}

void
stream_filter_input(struct input *in, FILE *out, const struct stream_filter *f)
{
	struct stream_reader r;
	struct buf scratch = BUF_INIT;
	enum stream_event ev;

	stream_reader_init(&r, in);
	while ((ev = stream_read(&r)) != EV_END) {
		switch (ev) {
		case EV_DOC_BEGIN:
			if (f->doc_begin)
				f->doc_begin(f->ctx, &r.doc);
			stream_put_doc_begin(out, &r.doc, r.explicit_doc,
			    &scratch);
			break;
		case EV_TEXT:
			f->line(f->ctx, r.line.data, r.line.len, out);
			break;
		case EV_BREAK:
			stream_put_break(out);
			break;
		case EV_DOC_END:
			stream_put_doc_end(out, r.explicit_doc);
			break;
		case EV_END:
			break;
		}
	}
	stream_reader_free(&r);
	buf_free(&scratch);
}
