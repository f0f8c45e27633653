/* page.h: a page that a dump reader (WARC, JSON Lines) hands over to be
 * made into a document, with what the dump says about it. */
#ifndef STRIP_MARKUP_PAGE_H
#define STRIP_MARKUP_PAGE_H

#include <stddef.h>

#include "charset.h"
#include "input.h"

#define PAGE_PROBLEM_MAX 160

struct page {
	const char *id;		/* the document's id */
	const char *url;	/* wins over what the page says; or NULL */
	const char *title, *date, *author, *lang;	/* lose to the page */
	const char *fetched;	/* when it was fetched, or NULL */
	charset_t charset;	/* the transport's label, or CS_NONE */
	int text;		/* plain text, each line a paragraph */
	/* more attributes, in order: name, value, ..., NULL */
	const char *const *extra;
	/* problems found so far, space-separated (see copydesk-stream(7)) */
	char problem[PAGE_PROBLEM_MAX];
};

/* add a problem word, once */
void page_problem(struct page *pg, const char *word);

/* who makes documents of pages (strip-markup.c) */
struct page_sink {
	void (*page)(void *ctx, struct input *in, const char *s, size_t n,
	    struct page *pg);
	void *ctx;
	size_t max_doc;		/* a record's block is cut there */
};

#endif
