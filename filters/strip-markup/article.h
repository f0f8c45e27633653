/* article.h: finding the article body of a page (--article).
 *
 * While the page is tokenized, html.c reports each container element
 * (blocks and table cells, with the class/id words it carries) and each
 * finished paragraph (its text, the link text in it, the container it sits
 * in).  At the end of the page the containers are scored from the
 * paragraphs in them (text length, commas, link density, class/id hints,
 * as Readability does), the best container and its good siblings are kept,
 * and within them blocks of navigation, share bars, related links and the
 * like are dropped.  One page is held at a time; nothing names a site.
 */
#ifndef STRIP_MARKUP_ARTICLE_H
#define STRIP_MARKUP_ARTICLE_H

#include <stddef.h>

#include "buf.h"
#include "tokenizer.h"

#define ARTICLE_MAX_DEPTH 512

struct art_node {
	int parent;
	int el;
	unsigned name_hash;	/* to match end tags of unknown elements */
	unsigned class_hash;	/* of the class attribute, 0 if none */
	unsigned family;	/* of its first class name, 0 if none */
	int hint;		/* class/id/role weight, this element only */
	unsigned flags;		/* AF_ below, inherited from ancestors */
	int depth;
	double score;		/* from the paragraphs inside */
	size_t text, links;	/* bytes of text and of link text inside */
	size_t aside;		/* of text, bytes under a negative hint */
	int nblocks, teasers;	/* paragraphs inside, teasers among them */
	int short_articles;	/* short <article> children with links */
	int candidate;		/* got score from a paragraph */
};

enum {
	AF_BOILER = 1 << 0,	/* nav, footer, aside, form, negative hints */
	AF_POSITIVE = 1 << 1,	/* article, main, positive hints */
	AF_HEADER = 1 << 2,	/* inside a <header> */
	AF_FIGURE = 1 << 3,	/* inside a figure or its caption */
	AF_COMMENTS = 1 << 4,	/* readers' comments: boilerplate, always */
	AF_ITEMBODY = 1 << 5,	/* itemprop=articleBody (schema.org) */
	AF_FEED = 1 << 6,	/* a feed of teasers, or one of them */
	AF_APART = 1 << 7,	/* header, description, a negative word */
	AF_BUILDER = 1 << 8,	/* a page builder's block, this element only */
	AF_TEASER = 1 << 9,	/* "teaser" its only negative word, this
				 * element only */
	AF_LEAD = 1 << 10,	/* a lead's class word ("standfirst"), this
				 * element only */
	AF_ITEMTEXT = 1 << 11,	/* itemprop=text: a question's, an answer's
				 * or a post's text (schema.org) */
	AF_RELATED = 1 << 12,	/* a box its class names as other posts
				 * ("related_post"), this element only */
	AF_INGREDIENTS = 1 << 13, /* a recipe's ingredients (class word
				 * "ingredients", schema.org's
				 * recipeIngredient), and inside them */
};

struct art_block {
	size_t off, len;	/* the text, in store */
	size_t links;		/* bytes of it inside links */
	int teaser;		/* a linked headline, then more text */
	int node;		/* the container it sits in */
	int el;			/* that container's element */
	int heading;		/* h1-h6 level, 0 if none */
	int zoom;		/* opens with a picture's zoom link
				 * ("Vergrößern"): a caption */
};

struct article {
	struct art_node *nodes;
	size_t nnodes, capnodes;
	struct art_block *blocks;
	size_t nblocks, capblocks;
	struct buf store;
	int stack[ARTICLE_MAX_DEPTH];
	int depth;
	int heading;		/* the innermost open h1-h6 level */
	struct buf ldbody;	/* JSON-LD articleBody, the first one */
	struct buf props;	/* script data: the JSON a page's scripts
				 * render (data-react-props), one value a
				 * line, up to ARTICLE_PROPS_MAX bytes */
	int gallery;		/* the node whose captions are the body
				 * (a page of pictures), or -1 */
};

void article_init(struct article *a);
void article_free(struct article *a);
void article_reset(struct article *a);
/* a start or end tag of a container (not inline, not void) */
void article_tag(struct article *a, const struct tok_tag *tag);
/* a finished paragraph in the current container; links: bytes in <a>,
 * lead: those of them before any text outside a link */
void article_block(struct article *a, const char *s, size_t n,
    size_t links, size_t lead);
/*
 * Choose the body: calls emit for each kept paragraph, in order.  title,
 * if not NULL, is the page's title: a heading that repeats it is left out.
 */
void article_select(struct article *a, const char *title,
    void (*emit)(void *ctx, const char *s, size_t n), void *ctx);

/* plain text: whether a line is page furniture ("Print Mail Large Medium
 * Small", "Share this", share counts) */
int article_furniture(const char *s, size_t n);

#endif
