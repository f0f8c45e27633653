/* plain.h: text that is not HTML: blank lines separate paragraphs and the
 * lines of a paragraph are joined.  Lines end at LF, CR LF or CR alone, as
 * for every reader of copydesk. */
#ifndef STRIP_MARKUP_PLAIN_H
#define STRIP_MARKUP_PLAIN_H

#include <stddef.h>

#include "meta.h"
#include "text.h"

struct plain {
	struct text *text;
	struct meta *meta;
	int article;		/* drop furniture, datelines, bylines */
	int line_has_text;
	int after_cr;		/* the last line ended in CR: an LF is its pair */
	size_t nparas;		/* paragraphs seen */
};

/* the bytes of a document's start plain_is_markup looks at */
#define PLAIN_SNIFF 4096

/* whether the start of a document s[0..n) (its first PLAIN_SNIFF bytes)
 * looks like HTML or XML */
int plain_is_markup(const char *s, size_t n);

/*
 * Datelines and bylines give metadata; in article mode they, the lines of
 * page furniture and a headline first line (which becomes the title) are
 * left out of the text.
 */
void plain_init(struct plain *p, struct text *text, struct meta *meta,
    int article);
void plain_feed(struct plain *p, const char *s, size_t n);
/* text whose every line is a paragraph (a dump's text field) */
void plain_feed_lines(struct plain *p, const char *s, size_t n);
void plain_finish(struct plain *p);

#endif
