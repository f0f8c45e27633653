/* stream.h: the copydesk stream (see man/copydesk-stream.7).
 *
 * Lines are UTF-8.  A document is "<doc attrs>" ... "</doc>", each alone on
 * its line; text outside any <doc> is one anonymous document named after
 * the input.  Paragraphs are separated by one empty line.  Text lines may
 * hold entity tags <TYPE>...</TYPE>.  In text, a '<' that would start one
 * of the stream's tags is written "&lt;" and an '&' before "lt;" or "amp;"
 * is written "&amp;"; nothing else is escaped.
 */
#ifndef COPYDESK_STREAM_H
#define COPYDESK_STREAM_H

#include <stdio.h>

#include "buf.h"
#include "input.h"

/* ---- entity types ---- */

enum entity_type {
	ENT_PERSON,
	ENT_ORGANIZATION,
	ENT_LOCATION,
	ENT_DATE,
	ENT_TIME,
	ENT_MONEY,
	ENT_PERCENT,
	ENT_MISC,
	ENT_NTYPES
};

extern const char *const entity_type_names[ENT_NTYPES];

/* the type named by s[0..n), or -1 */
int entity_type_lookup(const char *s, size_t n);

/* ---- lines ---- */

enum line_kind { LINE_TEXT, LINE_BLANK, LINE_DOC_OPEN, LINE_DOC_CLOSE };

enum line_kind stream_line_kind(const char *s, size_t n);

/* ---- documents ---- */

struct doc_attr {
	char *name;
	char *value;	/* unescaped */
};

struct doc {
	struct doc_attr *attrs;
	size_t n, cap;
};

#define DOC_INIT { NULL, 0, 0 }

void doc_clear(struct doc *d);
void doc_free(struct doc *d);
const char *doc_get(const struct doc *d, const char *name);
/* replace the value of name, or add it at the end; whitespace runs in the
 * value become one space and it is trimmed.  Linear in the attributes
 * (for the few a program sets; doc_parse takes any number in n log n) */
void doc_set(struct doc *d, const char *name, const char *value, size_t n);
/* parse a "<doc ...>" line; 0 on success, -1 if malformed */
int doc_parse(struct doc *d, const char *line, size_t n);
/* append the "<doc ...>" line (without LF), escaping the values */
void doc_format(struct buf *out, const struct doc *d);


/* ---- the escape rule ---- */

/* append text s[0..n) escaped for a text line */
void stream_escape(struct buf *out, const char *s, size_t n);
/* append s[0..n) with "&lt;" -> '<' and "&amp;" -> '&' undone */
void stream_unescape(struct buf *out, const char *s, size_t n);

/* ---- entity tags in a text line ---- */

struct tag_span {
	size_t start, end;	/* the whole <TYPE>...</TYPE> */
	size_t text_start, text_end;
	int type;
};

/* find the first tag pair starting at or after from; 1 if found.  A pair
 * is "<TYPE>" with its "</TYPE>" as the next entity tag (tags never nest or
 * overlap); an open tag another tag follows is a stray.  Looping with
 * from = t.end is linear in the line. */
int stream_next_tag(const char *s, size_t n, size_t from, struct tag_span *t);
/* append s[0..n) with the tags removed (escapes kept) */
void stream_strip_tags(struct buf *out, const char *s, size_t n);
/* how many entity tags in s[0..n), text with its tag pairs removed,
 * stand alone: an unescaped "<PERSON>" with no end, a "</PERSON>" with
 * no start (producers write a literal one "&lt;PERSON>") */
size_t stream_stray_tags(const char *s, size_t n);
/* append "<TYPE>text</TYPE>" */
void stream_add_tag(struct buf *out, int type, const char *text, size_t n);

/* ---- reading ---- */

enum stream_event {
	EV_END,		/* end of input */
	EV_DOC_BEGIN,	/* r->doc holds the attributes */
	EV_TEXT,	/* r->line holds a text line */
	EV_BREAK,	/* a paragraph break between two text lines */
	EV_DOC_END
};

struct stream_reader {
	struct input *in;
	struct doc doc;
	int explicit_doc;	/* the document had a <doc> line */
	struct line_view line;	/* valid until the next stream_read */

	/* private */
	int in_doc, seen_text, pending_break, held;
	enum line_kind held_kind;
};

void stream_reader_init(struct stream_reader *r, struct input *in);
void stream_reader_free(struct stream_reader *r);
enum stream_event stream_read(struct stream_reader *r);

/* ---- writing ---- */

/* the <doc> line, if the document had one */
void stream_put_doc_begin(FILE *fp, const struct doc *d, int explicit_doc,
    struct buf *scratch);
void stream_put_doc_end(FILE *fp, int explicit_doc);
void stream_put_break(FILE *fp);
void stream_put_line(FILE *fp, const char *s, size_t n);

/*
 * The loop of a filter that maps text lines to text lines and passes
 * everything else through: doc_begin (may be NULL) is called at each
 * document, line for each text line.
 */
struct stream_filter {
	void (*doc_begin)(void *ctx, const struct doc *d);
	void (*line)(void *ctx, const char *s, size_t n, FILE *out);
	void *ctx;
};

void stream_filter_input(struct input *in, FILE *out,
    const struct stream_filter *f);

#endif
