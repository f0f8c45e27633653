/* plain.h: text that is not HTML: blank lines separate paragraphs and the
 * lines of a paragraph are joined. */
#ifndef STRIP_MARKUP_PLAIN_H
#define STRIP_MARKUP_PLAIN_H

#include <stddef.h>

#include "text.h"

struct plain {
	struct text *text;
	int line_has_text;
};

/* whether the start of a document s[0..n) looks like HTML or XML */
int plain_is_markup(const char *s, size_t n);

void plain_init(struct plain *p, struct text *text);
void plain_feed(struct plain *p, const char *s, size_t n);
void plain_finish(struct plain *p);

#endif
