/* attrs.h: the attributes of a start tag that the HTML path reads, found
 * in one pass over the tag's attributes: those html.c tracks (hiding, the
 * byline, asides, hAtom) and those meta.c reads of a <meta> or a
 * microdata element.  The tag is read once, and both see the same values.
 */
#ifndef STRIP_MARKUP_ATTRS_H
#define STRIP_MARKUP_ATTRS_H

#include <stddef.h>

#include "tokenizer.h"

/* each the value of the first attribute of its name, or NULL if none;
 * a value holds no NUL (the tokenizer makes U+0000 U+FFFD): strlen is its
 * length */
struct tag_attrs {
	const char *class, *id, *style, *hidden, *aria_hidden;	/* html.c */
	const char *rel, *itemprop;	/* html.c (byline), meta.c */
	const char *content, *name, *property, *http_equiv, *title; /* meta.c */
};

/*
 * Fill a from tag.  Of duplicate attributes the first counts, as in the
 * HTML standard's tokenizer (a later one is a parse error and dropped)
 * and tok_attr.  An end tag has none: the standard ignores its attributes.
 */
void tag_attrs_read(const struct tok_tag *tag, struct tag_attrs *a);

#endif
