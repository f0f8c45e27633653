/* tokenizer.c: the WHATWG tokenizer states that decide what is text.
 *
 * One byte at a time (UTF-8 passes through byte-wise: every character the
 * states test is ASCII), with fast runs through plain text.  A case either
 * consumes its byte ("break") or hands it to the next state ("continue",
 * the standard's "reconsume").  Comments and doctypes are skipped; script
 * data keeps its escape states, because "<!--<script>" inside a script
 * decides where the script ends.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "entities.h"
#include "tokenizer.h"
#include "utf8.h"
#include "xalloc.h"

enum {
	S_DATA, S_RCDATA, S_RAWTEXT, S_SCRIPT, S_PLAINTEXT,
	S_TAG_OPEN, S_END_TAG_OPEN, S_TAG_NAME,
	S_RAW_LT, S_RAW_END_OPEN, S_RAW_END_NAME,
	S_SCRIPT_LT, S_SCRIPT_END_OPEN, S_SCRIPT_END_NAME,
	S_ESC_START, S_ESC_START_DASH, S_ESC, S_ESC_DASH, S_ESC_DASH_DASH,
	S_ESC_LT, S_ESC_END_OPEN, S_ESC_END_NAME,
	S_DESC_START, S_DESC, S_DESC_DASH, S_DESC_DASH_DASH, S_DESC_LT,
	S_DESC_END,
	S_BEFORE_ATTR_NAME, S_ATTR_NAME, S_AFTER_ATTR_NAME,
	S_BEFORE_ATTR_VALUE, S_ATTR_VALUE_DQ, S_ATTR_VALUE_SQ,
	S_ATTR_VALUE_UQ, S_AFTER_ATTR_VALUE, S_SELF_CLOSING,
	S_MARKUP_DECL, S_BOGUS_COMMENT,
	S_COMMENT_START, S_COMMENT_START_DASH, S_COMMENT, S_COMMENT_END_DASH,
	S_COMMENT_END, S_COMMENT_END_BANG,
	S_DOCTYPE, S_CDATA, S_CDATA_BRACKET, S_CDATA_END,
	S_CHARREF, S_NAMED_REF, S_NUMERIC_REF, S_HEX_START, S_DEC_START,
	S_HEX, S_DEC
};

#define IS_ALPHA(c) ((unsigned)(((c) | 0x20) - 'a') < 26)
#define IS_DIGIT(c) ((unsigned)((c) - '0') < 10)
#define IS_ALNUM(c) (IS_ALPHA(c) || IS_DIGIT(c))
#define IS_HEX(c) (IS_DIGIT(c) || (unsigned)(((c) | 0x20) - 'a') < 6)
#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\f' || \
	(c) == '\r')
#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))

/* what ends a tag or attribute name, an unquoted value */
static const unsigned char name_end[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\f'] = 1, ['\r'] = 1,
	['/'] = 1, ['>'] = 1, ['='] = 1, ['\0'] = 1, ['&'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1
};

void
tok_init(struct tok *t, const struct tok_sink *sink)
{
	memset(t, 0, sizeof *t);
	t->sink = sink;
	element_index_init(&t->elements);
}

void
tok_free(struct tok *t)
{
	buf_free(&t->tmp);
	buf_free(&t->tagbuf);
}

void
tok_reset(struct tok *t)
{
	t->state = S_DATA;
	t->foreign = 0;
	t->last_start[0] = '\0';
	buf_clear(&t->tmp);
	buf_clear(&t->tagbuf);
}

void
tok_set_model(struct tok *t, enum tok_model m, const char *last_start,
    int bare)
{
	static const int states[] = {
		S_DATA, S_RCDATA, S_RAWTEXT, S_SCRIPT, S_PLAINTEXT, S_CDATA
	};

	tok_reset(t);
	t->state = states[m];
	t->bare = bare;
	if (last_start && strlen(last_start) <= TOK_MAX_NAME)
		strcpy(t->last_start, last_start);
}

static void
text(struct tok *t, const char *s, size_t n)
{
	if (n)
		t->sink->text(t->sink->ctx, s, n);
}

/* ---- the tag under construction ---- */

static void
tag_begin(struct tok *t, int end)
{
	buf_clear(&t->tagbuf);
	t->tag.end = end;
	t->tag.self_closing = 0;
	t->tag.nattrs = 0;
}

static void
tag_addc(struct tok *t, int c)
{
	if (c == 0)
		buf_adds(&t->tagbuf, "\xEF\xBF\xBD");
	else
		buf_addc(&t->tagbuf, (char)c);
}

static void
attr_begin(struct tok *t)
{
	buf_addc(&t->tagbuf, '\0');	/* ends the name or the last value */
	if (t->tag.nattrs == TOK_MAX_ATTRS)
		t->tag.nattrs--;	/* the last slot takes the overflow */
	t->attr_off[t->tag.nattrs][0] = t->tagbuf.len;
	t->attr_off[t->tag.nattrs][1] = (size_t)-1;
	t->drop_value = 0;
	t->tag.nattrs++;
}

static void
value_begin(struct tok *t)
{
	size_t name = t->attr_off[t->tag.nattrs - 1][0];

	buf_addc(&t->tagbuf, '\0');
	t->attr_off[t->tag.nattrs - 1][1] = t->tagbuf.len;
	t->drop_value = t->sink->keep_attr && !t->sink->keep_attr(
	    t->sink->ctx, t->tagbuf.data + name, t->tagbuf.len - 1 - name);
}

/* the content model a start tag switches to, as the tree builder would */
static int
content_model(int el)
{
	switch (el) {
	case EL_TITLE: case EL_TEXTAREA:
		return S_RCDATA;
	case EL_STYLE: case EL_XMP: case EL_IFRAME: case EL_NOEMBED:
	case EL_NOFRAMES: case EL_NOSCRIPT:
		return S_RAWTEXT;
	case EL_SCRIPT:
		return S_SCRIPT;
	case EL_PLAINTEXT:
		return S_PLAINTEXT;
	}
	return S_DATA;
}

static void
emit_tag(struct tok *t)
{
	size_t i, j, k, off;
	struct tok_tag *g = &t->tag;

	buf_addc(&t->tagbuf, '\0');
	g->name = t->tagbuf.data;
	/* segments lie end to end, each with its NUL: no strlen needed */
	g->name_len = (g->nattrs ? t->attr_off[0][0] : t->tagbuf.len) - 1;
	g->attrs = t->attrs;
	/* the first of duplicate attributes wins */
	for (i = k = 0; i < g->nattrs; i++) {
		struct tok_attr *a = &t->attrs[k];
		size_t next = i + 1 < g->nattrs ? t->attr_off[i + 1][0] :
		    t->tagbuf.len;

		a->name = t->tagbuf.data + t->attr_off[i][0];
		off = t->attr_off[i][1];
		if (off == (size_t)-1) {
			a->name_len = next - 1 - t->attr_off[i][0];
			a->value = "";
			a->value_len = 0;
		} else {
			a->name_len = off - 1 - t->attr_off[i][0];
			a->value = t->tagbuf.data + off;
			a->value_len = next - 1 - off;
		}
		for (j = 0; j < k; j++)
			if (t->attrs[j].name_len == a->name_len &&
			    memcmp(t->attrs[j].name, a->name, a->name_len) == 0)
				break;
		if (j == k)
			k++;
	}
	g->nattrs = k;
	g->el = element_find(&t->elements, g->name, g->name_len);
	g->flags = element_flags(g->el);
	t->state = S_DATA;
	if (!g->end) {
		if (t->foreign && (g->flags & EF_BREAKS_FOREIGN))
			t->foreign = 0;
		if (g->el == EL_SVG || g->el == EL_MATH) {
			if (!g->self_closing)
				t->foreign++;
		} else if (!t->foreign && !t->bare) {
			t->state = content_model(g->el);
		}
		if (g->name_len <= TOK_MAX_NAME)
			memcpy(t->last_start, g->name, g->name_len + 1);
	} else if (t->foreign && (g->el == EL_SVG || g->el == EL_MATH)) {
		t->foreign--;
	}
	t->sink->tag(t->sink->ctx, g);
}

const char *
tok_attr(const struct tok_tag *tag, const char *name, size_t *len)
{
	size_t i;

	for (i = 0; i < tag->nattrs; i++)
		if (strcmp(tag->attrs[i].name, name) == 0) {
			if (len)
				*len = tag->attrs[i].value_len;
			return tag->attrs[i].value;
		}
	return NULL;
}

/* ---- character references ---- */

static int
in_attr(int state)
{
	return state == S_ATTR_VALUE_DQ || state == S_ATTR_VALUE_SQ ||
	    state == S_ATTR_VALUE_UQ;
}

static void
ref_text(struct tok *t, const char *s, size_t n)
{
	if (in_attr(t->return_state)) {
		if (!t->drop_value)
			buf_add(&t->tagbuf, s, n);
	}
	else
		text(t, s, n);
}

static void
ref_cp(struct tok *t, int32_t cp)
{
	char u[4];

	ref_text(t, u, utf8_encode(cp, u));
}

/* the end of a named reference; next is the byte after tmp, or -1 */
static void
named_ref(struct tok *t, int next)
{
	const char *name = t->tmp.data + 1;
	size_t n = t->tmp.len - 1, m;
	int32_t cp[2];
	int ncp, i;

	m = entity_match(name, n, cp, &ncp);
	if (m && name[m - 1] != ';' && in_attr(t->return_state)) {
		int c = m < n ? (unsigned char)name[m] : next;

		/* "&copy=" in a URL stays as it is */
		if (c == '=' || IS_ALNUM(c))
			m = 0;
	}
	if (!m) {
		ref_text(t, t->tmp.data, t->tmp.len);
		return;
	}
	for (i = 0; i < ncp; i++)
		ref_cp(t, cp[i]);
	ref_text(t, name + m, n - m);
}

static void
numeric_ref(struct tok *t)
{
	ref_cp(t, entity_numeric(t->ref_overflow ? 0x110000 :
	    (uint32_t)t->refval));
}

static void
ref_digit(struct tok *t, unsigned base, unsigned d)
{
	if (!t->ref_overflow) {
		t->refval = t->refval * base + d;
		if (t->refval > 0x10FFFF)
			t->ref_overflow = 1;
	}
}

/* ---- end tags of RCDATA, RAWTEXT and script data ---- */

/* c ends the name in tmp: an end tag if it is the open element's */
static int
appropriate_end(struct tok *t, int c, int fallback)
{
	size_t i;

	if (t->tmp.len != strlen(t->last_start))
		goto no;
	for (i = 0; i < t->tmp.len; i++)
		if (LOWER(t->tmp.data[i]) != t->last_start[i])
			goto no;
	tag_begin(t, 1);
	for (i = 0; i < t->tmp.len; i++)
		tag_addc(t, LOWER(t->tmp.data[i]));
	if (c == '>') {
		emit_tag(t);
		return 1;
	}
	t->state = c == '/' ? S_SELF_CLOSING : S_BEFORE_ATTR_NAME;
	return 1;
no:
	text(t, "</", 2);
	text(t, t->tmp.data, t->tmp.len);
	t->state = fallback;
	return 0;
}

/* ---- the machine ---- */

/*
 * s[*i] is the '=' before a quoted value: take the whole value when its
 * closing quote is in this chunk and nothing in it needs the states (a
 * reference, a NUL); else leave it to them, just inside the quote.
 */
static void
quoted_value(struct tok *t, const char *s, size_t n, size_t *i)
{
	size_t v = *i + 2;
	int q = s[*i + 1];
	const char *e = memchr(s + v, q, n - v);

	t->state = q == '"' ? S_ATTR_VALUE_DQ : S_ATTR_VALUE_SQ;
	*i = v;
	if (!e)
		return;
	if (!t->drop_value) {
		if (memchr(s + v, '&', (size_t)(e - s) - v) ||
		    memchr(s + v, '\0', (size_t)(e - s) - v))
			return;
		buf_add(&t->tagbuf, s + v, (size_t)(e - s) - v);
	}
	*i = (size_t)(e - s) + 1;
	t->state = S_AFTER_ATTR_VALUE;
	/* and the spaces before the next attribute */
	while (*i < n && IS_WS(s[*i])) {
		++*i;
		t->state = S_BEFORE_ATTR_NAME;
	}
}

void
tok_feed(struct tok *t, const char *s, size_t n)
{
	size_t i = 0, j;
	int c;

	while (i < n) {
		c = (unsigned char)s[i];
		switch (t->state) {
		case S_DATA:
		case S_RCDATA:
		case S_RAWTEXT:
		case S_SCRIPT: {
			const char *lt, *amp;
			size_t k, lim = n - i < 24 ? n - i : 24;
			int refs = t->state == S_DATA || t->state == S_RCDATA;

			/* most runs between tags are short (indentation): look
			 * at a few bytes inline before calling memchr, which is
			 * much faster than a byte loop on long runs */
			for (k = 0; k < lim && s[i + k] != '<' &&
			    (s[i + k] != '&' || !refs); k++)
				;
			if (k < lim) {
				j = i + k;
			} else {
				lt = memchr(s + i, '<', n - i);
				j = lt ? (size_t)(lt - s) : n;
				if (refs && (amp = memchr(s + i, '&', j - i)))
					j = (size_t)(amp - s);
			}
			if (j > i) {
				text(t, s + i, j - i);
				i = j;
				continue;
			}
			if (c == '&') {
				t->return_state = t->state;
				t->state = S_CHARREF;
			} else if (t->state == S_DATA) {
				t->state = S_TAG_OPEN;
			} else if (t->state == S_SCRIPT) {
				t->state = S_SCRIPT_LT;
			} else {
				t->return_state = t->state;
				t->state = S_RAW_LT;
			}
			break;
		}
		case S_PLAINTEXT:
			text(t, s + i, n - i);
			i = n;
			continue;

		case S_TAG_OPEN:
			if (c == '!') {
				buf_clear(&t->tmp);
				t->state = S_MARKUP_DECL;
			} else if (c == '/') {
				t->state = S_END_TAG_OPEN;
			} else if (IS_ALPHA(c)) {
				tag_begin(t, 0);
				t->state = S_TAG_NAME;
				continue;
			} else if (c == '?') {
				t->state = S_BOGUS_COMMENT;
				continue;
			} else {
				text(t, "<", 1);
				t->state = S_DATA;
				continue;
			}
			break;
		case S_END_TAG_OPEN:
			if (IS_ALPHA(c)) {
				tag_begin(t, 1);
				t->state = S_TAG_NAME;
				continue;
			} else if (c == '>') {
				t->state = S_DATA;
			} else {
				t->state = S_BOGUS_COMMENT;
				continue;
			}
			break;
		case S_TAG_NAME:
			/* lower-case names go in runs */
			for (j = i; j < n && !name_end[(unsigned char)s[j]]; j++)
				;
			if (j > i) {
				buf_add(&t->tagbuf, s + i, j - i);
				i = j;
				continue;
			}
			if (IS_WS(c))
				t->state = S_BEFORE_ATTR_NAME;
			else if (c == '/')
				t->state = S_SELF_CLOSING;
			else if (c == '>')
				emit_tag(t);
			else
				tag_addc(t, LOWER(c));
			break;

		/* RCDATA and RAWTEXT: only their own end tag ends them */
		case S_RAW_LT:
			if (c == '/') {
				buf_clear(&t->tmp);
				t->state = S_RAW_END_OPEN;
				break;
			}
			text(t, "<", 1);
			t->state = t->return_state;
			continue;
		case S_RAW_END_OPEN:
			if (IS_ALPHA(c)) {
				t->state = S_RAW_END_NAME;
				continue;
			}
			text(t, "</", 2);
			t->state = t->return_state;
			continue;
		case S_RAW_END_NAME:
		case S_SCRIPT_END_NAME:
		case S_ESC_END_NAME:
			if (IS_ALPHA(c)) {
				buf_addc(&t->tmp, (char)c);
				break;
			}
			{
				int fallback = t->state == S_RAW_END_NAME ?
				    t->return_state : t->state ==
				    S_SCRIPT_END_NAME ? S_SCRIPT : S_ESC;

				if ((IS_WS(c) || c == '/' || c == '>') &&
				    appropriate_end(t, c, fallback))
					break;
				if (!(IS_WS(c) || c == '/' || c == '>')) {
					text(t, "</", 2);
					text(t, t->tmp.data, t->tmp.len);
					t->state = fallback;
				}
			}
			continue;

		/* script data and its escapes */
		case S_SCRIPT_LT:
			if (c == '/') {
				buf_clear(&t->tmp);
				t->state = S_SCRIPT_END_OPEN;
			} else if (c == '!') {
				text(t, "<!", 2);
				t->state = S_ESC_START;
			} else {
				text(t, "<", 1);
				t->state = S_SCRIPT;
				continue;
			}
			break;
		case S_SCRIPT_END_OPEN:
		case S_ESC_END_OPEN:
			if (IS_ALPHA(c)) {
				t->state = t->state == S_SCRIPT_END_OPEN ?
				    S_SCRIPT_END_NAME : S_ESC_END_NAME;
				continue;
			}
			text(t, "</", 2);
			t->state = t->state == S_SCRIPT_END_OPEN ?
			    S_SCRIPT : S_ESC;
			continue;
		case S_ESC_START:
		case S_ESC_START_DASH:
			if (c == '-') {
				text(t, "-", 1);
				t->state = t->state == S_ESC_START ?
				    S_ESC_START_DASH : S_ESC_DASH_DASH;
				break;
			}
			t->state = S_SCRIPT;
			continue;
		case S_ESC:
		case S_ESC_DASH:
		case S_ESC_DASH_DASH:
			if (c == '-') {
				t->state = t->state == S_ESC ? S_ESC_DASH :
				    S_ESC_DASH_DASH;
			} else if (c == '<') {
				t->state = S_ESC_LT;
				break;
			} else if (c == '>' && t->state == S_ESC_DASH_DASH) {
				t->state = S_SCRIPT;
			} else {
				t->state = S_ESC;
			}
			text(t, s + i, 1);
			break;
		case S_ESC_LT:
			if (c == '/') {
				buf_clear(&t->tmp);
				t->state = S_ESC_END_OPEN;
				break;
			}
			text(t, "<", 1);
			if (IS_ALPHA(c)) {
				buf_clear(&t->tmp);
				t->state = S_DESC_START;
			} else {
				t->state = S_ESC;
			}
			continue;
		case S_DESC_START:
		case S_DESC_END:
			if (IS_WS(c) || c == '/' || c == '>') {
				int is_script = t->tmp.len == 6 &&
				    memcmp(t->tmp.data, "script", 6) == 0;

				if (t->state == S_DESC_START)
					t->state = is_script ? S_DESC : S_ESC;
				else
					t->state = is_script ? S_ESC : S_DESC;
				text(t, s + i, 1);
				break;
			}
			if (IS_ALPHA(c)) {
				buf_addc(&t->tmp, (char)LOWER(c));
				text(t, s + i, 1);
				break;
			}
			t->state = t->state == S_DESC_START ? S_ESC : S_DESC;
			continue;
		case S_DESC:
		case S_DESC_DASH:
		case S_DESC_DASH_DASH:
			if (c == '-') {
				t->state = t->state == S_DESC ? S_DESC_DASH :
				    S_DESC_DASH_DASH;
			} else if (c == '<') {
				t->state = S_DESC_LT;
			} else if (c == '>' && t->state == S_DESC_DASH_DASH) {
				t->state = S_SCRIPT;
			} else {
				t->state = S_DESC;
			}
			text(t, s + i, 1);
			break;
		case S_DESC_LT:
			if (c == '/') {
				buf_clear(&t->tmp);
				text(t, "/", 1);
				t->state = S_DESC_END;
				break;
			}
			t->state = S_DESC;
			continue;

		/* attributes */
		case S_BEFORE_ATTR_NAME:
			if (IS_WS(c))
				break;
			if (c == '/' || c == '>') {
				t->state = S_AFTER_ATTR_NAME;
				continue;
			}
			attr_begin(t);
			t->state = S_ATTR_NAME;
			if (c == '=') {
				tag_addc(t, c);
				break;
			}
			continue;
		case S_ATTR_NAME:
			for (j = i; j < n && !name_end[(unsigned char)s[j]]; j++)
				;
			if (j > i) {
				buf_add(&t->tagbuf, s + i, j - i);
				i = j;
				continue;
			}
			if (IS_WS(c) || c == '/' || c == '>') {
				t->state = S_AFTER_ATTR_NAME;
				continue;
			}
			if (c == '=') {
				value_begin(t);
				t->state = S_BEFORE_ATTR_VALUE;
				/* name="value", the usual case, in one go */
				if (i + 1 < n && (s[i + 1] == '"' ||
				    s[i + 1] == '\'')) {
					quoted_value(t, s, n, &i);
					continue;
				}
			} else {
				tag_addc(t, LOWER(c));
			}
			break;
		case S_AFTER_ATTR_NAME:
			if (IS_WS(c))
				break;
			if (c == '/') {
				t->state = S_SELF_CLOSING;
			} else if (c == '=') {
				value_begin(t);
				t->state = S_BEFORE_ATTR_VALUE;
			} else if (c == '>') {
				emit_tag(t);
			} else {
				attr_begin(t);
				t->state = S_ATTR_NAME;
				continue;
			}
			break;
		case S_BEFORE_ATTR_VALUE:
			if (IS_WS(c))
				break;
			if (c == '"') {
				t->state = S_ATTR_VALUE_DQ;
			} else if (c == '\'') {
				t->state = S_ATTR_VALUE_SQ;
			} else if (c == '>') {
				emit_tag(t);
			} else {
				t->state = S_ATTR_VALUE_UQ;
				continue;
			}
			break;
		case S_ATTR_VALUE_DQ:
		case S_ATTR_VALUE_SQ: {
			int q = t->state == S_ATTR_VALUE_DQ ? '"' : '\'';
			const char *e = memchr(s + i, q, n - i), *amp;

			/* values are long (URLs): memchr beats a byte loop;
			 * in a value nobody reads, only the quote matters */
			j = e ? (size_t)(e - s) : n;
			if (!t->drop_value) {
				if ((amp = memchr(s + i, '&', j - i)))
					j = (size_t)(amp - s);
				if ((e = memchr(s + i, '\0', j - i)))
					j = (size_t)(e - s);
			}
			if (j > i) {
				if (!t->drop_value)
					buf_add(&t->tagbuf, s + i, j - i);
				i = j;
				continue;
			}
			if (c == q) {
				t->state = S_AFTER_ATTR_VALUE;
			} else if (c == '&') {
				t->return_state = t->state;
				t->state = S_CHARREF;
			} else if (!t->drop_value) {
				tag_addc(t, c);
			}
			break;
		}
		case S_ATTR_VALUE_UQ:
			/* '=' and capitals are ordinary here, '&' is not */
			for (j = i; j < n && (!name_end[(unsigned char)s[j]] ||
			    s[j] == '=' || s[j] == '/' || (s[j] >= 'A' &&
			    s[j] <= 'Z')); j++)
				;
			if (j > i) {
				if (!t->drop_value)
					buf_add(&t->tagbuf, s + i, j - i);
				i = j;
				continue;
			}
			if (IS_WS(c)) {
				t->state = S_BEFORE_ATTR_NAME;
			} else if (c == '&') {
				t->return_state = t->state;
				t->state = S_CHARREF;
			} else if (c == '>') {
				emit_tag(t);
			} else if (!t->drop_value) {
				tag_addc(t, c);
			}
			break;
		case S_AFTER_ATTR_VALUE:
			if (IS_WS(c)) {
				t->state = S_BEFORE_ATTR_NAME;
			} else if (c == '/') {
				t->state = S_SELF_CLOSING;
			} else if (c == '>') {
				emit_tag(t);
			} else {
				t->state = S_BEFORE_ATTR_NAME;
				continue;
			}
			break;
		case S_SELF_CLOSING:
			if (c == '>') {
				t->tag.self_closing = 1;
				emit_tag(t);
				break;
			}
			t->state = S_BEFORE_ATTR_NAME;
			continue;

		/* comments, doctypes, CDATA */
		case S_MARKUP_DECL: {
			static const char *const opens[] = {
				"--", "doctype", "[CDATA["
			};
			size_t k, len;
			int any = 0;

			buf_addc(&t->tmp, (char)c);
			for (k = 0; k < 3; k++) {
				len = strlen(opens[k]);
				if (t->tmp.len > len)
					continue;
				if (k == 1 ? strncasecmp(t->tmp.data, opens[k],
				    t->tmp.len) != 0 : memcmp(t->tmp.data,
				    opens[k], t->tmp.len) != 0)
					continue;
				any = 1;
				if (t->tmp.len < len)
					continue;
				if (k == 0)
					t->state = S_COMMENT_START;
				else if (k == 1)
					t->state = S_DOCTYPE;
				else
					t->state = t->foreign ? S_CDATA :
					    S_BOGUS_COMMENT;
			}
			if (!any) {
				t->state = S_BOGUS_COMMENT;
				continue;
			}
			break;
		}
		case S_BOGUS_COMMENT: {
			const char *gt = memchr(s + i, '>', n - i);

			if (!gt) {
				i = n;
				continue;
			}
			i = (size_t)(gt - s);
			t->state = S_DATA;
			break;
		}
		case S_DOCTYPE: {
			const char *gt = memchr(s + i, '>', n - i);

			if (!gt) {
				i = n;
				continue;
			}
			i = (size_t)(gt - s);
			t->state = S_DATA;
			if (t->sink->doctype)
				t->sink->doctype(t->sink->ctx);
			break;
		}
		case S_COMMENT_START:
			if (c == '-') {
				t->state = S_COMMENT_START_DASH;
			} else if (c == '>') {
				t->state = S_DATA;	/* <!--> */
			} else {
				t->state = S_COMMENT;
				continue;
			}
			break;
		case S_COMMENT_START_DASH:
			if (c == '-')
				t->state = S_COMMENT_END;
			else if (c == '>')
				t->state = S_DATA;	/* <!---> */
			else
				t->state = S_COMMENT;
			break;
		case S_COMMENT: {
			const char *dash = memchr(s + i, '-', n - i);

			if (!dash) {
				i = n;
				continue;
			}
			i = (size_t)(dash - s);
			t->state = S_COMMENT_END_DASH;
			break;
		}
		case S_COMMENT_END_DASH:
			if (c == '-') {
				t->state = S_COMMENT_END;
				break;
			}
			t->state = S_COMMENT;
			continue;
		case S_COMMENT_END:
			if (c == '>')
				t->state = S_DATA;
			else if (c == '!')
				t->state = S_COMMENT_END_BANG;
			else if (c != '-') {
				t->state = S_COMMENT;
				continue;
			}
			break;
		case S_COMMENT_END_BANG:
			if (c == '-') {
				t->state = S_COMMENT_END_DASH;
			} else if (c == '>') {
				t->state = S_DATA;	/* --!> */
			} else {
				t->state = S_COMMENT;
				continue;
			}
			break;
		case S_CDATA: {
			const char *br = memchr(s + i, ']', n - i);

			j = br ? (size_t)(br - s) : n;
			text(t, s + i, j - i);
			i = j;
			if (br)
				t->state = S_CDATA_BRACKET;
			else
				continue;
			break;
		}
		case S_CDATA_BRACKET:
			if (c == ']') {
				t->state = S_CDATA_END;
				break;
			}
			text(t, "]", 1);
			t->state = S_CDATA;
			continue;
		case S_CDATA_END:
			if (c == '>') {
				t->state = S_DATA;
			} else if (c == ']') {
				text(t, "]", 1);
			} else {
				text(t, "]]", 2);
				t->state = S_CDATA;
				continue;
			}
			break;

		/* character references */
		case S_CHARREF:
			buf_clear(&t->tmp);
			buf_addc(&t->tmp, '&');
			if (IS_ALNUM(c)) {
				t->state = S_NAMED_REF;
				continue;
			}
			if (c == '#') {
				buf_addc(&t->tmp, '#');
				t->state = S_NUMERIC_REF;
				break;
			}
			ref_text(t, "&", 1);
			t->state = t->return_state;
			continue;
		case S_NAMED_REF:
			if (IS_ALNUM(c) && t->tmp.len < 1 + ENTITY_MAX_NAME) {
				buf_addc(&t->tmp, (char)c);
				break;
			}
			t->state = t->return_state;
			if (c == ';' && t->tmp.len < 1 + ENTITY_MAX_NAME) {
				buf_addc(&t->tmp, ';');
				named_ref(t, -1);
				break;
			}
			named_ref(t, c);
			continue;
		case S_NUMERIC_REF:
			t->refval = 0;
			t->ref_overflow = 0;
			if (c == 'x' || c == 'X') {
				buf_addc(&t->tmp, (char)c);
				t->state = S_HEX_START;
				break;
			}
			t->state = S_DEC_START;
			continue;
		case S_HEX_START:
		case S_DEC_START:
			if (t->state == S_HEX_START ? IS_HEX(c) : IS_DIGIT(c)) {
				t->state = t->state == S_HEX_START ? S_HEX :
				    S_DEC;
				continue;
			}
			ref_text(t, t->tmp.data, t->tmp.len);
			t->state = t->return_state;
			continue;
		case S_HEX:
			if (IS_DIGIT(c)) {
				ref_digit(t, 16, (unsigned)(c - '0'));
				break;
			}
			if (IS_HEX(c)) {
				ref_digit(t, 16, (unsigned)((c | 0x20) - 'a' +
				    10));
				break;
			}
			goto numeric_end;
		case S_DEC:
			if (IS_DIGIT(c)) {
				ref_digit(t, 10, (unsigned)(c - '0'));
				break;
			}
		numeric_end:
			numeric_ref(t);
			t->state = t->return_state;
			if (c == ';')
				break;
			continue;
		}
		i++;
	}
}

void
tok_finish(struct tok *t)
{
	switch (t->state) {
	case S_TAG_OPEN:
	case S_RAW_LT:
	case S_SCRIPT_LT:
		text(t, "<", 1);
		break;
	case S_END_TAG_OPEN:
	case S_RAW_END_OPEN:
	case S_SCRIPT_END_OPEN:
	case S_ESC_END_OPEN:
		text(t, "</", 2);
		break;
	case S_RAW_END_NAME:
	case S_SCRIPT_END_NAME:
	case S_ESC_END_NAME:
		text(t, "</", 2);
		text(t, t->tmp.data, t->tmp.len);
		break;
	case S_CDATA_BRACKET:
		text(t, "]", 1);
		break;
	case S_CDATA_END:
		text(t, "]]", 2);
		break;
	case S_DOCTYPE:
		if (t->sink->doctype)
			t->sink->doctype(t->sink->ctx);
		break;
	case S_CHARREF:
		ref_text(t, "&", 1);
		break;
	case S_NAMED_REF:
		t->state = t->return_state;
		named_ref(t, -1);
		break;
	case S_NUMERIC_REF:
	case S_HEX_START:
	case S_DEC_START:
		ref_text(t, t->tmp.data, t->tmp.len);
		break;
	case S_HEX:
	case S_DEC:
		t->state = t->return_state;
		numeric_ref(t);
		break;
	}
	/* a reference that ended inside an unfinished tag goes with it */
	tok_reset(t);
}

/* ---- page boundaries in concatenated input (tok_pages) ---- */

enum { PG_DATA, PG_COMMENT, PG_TAG, PG_RAW };

/* the elements whose content is raw text, as content_model() has them */
static const char *const page_raw[] = {
	"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
	"noframes", "noscript", "plaintext"
};

/* what may follow a page's </html> and still not continue it: scripts
 * and tracking pixels that servers and proxies append (any other start
 * tag means the </html> was a stray one inside the page) */
static const char *const page_tail[] = {
	"script", "style", "noscript", "link", "meta", "img", "iframe"
};

/* the longest "<...name" looked at, and the byte after it */
#define PAGE_LOOK 12
/* how far back a chunk's scan may start again, at the tag before */
#define PAGE_TAG_BACK 4096

void
tok_pages_reset(struct tok_pages *p)
{
	memset(p, 0, sizeof *p);
	p->state = PG_DATA;
	p->raw = -1;
}

static int
page_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* s[0..n) starts with the name w (lower case; s in any case), followed
 * by the end of the name (space, '/' or '>') or by the end of the buffer */
static int
page_name(const char *s, size_t n, const char *w)
{
	size_t k;

	for (k = 0; w[k]; k++)
		if (k >= n || (s[k] | 0x20) != w[k])
			return 0;
	return n == k || page_ws(s[k]) || s[k] == '/' || s[k] == '>';
}

/* which of names[0..count) s[0..n) starts with, or -1 */
static int
page_which(const char *s, size_t n, const char *const *names, size_t count)
{
	size_t r;

	for (r = 0; r < count; r++)
		if ((s[0] | 0x20) == names[r][0] && page_name(s, n, names[r]))
			return (int)r;
	return -1;
}

/* whether s[from..j) ends with '=' and blanks (a value starts at j);
 * with only blanks, what the scan knew before from */
static int
page_after_eq(const struct tok_pages *p, const char *s, size_t from,
    size_t j)
{
	while (j > from && page_ws(s[j - 1]))
		j--;
	return j > from ? s[j - 1] == '=' : p->after_eq;
}

/*
 * The rest of a start tag from s[i]: a quote that opens an attribute value
 * (after '=') hides '>' and '<' up to its match.  memchr over the spans,
 * since tags are most of a page's bytes.  Returns where the scan stopped
 * (n: the tag goes on in the next chunk).
 */
static size_t
page_tag(struct tok_pages *p, const char *s, size_t n, size_t i)
{
	const char *q, *gt, *dq, *sq;
	size_t end, from = i;

	for (;;) {
		if (p->quote) {
			if (!(q = memchr(s + i, p->quote, n - i)))
				return n;
			i = (size_t)(q - s) + 1;
			p->quote = 0;
			p->after_eq = 0;
			from = i;
		}
		gt = memchr(s + i, '>', n - i);
		end = gt ? (size_t)(gt - s) : n;
		dq = memchr(s + i, '"', end - i);
		sq = memchr(s + i, '\'', (dq ? (size_t)(dq - s) : end) - i);
		if ((q = sq ? sq : dq)) {
			if (page_after_eq(p, s, from, (size_t)(q - s)))
				p->quote = *q;
			p->after_eq = 0;
			i = (size_t)(q - s) + 1;
			from = i;
			continue;
		}
		if (!gt) {
			p->after_eq = page_after_eq(p, s, from, n);
			p->slash = n > from ? s[n - 1] == '/' : p->slash;
			return n;
		}
		/* "<script/>" is no raw text where it is foreign (svg's
		 * <title/>), and harmless to take so in HTML */
		if (end > from ? s[end - 1] == '/' : p->slash)
			p->raw = -1;
		p->state = p->raw >= 0 ? PG_RAW : PG_DATA;
		return end + 1;
	}
}

size_t
tok_pages_split(struct tok_pages *p, const char *s, size_t n, size_t from,
    int final, size_t *safe)
{
	const char *q;
	size_t i = from, k, g, last_tag = SIZE_MAX;
	int r;

	while (i < n) {
		switch (p->state) {
		case PG_COMMENT:
			/* ended by "-->" or "--!>" */
			for (g = i; (q = memchr(s + g, '>', n - g)); g++) {
				g = (size_t)(q - s);
				if ((g >= i + 2 && s[g - 1] == '-' &&
				    s[g - 2] == '-') || (g >= i + 3 &&
				    s[g - 1] == '!' && s[g - 2] == '-' &&
				    s[g - 3] == '-'))
					break;
			}
			if (!q) {
				*safe = n - i > 3 ? n - 3 : i;
				return 0;
			}
			i = (size_t)(q - s) + 1;
			p->state = PG_DATA;
			continue;
		case PG_TAG:
			i = page_tag(p, s, n, i);
			continue;
		case PG_RAW:
			/* only its own end tag ends raw text */
			k = strlen(page_raw[p->raw]);
			for (; (q = memchr(s + i, '<', n - i)); i++) {
				i = (size_t)(q - s);
				if (n - i < k + 3 && !final)
					goto wait;
				if (i + 2 < n && s[i + 1] == '/' &&
				    page_name(s + i + 2, n - i - 2,
				    page_raw[p->raw])) {
					p->state = PG_DATA;
					p->raw = -1;
					break;
				}
			}
			if (p->state == PG_RAW)
				goto done;
			continue;
		}
		/*
		 * PG_DATA.  Most '<' open tags nothing here cares about: only
		 * comments, doctypes, raw-text elements and the html tags are
		 * looked at closely, and only then is the tag before read
		 * through (its quoted values may hold the '<').
		 */
		if (!(q = memchr(s + i, '<', n - i)))
			goto done;
		i = (size_t)(q - s);
		if (n - i < PAGE_LOOK && !final)
			goto wait;
		q++;
		if (!(k = n - i - 1))
			break;		/* a '<' at the very end */
		r = -1;
		if (IS_ALPHA(q[0])) {
			r = page_which(q, k, page_raw, sizeof page_raw /
			    sizeof page_raw[0]);
			if (r < 0 && !p->ended && !page_name(q, k, "html")) {
				last_tag = i++;
				continue;
			}
		} else if (!(q[0] == '!' || q[0] == '?' || (q[0] == '/' &&
		    page_name(q + 1, k - 1, "html")))) {
			i++;
			continue;
		}
		if (last_tag < i) {
			struct tok_pages t;
			size_t e;

			tok_pages_reset(&t);
			e = page_tag(&t, s, n, last_tag + 2);
			if (e == n && !final) {
				i = last_tag;
				goto wait;
			}
			last_tag = SIZE_MAX;
			if (e > i) {	/* inside the tag before */
				i = e;
				continue;
			}
		}
		if (k >= 3 && q[0] == '!' && q[1] == '-' && q[2] == '-') {
			p->state = PG_COMMENT;
			i += 4;
			/* "<!-->" and "<!--->" end at once */
			if (i < n && s[i] == '>')
				p->state = PG_DATA, i++;
			else if (i + 1 < n && s[i] == '-' && s[i + 1] == '>')
				p->state = PG_DATA, i += 2;
			continue;
		}
		if ((p->seen_end && page_name(q, k, "!doctype")) ||
		    (p->ended && (page_name(q, k, "html") ||
		    page_name(q, k, "?xml"))))
			return i;	/* the next page */
		if (q[0] == '/') {
			p->ended = p->seen_end = 1;	/* </html> */
			i++;
			continue;
		}
		if (!IS_ALPHA(q[0])) {
			i++;
			continue;
		}
		/* a start tag */
		if (p->ended && page_which(q, k, page_tail, sizeof page_tail /
		    sizeof page_tail[0]) < 0)
			p->ended = 0;
		if (r < 0) {
			last_tag = i++;
			continue;
		}
		p->raw = r;
		p->state = PG_TAG;
		p->quote = 0;
		p->after_eq = 0;
		p->slash = 0;
		i = page_tag(p, s, n, i + 2);
	}
done:
	i = n;
wait:
	/*
	 * A name may be cut by the end of the chunk, and the start tag before
	 * may yet prove to hold what follows in a quoted value: look again
	 * from there with more bytes (if it is not far back, so that a huge
	 * tag costs no quadratic time).
	 */
	if (last_tag < i && i - last_tag <= PAGE_TAG_BACK)
		i = last_tag;
	*safe = i;
	return 0;
}
