/* tokenizer.h: a streaming HTML tokenizer after the WHATWG state machine.
 *
 * It is fed UTF-8 in chunks of any size and calls back with text (with
 * character references decoded), start and end tags (names lower-cased,
 * attribute values decoded) and doctypes.  Comments are consumed silently.
 * It keeps only the token under construction, so memory stays bounded by
 * the longest tag.  Like a browser's tree builder it switches to RCDATA,
 * RAWTEXT, script data or PLAINTEXT after the start tags that ask for it
 * (outside svg and math), and reads CDATA sections only inside svg/math.
 */
#ifndef STRIP_MARKUP_TOKENIZER_H
#define STRIP_MARKUP_TOKENIZER_H

#include <stddef.h>

#include "buf.h"
#include "elements.h"

#define TOK_MAX_ATTRS 64	/* further attributes are dropped */
#define TOK_MAX_NAME 32		/* longer tag names are cut (never matter) */

struct tok_attr {
	const char *name, *value;	/* NUL-terminated */
	size_t name_len, value_len;
};

struct tok_tag {
	const char *name;
	size_t name_len;
	int el;			/* enum element, EL_UNKNOWN if none */
	unsigned flags;		/* its EF_ flags */
	int end;		/* an end tag */
	int self_closing;
	size_t nattrs;
	struct tok_attr *attrs;
};

struct tok_sink {
	void (*text)(void *ctx, const char *s, size_t n);
	void (*tag)(void *ctx, const struct tok_tag *tag);
	void (*doctype)(void *ctx);	/* may be NULL */
	/* may be NULL; else attributes it refuses get an empty value (the
	 * tokenizer need not copy long values nobody reads) */
	int (*keep_attr)(void *ctx, const char *name, size_t n);
	void *ctx;
};

struct tok {
	const struct tok_sink *sink;
	int state, return_state;
	int foreign;		/* depth of open svg and math elements */
	char last_start[TOK_MAX_NAME + 1];	/* for RCDATA/RAWTEXT end tags */
	struct buf tmp;		/* end tag names, reference lookahead */
	struct buf tagbuf;	/* the tag under construction */
	struct tok_tag tag;
	size_t attr_off[TOK_MAX_ATTRS][2];	/* name, value in tagbuf */
	struct tok_attr attrs[TOK_MAX_ATTRS];
	unsigned long refval;	/* numeric reference value */
	int ref_overflow;
	int in_attr_value;	/* a reference inside an attribute value */
	int bare;		/* no content model switches (tests) */
	int drop_value;		/* the sink does not want this value */
	struct element_index elements;
};

void tok_init(struct tok *t, const struct tok_sink *sink);
void tok_free(struct tok *t);
/* back to the data state with nothing pending (a new document) */
void tok_reset(struct tok *t);
/* feed s[0..n); at end of input call tok_finish */
void tok_feed(struct tok *t, const char *s, size_t n);
void tok_finish(struct tok *t);

/* content models, for tests that start the tokenizer in one */
enum tok_model {
	TOK_DATA, TOK_RCDATA, TOK_RAWTEXT, TOK_SCRIPT, TOK_PLAINTEXT,
	TOK_CDATA
};

/*
 * Start in content model m as if last_start were the open element; with
 * bare set, start tags never switch the model (a tokenizer without its
 * tree builder, as the html5lib tests assume).
 */
void tok_set_model(struct tok *t, enum tok_model m, const char *last_start,
    int bare);

/*
 * Where one page ends and the next begins in a stream of concatenated
 * pages, on the raw bytes (before decoding; ASCII-compatible charsets).
 * A page ends at its </html> end tag; whatever follows it (comments,
 * whitespace, scripts, stray text) is still that page's, up to the next
 * page's <!DOCTYPE, <html> tag or <?xml declaration, which starts a new
 * one.  A start tag other than those servers append after a page (script,
 * style, link, meta, img, iframe) says the </html> was a stray one inside
 * the page (an ad's markup pasted whole): an <html> tag after it starts
 * no page, though a doctype still does.  Tags inside
 * comments and inside the raw text of script, style, title, textarea,
 * xmp, iframe, noembed, noframes and noscript are no tags: a "</html>" in
 * a script string or a comment neither ends nor starts a page.
 */
struct tok_pages {
	int state;		/* where the scan stands at its safe offset */
	int raw;		/* the raw-text element of the tag (an index) */
	char quote;		/* in a tag: the quote of the value it is in */
	int after_eq;		/* in a tag: after '=' (a value may follow) */
	int slash;		/* in a tag: the last byte seen was '/' */
	int ended;		/* </html> and nothing that continues a page */
	int seen_end;		/* </html> seen: a doctype starts a new page */
};

/* a new page begins (also the start of an input) */
void tok_pages_reset(struct tok_pages *p);
/*
 * Scan s[from..n), s[0..from) having been scanned already (p holds the
 * state at from).  Returns the offset where the next page starts, with p
 * reset for it; or 0, with *safe set to the offset up to which the scan is
 * done (the rest may be cut by the end of the chunk: offer it again with
 * more bytes after it, or with final set at the end of input).
 */
size_t tok_pages_split(struct tok_pages *p, const char *s, size_t n,
    size_t from, int final, size_t *safe);

/* the value of attribute name of tag, or NULL */
const char *tok_attr(const struct tok_tag *tag, const char *name,
    size_t *len);

#endif
