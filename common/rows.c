#include <string.h>

#include "bytes16.h"
#include "rows.h"
#include "swar.h"
#include "utf8.h"

void
row_reader_init(struct row_reader *r, const struct row_reader_options *o,
    const struct columns *cols, const struct row_writer *w)
{
	memset(r, 0, sizeof *r);
	r->opt = *o;
	r->w = w;
	r->need_mentions = columns_have(cols, COL_MENTIONS);
	r->need_words = columns_have(cols, COL_WORDS);
	mentions_init(&r->m, o->entity_sep);
}

void
row_reader_free(struct row_reader *r)
{
	mentions_free(&r->m);
	buf_free(&r->stripped);
	buf_free(&r->text);
	buf_free(&r->acc);
	buf_free(&r->mention);
}

static void
doc_begin(struct row_reader *r, const struct doc *d)
{
	r->w->doc_begin(r->w->ctx, d);
	r->para = r->sent = r->para_sent = r->first_sent = r->words = 0;
	r->doc_has_text = 0;
	buf_clear(&r->acc);
	mentions_clear(&r->m);
}

/*
 * A word starts at a byte other than space, TAB and LF that follows one of
 * them, or the start.  Rows per document count every byte of the text, so
 * sixteen at a time (bytes16.h): the bits of the starts are the non-space
 * bits and the space bits moved up by one (the last one of the 16 carried
 * into the next step).
 */
size_t
rows_count_words(const char *s, size_t n)
{
	size_t i = 0, words = 0;
	int in_word = 0;

#if BYTES16
	unsigned carry = 1;	/* the byte before the first is a space */

	for (; i + 16 <= n; i += 16) {
		bytes16 x = bytes16_load(s + i);
		unsigned space = bytes16_mask((bytes16)(x == ' ') |
		    (bytes16)(x == '\t') | (bytes16)(x == '\n'));
		unsigned starts = ~space & ((space << 1) | carry) & 0xFFFF;

		words += (size_t)__builtin_popcount(starts);
		carry = space >> 15;
	}
	in_word = !carry;
#endif
	for (; i < n; i++) {
		int space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';

		if (!space && !in_word)
			words++;
		in_word = !space;
	}
	return words;
}

/* what put_piece may write past a piece */
#define PIECE_ROOM 16

/*
 * Copy the piece s[from..to) of a line s[0..n) to d, which has room for
 * it and PIECE_ROOM bytes more; return its end in d.  A tagged line is
 * cut in pieces of a few words around each tag, each a memcpy call of
 * its own: copied 16 bytes at a time instead when 16 bytes past the
 * piece are still in the line (the last chunk reads and writes at most
 * 15 bytes past it; the bytes written there are overwritten by what
 * follows).
 */
static inline char *
put_piece(char *d, const char *s, size_t from, size_t to, size_t n)
{
	size_t len = to - from, k;

	if (to + 16 <= n)
		for (k = 0; k < len; k += 16)
			memcpy(d + k, s + from + k, 16);
	else
		memcpy(d, s + from, len);
	return d + len;
}

/*
 * Append the text of line s[0..n), whose first '<' or '&' is at s[at]
 * (n if none), to out: tags removed, then escapes undone, in that order.
 * collect: also add the line's mentions to r->m.
 * Most lines hold no '&', and then undoing escapes changes nothing (taking
 * tags out makes none): the text goes straight to out and the mentions
 * straight from the line, with no copy between.
 */
static void
line_text_from(struct row_reader *r, struct buf *out, const char *s, size_t n,
    int collect, size_t at)
{
	struct tag_span t;
	struct buf *to;
	char *d;
	size_t pos = 0;
	int amp;

	if (at == n) {
		buf_add(out, s, n);
		return;
	}
	/* s[at] is the first '<' or '&': a '<' needs no search, an '&'
	 * none for the next '&' */
	if (s[at] == '<') {
		amp = memchr(s + at + 1, '&', n - at - 1) != NULL;
	} else {
		amp = 1;
		if (!memchr(s + at + 1, '<', n - at - 1)) {
			/* no tag: nothing to strip (every line before
			 * tag-entities) */
			stream_unescape(out, s, n);
			return;
		}
	}
	to = out;
	if (amp) {
		buf_clear(&r->stripped);
		to = &r->stripped;
	}
	if (!collect) {
		stream_strip_tags(to, s, n);
	} else {
		/* stream_strip_tags' own loop, run once for the text and the
		 * mentions together: finding the tags is what costs.  The
		 * text is never longer than the line: room for it and a
		 * piece's overshoot is made once. */
		buf_reserve(to, n + PIECE_ROOM);
		d = to->data + to->len;
		while (stream_next_tag(s, n, pos, &t)) {
			d = put_piece(d, s, pos, t.start, n);
			d = put_piece(d, s, t.text_start, t.text_end, n);
			if (amp) {
				buf_clear(&r->mention);
				stream_unescape(&r->mention, s + t.text_start,
				    t.text_end - t.text_start);
				mentions_add(&r->m, t.type, r->mention.data,
				    r->mention.len);
			} else {
				mentions_add(&r->m, t.type, s + t.text_start,
				    t.text_end - t.text_start);
			}
			pos = t.end;
		}
		d = put_piece(d, s, pos, n, n);
		to->len = (size_t)(d - to->data);
		to->data[to->len] = '\0';
	}
	if (amp)
		stream_unescape(out, r->stripped.data, r->stripped.len);
}

