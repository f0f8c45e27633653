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

/*
 * Script data: the JSON-LD and the framework state (`__NEXT_DATA__`,
 * `window.__APOLLO_STATE__ = {...}`, `__NUXT__`, `__PRELOADED_STATE__`
 * ...) a page's scripts hold, kept as the page is read, in both modes,
 * up to SCRIPT_DATA_MAX bytes of state and SCRIPT_JSONLD_MAX of JSON-LD
 * (a big state before it leaves room for the JSON-LD), and SCRIPT_PIECES
 * scripts a page.  Read
 * only when the page's HTML gives next to nothing (SCRIPT_TINY bytes):
 * the story of a page its scripts write is there and nowhere else.
 */
#define SCRIPT_DATA_MAX (4u << 20)
#define SCRIPT_JSONLD_MAX (1u << 20)
#define SCRIPT_PIECES 64
#define SCRIPT_TINY 200	/* bytes of the HTML's text: next to nothing */

enum script_kind {
	SCRIPT_NONE,	/* not kept */
	SCRIPT_JSONLD,	/* <script type="application/ld+json"> */
	SCRIPT_STATE,	/* a framework's state (JSON, or a JS literal) */
	SCRIPT_MAYBE,	/* an inline script: its first bytes will tell */
};

struct script_piece {
	size_t off, len;	/* in data */
	enum script_kind kind;
};

struct script_data {
	struct buf data;
	struct script_piece piece[SCRIPT_PIECES];
	int npieces;
	enum script_kind open;	/* the script being read, if kept */
	size_t room[2];		/* bytes left for state, for JSON-LD */
};

void script_data_free(struct script_data *sd);
void script_data_reset(struct script_data *sd);
/* a script starts (kind by its type and id); its text; its end */
void script_data_begin(struct script_data *sd, enum script_kind kind);
void script_data_add(struct script_data *sd, const char *s, size_t n);
void script_data_end(struct script_data *sd);
/*
 * The article the script data holds, for a page whose HTML gave html
 * bytes: a JSON-LD articleBody, else the longest string of the state
 * whose key names a body, content or text (its markup read, as in
 * data-react-props), or the text nodes of a document tree serialised in
 * the state (the tree in the object title, the page's title, names, else
 * the one of the most text), whichever is longer.  Taken only when it gives SCRIPT_MIN
 * bytes or more and SCRIPT_TIMES times the HTML's: paragraphs onto out,
 * each ended by LF, and where they came from returned (SCRIPT_JSONLD,
 * SCRIPT_STATE).  SCRIPT_NONE: nothing taken, out unchanged.
 */
enum script_kind script_data_text(const struct script_data *sd,
    const char *title, size_t html, struct buf *out);

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
