/* html.h: turns tokens into paragraphs and metadata.
 *
 * Block elements end paragraphs; table cells and <br> are word breaks (two
 * <br> in a row end a paragraph); the content of script, style, noscript,
 * template, iframe, svg and of <head> is dropped, as is that of elements
 * marked hidden or aria-hidden (unless show_hidden) and of ruby annotations (rt, rp); each line of a <pre> is a paragraph;
 * <title> and the first <h1> feed the metadata.
 */
#ifndef STRIP_MARKUP_HTML_H
#define STRIP_MARKUP_HTML_H

#include "article.h"
#include "meta.h"
#include "text.h"
#include "tokenizer.h"

struct html_options {
	int alt;		/* write img alt text */
	int article;		/* keep only the article body */
};

/* the first element of a kind, followed to its end by its name: open
 * elements of that name inside it, 0 when outside */
struct watched {
	char name[TOK_MAX_NAME + 1];
	int depth;
};

struct html {
	const struct html_options *opt;
	struct text *text;
	struct meta *meta;
	struct tok tok;
	struct tok_sink sink;
	struct article *art;	/* article mode */
	int art_on;		/* for this document (not if streamed) */

	/* per document */
	int raw_skip;		/* inside script, style, ...: drop the text */
	int skip_depth;		/* open template/svg elements */
	int in_head, in_title, in_h1, seen_h1;
	int pre;		/* open pre elements */
	int after_br;		/* a <br> and nothing visible since */
	int in_a;		/* inside a link (links never nest) */
	int in_rt;		/* inside a ruby annotation: dropped */
	size_t link_bytes;	/* text in links in the current paragraph */
	size_t lead_link;	/* of it, in links before any other text */
	int unlinked;		/* the paragraph has text outside links */
	int para_unlinked;	/* the same, in every mode: reset as each
				   paragraph is seen */
	int para_links;		/* links with text in it, up to 2 */
	int link_counted;	/* the open link is counted in para_links */
	char hidden_name[TOK_MAX_NAME + 1];
	int hidden_el;
	int hidden_depth;	/* open elements of that name inside it */
	int show_hidden;	/* hidden elements are text too (a second
				   pass over a page whose text is all
				   hidden: see strip-markup.c) */
	size_t hidden_text;	/* bytes of text dropped as hidden */
	size_t visible_text;	/* bytes of text kept */
	struct buf title, h1;
	int in_jsonld;		/* inside <script type=application/ld+json> */
	struct buf jsonld;
	int in_script;		/* inside another <script>: meta_script */
	struct script_data script;	/* JSON-LD and state (article.h) */
	int keep_scripts;	/* keep it (set by the caller for a pass:
				   only a page of next to no text needs it) */
	struct watched aside;	/* a quoted post or the comments: their
				   dates are not the page's */
	struct watched byline_el;	/* an element marked as the byline */
	int seen_byline;
	struct buf byline, scratch;
};

/* article mode: where the text module sends finished paragraphs */
void html_para(void *ctx, const char *s, size_t n);

void html_init(struct html *h, const struct html_options *opt,
    struct text *text, struct meta *meta);
void html_free(struct html *h);
void html_reset(struct html *h);
void html_feed(struct html *h, const char *s, size_t n);
/* end of the document: flush the last paragraph, settle the metadata */
void html_finish(struct html *h);

#endif