static void
line_text(struct row_reader *r, struct buf *out, const char *s, size_t n,
    int collect)
{
	line_text_from(r, out, s, n, collect, swar_tag_or_escape(s, n));
}

/* a row per entity mention of the line s[0..n), whose text is r->text */
static void
entity_rows(struct row_reader *r, const char *s, size_t n)
{
	struct row row;
	struct tag_span t;
	size_t pos = 0, at = 0;

	memset(&row, 0, sizeof row);
	row.text = r->text.data;
	row.textlen = r->text.len;
	row.paragraph = r->para;
	row.sentence = r->sent;
	row.sentences = 1;
	row.words = r->need_words ? rows_count_words(row.text, row.textlen) : 0;
	row.m = &r->m;
	while (stream_next_tag(s, n, pos, &t)) {
		/* offsets in characters of the text, counted piece by
		 * piece (mention.data is scratch here) */
		buf_clear(&r->mention);
		stream_unescape(&r->mention, s + pos, t.start - pos);
		at += utf8_length(r->mention.data, r->mention.len);
		buf_clear(&r->mention);
		stream_unescape(&r->mention, s + t.text_start,
		    t.text_end - t.text_start);
		row.type = t.type;
		row.entity = r->mention.data;
		row.entitylen = r->mention.len;
		row.start = at;
		at += utf8_length(r->mention.data, r->mention.len);
		row.end = at;
		r->w->row(r->w->ctx, &row);
		pos = t.end;
	}
}

/* the row of the paragraph or document gathered in r->acc */
static void
flush_acc(struct row_reader *r, size_t paragraphs)
{
	struct row row;

	memset(&row, 0, sizeof row);
	row.text = r->acc.data ? r->acc.data : "";
	row.textlen = r->acc.len;
	row.paragraph = r->para;
	row.sentence = r->first_sent;
	row.paragraphs = paragraphs;
	row.sentences = r->opt.rows == ROWS_DOCUMENT ? r->sent : r->para_sent;
	row.words = r->words;
	row.m = &r->m;
	r->w->row(r->w->ctx, &row);
	buf_clear(&r->acc);
	mentions_clear(&r->m);
	r->words = 0;
}

static void
text_line(struct row_reader *r, const char *s, size_t n)
{
	struct row row;
	size_t from, at;

	if (!r->doc_has_text) {
		r->doc_has_text = 1;
		r->para = 1;
	}
	r->sent++;
	if (r->para_sent++ == 0)
		r->first_sent = r->sent;

	switch (r->opt.rows) {
	case ROWS_LINE:
		mentions_clear(&r->m);
		memset(&row, 0, sizeof row);
		if ((at = swar_tag_or_escape(s, n)) == n) {
			/* no tag, no escape: the line is its text */
			row.text = s;
			row.textlen = n;
		} else {
			buf_clear(&r->text);
			line_text_from(r, &r->text, s, n, r->need_mentions,
			    at);
			row.text = r->text.data;
			row.textlen = r->text.len;
		}
		row.paragraph = r->para;
		row.sentence = r->sent;
		row.sentences = 1;
		if (r->need_words)
			row.words = rows_count_words(row.text, row.textlen);
		row.m = &r->m;
		r->w->row(r->w->ctx, &row);
		break;
	case ROWS_PARAGRAPH:
	case ROWS_DOCUMENT:
		if (r->acc.len > 0) {
			if (r->para_sent == 1)
				buf_adds(&r->acc, r->opt.para_sep);
			else
				buf_addc(&r->acc, ' ');
		}
		from = r->acc.len;
		line_text(r, &r->acc, s, n, r->need_mentions);
		if (r->need_words)
			r->words += rows_count_words(r->acc.data + from,
			    r->acc.len - from);
		break;
	case ROWS_ENTITY:
		buf_clear(&r->text);
		mentions_clear(&r->m);
		line_text(r, &r->text, s, n, r->need_mentions);
		entity_rows(r, s, n);
		break;
	case ROWS_N:
		break;
	}
}

static void
paragraph_end(struct row_reader *r)
{
	if (r->opt.rows == ROWS_PARAGRAPH && r->para_sent > 0)
		flush_acc(r, 0);
	r->para_sent = 0;
}

static void
doc_end(struct row_reader *r)
{
	paragraph_end(r);
	if (r->opt.rows == ROWS_DOCUMENT)
		flush_acc(r, r->para);
}

void
row_reader_input(struct input *in, void *arg)
{
	struct row_reader *r = arg;
	struct stream_reader sr;
	enum stream_event ev;

	stream_reader_init(&sr, in);
	while ((ev = stream_read(&sr)) != EV_END) {
		switch (ev) {
		case EV_DOC_BEGIN:
			doc_begin(r, &sr.doc);
			break;
		case EV_TEXT:
			text_line(r, sr.line.data, sr.line.len);
			break;
		case EV_BREAK:
			paragraph_end(r);
			r->para++;
			break;
		case EV_DOC_END:
			doc_end(r);
			break;
		case EV_END:
			break;
		}
	}
	stream_reader_free(&sr);
}
