/* article.c: container scoring after Readability's idea, with link
 * density and class/id hints, plus block filters inside the winner. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "entities.h"
#include "jsonl.h"
#include "utf8.h"
#include "xalloc.h"

/* label_furniture[], label_credit[], label_readtime[], label_dateline[],
 * label_promo[], label_plea[], label_byline[], label_licence[],
 * label_boxlabel[], label_filing[], label_builder[], label_caption[],
 * label_readmore[], label_cookie[], label_consent[], label_appstore[],
 * label_appcall[], label_follow[], label_social[], label_authorbox[],
 * label_disclosure[], label_zoom[]: made from data/labels.txt by gen-labels.sh */
#include "labels.inc"

void
article_init(struct article *a)
{
	memset(a, 0, sizeof *a);
	a->gallery = -1;
}

void
article_free(struct article *a)
{
	free(a->nodes);
	free(a->blocks);
	buf_free(&a->store);
	buf_free(&a->ldbody);
	buf_free(&a->props);
}

void
article_reset(struct article *a)
{
	a->nnodes = 0;
	a->nblocks = 0;
	a->depth = 0;
	a->heading = 0;
	a->gallery = -1;
	buf_clear(&a->store);
	buf_clear(&a->ldbody);
	buf_clear(&a->props);
}

static unsigned
hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/*
 * Class and id words, compared as whole words ("social-icons__icon" has
 * the words social, icons, icon).  Negative words lower a container's
 * score; the strong ones also mark it boilerplate, so that nothing in it
 * is kept, unless a positive word is there too ("comment" and "content"
 * in "article-comment-content" cancel).
 */
static const char *const positive[] = {
	"article", "articlebody", "entry", "hentry", "post", "postbody",
	"prose", "story", "storybody", "storycontent", "articlecontent"
};
/* common on every wrapper of a page, so they weigh less */
static const char *const weak_positive[] = {
	"body", "blog", "content", "main", "text", "richtext"
};
static const char *const negative[] = {
	"author", "banner", "bio", "byline", "caption", "carousel", "combx",
	"community", "contact", "credit", "credits", "dateline", "extra",
	"foot", "gallery", "hidden", "login", "masthead", "meta", "more",
	"pager", "pagination", "print", "remark", "replies", "rss",
	"shopping", "shoutbox", "skyscraper", "supplemental", "tag", "tags",
	"teaser", "timestamp", "toc", "toolbar", "tools", "infobox", "navbox"
};
/* a bit per letter a-z that opens one of lead_words[] */
#define LEAD_INITIALS (1u << ('a' - 'a') | 1u << ('c' - 'a') | \
	1u << ('d' - 'a') | 1u << ('e' - 'a') | 1u << ('i' - 'a') | \
	1u << ('l' - 'a') | 1u << ('v' - 'a'))
/* the words of a lead's (standfirst's) own block: "uk-text-lead",
 * "article-intro", "chapo"; let through from a <header> (see lead_root) */
static const char *const lead_words[] = {
	"abstract", "chapeau", "chapo", "deck", "dek", "entradilla",
	"intro", "introduction", "lead", "lede", "vorspann"
};
static const char *const strong[] = {
	"ad", "ads", "advert", "advertisement", "aside", "breadcrumb",
	"breadcrumbs", "comment", "comments", "consent", "cookie", "cookies",
	"disqus", "footer", "gdpr", "menu", "modal", "nav", "navbar",
	"navigation", "newsletter", "outbrain", "popular", "popup", "promo",
	"recommended", "related", "share", "sharing", "sidebar", "social",
	"sponsor", "sponsored", "subscribe", "subscription", "taboola",
	"trending", "widget"
};

static int
in_words(const char *w, size_t n, const char *const *list, size_t len)
{
	size_t i;

	/* the first letter first: asked for every class word of every tag */
	for (i = 0; i < len; i++)
		if (list[i][0] == w[0] && strlen(list[i]) == n &&
		    memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

#define IN_WORDS(w, n, list) in_words(w, n, list, sizeof list / sizeof *list)

/* "relatedposts", "socialicons", "sidebarwidget": a strong word of six
 * letters or more that opens a compound class name */
static int
strong_prefix(const char *w, size_t n)
{
	size_t i, k;

	for (i = 0; i < sizeof strong / sizeof *strong; i++) {
		if (strong[i][0] != w[0])
			continue;
		k = strlen(strong[i]);
		if (k >= 6 && n > k && memcmp(w, strong[i], k) == 0)
			return 1;
	}
	return 0;
}

static int
slug(const char *v, size_t n)
{
	size_t k, words = 0;

	for (k = 0; k < n; k++)
		if ((k == 0 || !isalnum((unsigned char)v[k - 1])) &&
		    isalnum((unsigned char)v[k]))
			words++;
	return words >= 4;
}

/* whether an itemprop value holds the name "text" (names are separated
 * by spaces: itemprop="text", itemprop="text articleBody") */
static int
item_text(const char *v)
{
	const char *p;

	for (p = v; (p = strstr(p, "text")); p += 4)
		if ((p == v || p[-1] == ' ') && (p[4] == '\0' || p[4] == ' '))
			return 1;
	return 0;
}

static int
hint_of(const struct tok_tag *tag, unsigned *flags)
{
	static const char *const attrs[] = { "class", "id" };
	const char *v, *w;
	size_t i, k, n;
	int pos = 0, neg = 0, str = 0, emb = 0, teaser = 0, lead = 0;
	/* a strong word just before, in the same class name, and whether
	 * a strong word names what it holds ("related_post") */
	int after_strong = 0, names_held = 0;
	/* a positive word before, in the same class name, and whether a
	 * negative word names a part of the post ("entry-author-info") */
	int after_pos = 0, part_of = 0;

	for (i = 0; i < 2; i++) {
		if (!(v = tok_attr(tag, attrs[i], &n)))
			continue;
		/* an id of four words or more is a heading made an anchor
		 * ("sharing-with-a-single-developer"), not a layout name */
		if (i == 1 && slug(v, n))
			continue;
		after_strong = after_pos = 0;
		for (k = 0; k < n; ) {
			char word[32];
			size_t len = 0;

			while (k < n && !isalnum((unsigned char)v[k]))
				if (isspace((unsigned char)v[k++]))
					after_strong = after_pos = 0;
			for (w = v + k; k < n && isalnum((unsigned char)v[k]);
			    k++)
				if (len < sizeof word)
					word[len++] = (char)tolower(
					    (unsigned char)v[k]);
			if (!len || len == sizeof word)
				continue;
			(void)w;
			/* asked for every class word: the initials first */
			if (word[0] >= 'a' && word[0] <= 'z' &&
			    (LEAD_INITIALS >> (word[0] - 'a') & 1) &&
			    IN_WORDS(word, len, lead_words))
				lead = 1;
			if (IN_WORDS(word, len, positive)) {
				pos = 2;
				/* "related_post", "popular-articles": the
				 * strong word says which posts these are */
				names_held |= after_strong;
				after_strong = 0;
				after_pos = 1;
			}
			else if (IN_WORDS(word, len, weak_positive)) {
				if (!pos)
					pos = 1;
				after_strong = 0;
			}
			else if (IN_WORDS(word, len, strong) ||
			    strong_prefix(word, len)) {
				str = str ? str : 1;
				after_strong = 1;
			} else
				after_strong = 0;
			/* "wprm-recipe-ingredients", "ingredient-list" */
			if (word[0] == 'i' && (len == 10 || len == 11) &&
			    memcmp(word, "ingredient", 10) == 0 &&
			    (len == 10 || word[10] == 's'))
				*flags |= AF_INGREDIENTS;
			/* "social-media-embed": a post quoted in the story */
			if ((len == 5 && memcmp(word, "embed", 5) == 0) ||
			    (len == 8 && memcmp(word, "embedded", 8) == 0))
				emb = 1;
			if (len >= 7 && memcmp(word, "comment", 7) == 0)
				str = 2;	/* comments, whatever else */
			/* "TOC_TITLE_1", "toc-section-3": a numbered
			 * target of the table of contents is a section of
			 * the body, not the table */
			else if (len == 3 && memcmp(word, "toc", 3) == 0 &&
			    isdigit((unsigned char)v[n - 1]))
				;
			else if (IN_WORDS(word, len, negative)) {
				if (len == 6 && memcmp(word, "teaser", 6) == 0)
					teaser = 1;
				else {
					neg = 2;
					/* not "post-body-bio": a writer's
					 * line under the story, which
					 * Readability's gold keeps */
					part_of |= after_pos && !(len == 3 &&
					    memcmp(word, "bio", 3) == 0);
				}
				neg |= 1;
			}
		}
	}
	/* "teaser-text" on a story's own page is its lead (see lead_root) */
	if (teaser && neg == 1 && !str)
		*flags |= AF_TEASER;
	/* schema.org microdata names the body outright */
	if ((v = tok_attr(tag, "itemprop", NULL))) {
		if (strstr(v, "articleBody"))
			*flags |= AF_ITEMBODY;	/* not scored: see
						 * article_select */
		/* schema.org Recipe: recipeIngredient, and its older
		 * name ingredients */
		else if (strstr(v, "ngredient"))
			*flags |= AF_INGREDIENTS;
		/* the text of a question, an answer or a forum post */
		else if (item_text(v))
			*flags |= AF_ITEMTEXT;
		/* the page's summary: kept apart from a lead */
		else if (strstr(v, "description")) {
			*flags |= AF_APART;
			lead = 0;
		}
	}
	/* a block named as the lead (not as the page's summary) */
	if (lead && !neg && !str)
		*flags |= AF_LEAD;
	/* a block named as meta even where a positive word cancels it
	 * ("entry-byline"): kept apart from a lead too (see keep_lead) */
	if (neg || str)
		*flags |= AF_APART;
	if ((v = tok_attr(tag, "role", NULL))) {
		if (!strcasecmp(v, "navigation") || !strcasecmp(v, "banner") ||
		    !strcasecmp(v, "contentinfo") ||
		    !strcasecmp(v, "complementary") ||
		    !strcasecmp(v, "search") || !strcasecmp(v, "menu"))
			str = 1;
		else if (!strcasecmp(v, "main") || !strcasecmp(v, "article"))
			pos = 1;
	}
	if (emb && str == 1)
		str = 0;
	/* the post's meta line, byline or author box: the positive word
	 * says whose, and cancels nothing */
	if (part_of && !str)
		pos = 0;
	/* a box of related posts is no post: the positive word is what
	 * the strong one qualifies, and cancels nothing */
	if (names_held && str) {
		pos = 0;
		*flags |= AF_RELATED;
	}
	if ((str && pos < 2) || str == 2)
		*flags |= AF_BOILER;
	if (str == 2)
		*flags |= AF_COMMENTS;
	if (pos)
		*flags |= AF_POSITIVE;
	return (pos == 2 ? 25 : pos ? 10 : 0) - (str || neg ? 25 : 0);
}

/* whether a class name opens as a page builder's do (data/labels.txt) */
static int
builder_class(const char *s, size_t n)
{
	const char *const *w;
	size_t k;

	/* asked for every class name of every tag: the first letter
	 * first, then byte by byte (the labels are in lower case) */
	int c0 = tolower((unsigned char)*s);

	for (w = label_builder; *w; w++) {
		if (**w != c0)
			continue;
		for (k = 1; (*w)[k] && k < n &&
		    (*w)[k] == tolower((unsigned char)s[k]); k++)
			;
		if (!(*w)[k])
			return 1;
	}
	return 0;
}

/* whether a class attribute holds a page builder's class name: asked
 * for every tag with a class, so the first letter is looked at first */
static int
builder_classes(const char *cls, size_t cn)
{
	size_t k, e;

	for (k = 0; k < cn; k = e) {
		for (; k < cn && isspace((unsigned char)cls[k]); k++)
			;
		for (e = k; e < cn && !isspace((unsigned char)cls[e]); e++)
			;
		if (e > k &&
		    builder_class(cls + k, e - k))
			return 1;
	}
	return 0;
}

/*
 * The class names without a number in them, hashed: a page builder
 * numbers each block ("vc_custom_1570185518", "et_pb_text_3",
 * "elementor-element-3f2a1b"), and the rest names its family.
 */
static unsigned
family_hash(const char *cls, size_t cn)
{
	unsigned h = 2166136261u, family = 0;
	size_t k, e;
	int digit;

	for (k = 0; k < cn; k = e) {
		for (; k < cn && isspace((unsigned char)cls[k]); k++)
			;
		for (e = k, digit = 0; e < cn &&
		    !isspace((unsigned char)cls[e]); e++)
			digit |= isdigit((unsigned char)cls[e]);
		if (e > k && !digit) {
			h = (h ^ hash(cls + k, e - k)) * 16777619u;
			family = h | 1;
		}
	}
	return family;
}

/*
 * A page its scripts write keeps its text in the data it hands them:
 * React's server-side props, data-react-props="{...}" on the element the
 * component fills (react-rails, React on Rails).  Kept per page, up to
 * ARTICLE_PROPS_MAX bytes in all (the page itself is bounded already);
 * read only when the page's HTML gives next to nothing (props_instead).
 */
#define ARTICLE_PROPS_MAX (1u << 20)

static void
keep_props(struct article *a, const struct tok_tag *tag)
{
	size_t i;

	for (i = 0; i < tag->nattrs; i++) {
		const struct tok_attr *at = &tag->attrs[i];

		if (at->name[0] != 'd' || at->value_len < 2 ||
		    strcmp(at->name, "data-react-props") != 0)
			continue;
		if (a->props.len + at->value_len + 1 <= ARTICLE_PROPS_MAX) {
			buf_add(&a->props, at->value, at->value_len);
			buf_addc(&a->props, '\n');
		}
		return;
	}
}

static void
push(struct article *a, const struct tok_tag *tag)
{
	struct art_node *nd;
	int parent = a->depth ? a->stack[a->depth - 1] : -1;
	unsigned flags = 0;

	if (a->nnodes == a->capnodes) {
		a->capnodes = a->capnodes ? a->capnodes * 2 : 256;
		a->nodes = xreallocarray(a->nodes, a->capnodes,
		    sizeof *a->nodes);
	}
	nd = &a->nodes[a->nnodes];
	memset(nd, 0, sizeof *nd);
	nd->parent = parent;
	nd->el = tag->el;
	nd->name_hash = hash(tag->name, tag->name_len);
	{
		const char *cls;
		size_t cn;

		if ((cls = tok_attr(tag, "class", &cn)) && cn) {
			nd->class_hash = hash(cls, cn) | 1;
			if (builder_classes(cls, cn)) {
				flags |= AF_BUILDER;
				nd->family = family_hash(cls, cn);
			}
		}
	}
	switch (tag->el) {
	case EL_NAV: case EL_FOOTER: case EL_ASIDE: case EL_MENU:
	case EL_DIALOG:
		flags |= AF_BOILER;
		break;
	case EL_HEADER:
		flags |= AF_HEADER | AF_APART;
		break;
	case EL_ARTICLE: case EL_MAIN:
		flags |= AF_POSITIVE;
		break;
	case EL_FIGURE: case EL_FIGCAPTION:
		flags |= AF_FIGURE;
		break;
	}
	nd->hint = hint_of(tag, &flags);
	keep_props(a, tag);
	/* captions do not make an article, wherever they sit; but a table
	 * or a listing set in a <figure> is its content, not a caption */
	nd->flags = flags | (parent >= 0 && tag->el != EL_TABLE &&
	    tag->el != EL_PRE ? a->nodes[parent].flags & AF_FIGURE : 0) |
	    (parent >= 0 ? a->nodes[parent].flags & AF_INGREDIENTS : 0);
	nd->depth = a->depth;
	if (a->depth < ARTICLE_MAX_DEPTH)
		a->stack[a->depth++] = (int)a->nnodes;
	a->nnodes++;
}

static int
same(const struct art_node *nd, const struct tok_tag *tag)
{
	return nd->el == tag->el && (tag->el != EL_UNKNOWN ||
	    nd->name_hash == hash(tag->name, tag->name_len));
}

void
article_tag(struct article *a, const struct tok_tag *tag)
{
	int i;

	if (tag->flags & EF_HEADING)
		a->heading = tag->end ? 0 : tag->name[1] - '0';
	if (!tag->end) {
		/* the end tags the parser would imply */
		if (a->depth && (tag->el == EL_P || tag->el == EL_LI ||
		    tag->el == EL_TD || tag->el == EL_TH || tag->el == EL_TR ||
		    tag->el == EL_DT || tag->el == EL_DD ||
		    tag->el == EL_OPTION) &&
		    same(&a->nodes[a->stack[a->depth - 1]], tag))
			a->depth--;
		else if (a->depth && (tag->flags & EF_BLOCK) &&
		    a->nodes[a->stack[a->depth - 1]].el == EL_P)
			a->depth--;	/* a block closes an open p */
		if (!tag->self_closing && !(tag->flags & EF_VOID))
			push(a, tag);
		return;
	}
	/* as in the parser, </body> and </html> close nothing: what
	 * follows them still belongs to the page's body */
	if (tag->el == EL_BODY || tag->el == EL_HTML)
		return;
	/* close the innermost open element of that name, and those in it */
	for (i = a->depth - 1; i >= 0 && a->depth - i <= 64; i--)
		if (same(&a->nodes[a->stack[i]], tag)) {
			a->depth = i;
			return;
		}
}

/*
 * The length of s[0..n) without the link that ends a teaser paragraph
 * ("... [czytaj więcej]", "... Read more »", "... (mehr)"): a label of
 * data/labels.txt at the end, after a space and at most one opening
 * bracket (required for the one-word labels written "(mehr)"), with only
 * brackets, dots, arrows and spaces after it.  Only when the paragraph
 * has at least as much link text as the label and text is left.
 */
static size_t
cut_read_more(const char *s, size_t n, size_t *links)
{
	const char *const *w;
	size_t end = n, k, at;

	/* brackets, dots, arrows and spaces at the end: "]", ")", "...",
	 * the ellipsis, "»", "›", "→" */
	for (;;) {
		if (end && strchr(" ]).>", s[end - 1]))
			end--;
		else if (end >= 3 && (!memcmp(s + end - 3, "\xE2\x80\xA6", 3) ||
		    !memcmp(s + end - 3, "\xE2\x80\xBA", 3) ||
		    !memcmp(s + end - 3, "\xE2\x86\x92", 3)))
			end -= 3;
		else if (end >= 2 && !memcmp(s + end - 2, "\xC2\xBB", 2))
			end -= 2;
		else
			break;
	}
	for (w = label_readmore; *w; w++) {
		const char *word = **w == '(' ? *w + 1 : *w;
		int bracketed = **w == '(';

		k = strlen(word) - bracketed;
		if (end < k + 2 || strncasecmp(s + end - k, word, k) != 0)
			continue;
		at = end - k;
		if (s[at - 1] == '[' || s[at - 1] == '(')
			at--;
		else if (bracketed)
			continue;
		if (at < 2 || s[at - 1] != ' ' || *links < k)
			continue;
		while (at && s[at - 1] == ' ')
			at--;
		if (!at)
			return n;
		*links -= *links < n - at ? *links : n - at;
		return at;
	}
	return n;
}

#define ZOOM_LINK 40	/* bytes: the longest zoom link looked up */

/*
 * Whether paragraph s[0..n), whose opening link text is lead bytes (as
 * html.c counts them: a byte more per text run, none for the spaces
 * between words), opens with a picture's zoom link ("Vergrößern",
 * "Click to enlarge"), all of that link, and a caption after it: not a
 * sentence that goes on from the link ("Vergrößern Sie die Karte",
 * "Click to enlarge the map").
 */
static int
zoom_link(const char *s, size_t n, size_t lead)
{
	const char *const *w, *after;
	size_t k, words;

	for (w = label_zoom; *w; w++) {
		k = strlen(*w);
		if (n < k + 2 || s[k] != ' ' || strncasecmp(s, *w, k) != 0)
			continue;
		for (words = 1, after = *w; (after = strchr(after, ' '));
		    after++)
			words++;
		if (lead + words < k || lead > k + 1)
			continue;
		after = s + k + 1;
		return !islower((unsigned char)*after) &&
		    !(n >= k + 5 && memcmp(after, "Sie ", 4) == 0);
	}
	return 0;
}

void
article_block(struct article *a, const char *s, size_t n, size_t links,
    size_t lead)
{
	struct art_block *b;
	int node = a->depth ? a->stack[a->depth - 1] : -1;

	n = cut_read_more(s, n, &links);

	if (a->nblocks == a->capblocks) {
		a->capblocks = a->capblocks ? a->capblocks * 2 : 256;
		a->blocks = xreallocarray(a->blocks, a->capblocks,
		    sizeof *a->blocks);
	}
	b = &a->blocks[a->nblocks++];
	b->off = a->store.len;
	b->len = n;
	b->links = links > n ? n : links;
	/* "Headline of another story Its first sentence...": a link of
	 * some length opens the paragraph and text follows */
	b->teaser = lead >= 20 && lead + 20 <= n;
	b->node = node;
	b->el = node >= 0 ? a->nodes[node].el : EL_UNKNOWN;
	b->heading = a->heading;
	b->zoom = lead && lead <= ZOOM_LINK && zoom_link(s, n, lead);
	buf_add(&a->store, s, n);
}

/* ---- scoring ---- */

/* elements that hold paragraphs rather than being one */
static int
is_container(int el)
{
	switch (el) {
	case EL_DIV: case EL_SECTION: case EL_ARTICLE: case EL_MAIN:
	case EL_BODY: case EL_HTML: case EL_TD: case EL_FORM:
	case EL_CENTER: case EL_UNKNOWN:
		return 1;
	}
	return 0;
}

static size_t
commas(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ',')
			c++;
		/* the fullwidth and ideographic commas */
		else if (i + 2 < n && s[i] == '\xEF' && s[i + 1] == '\xBC' &&
		    s[i + 2] == '\x8C')
			c++;
		else if (i + 2 < n && s[i] == '\xE3' && s[i + 1] == '\x80' &&
		    s[i + 2] == '\x81')
			c++;
	}
	return c;
}

/* boilerplate marks on the way from node up to (not including) root */
static int
boiler_below(const struct article *a, int node, int root)
{
	size_t most = root >= 0 ? a->nodes[root].text / 2 : 0;

	while (node >= 0 && node != root) {
		const struct art_node *nd = &a->nodes[node];

		/* an element holding most of the article is not aside,
		 * unless its class says what it is */
		if (root >= 0 && nd->text > most &&
		    !(nd->flags & (AF_COMMENTS | AF_RELATED))) {
			node = nd->parent;
			continue;
		}
		if (nd->hint < 0 || nd->el == EL_NAV ||
		    nd->el == EL_FOOTER || nd->el == EL_ASIDE ||
		    nd->el == EL_MENU || nd->el == EL_DIALOG)
			return 1;
		node = nd->parent;
	}
	return 0;
}

static double
tag_score(int el)
{
	switch (el) {
	case EL_DIV: case EL_ARTICLE: case EL_MAIN: case EL_SECTION:
		return 5;
	case EL_PRE: case EL_TD: case EL_BLOCKQUOTE:
		return 3;
	case EL_ADDRESS: case EL_OL: case EL_UL: case EL_DL: case EL_DD:
	case EL_DT: case EL_LI: case EL_FORM:
		return -3;
	case EL_H1: case EL_H2: case EL_H3: case EL_H4: case EL_H5:
	case EL_H6: case EL_TH:
		return -5;
	}
	return 0;
}

/*
 * What the paragraphs gave, weighed by the class/id hint (x1.5 for
 * "article-body", x0.5 for "sidebar"), plus the element's own weight,
 * less the share of link text.
 */
/* whether node is inside a kept node or holds one */
static int
overlaps(const struct article *a, int node, const char *keep)
{
	size_t i;
	int p;

	for (p = node; p >= 0; p = a->nodes[p].parent)
		if (keep[p])
			return 1;
	for (i = 0; i < a->nnodes; i++)
		if (keep[i])
			for (p = a->nodes[i].parent; p >= 0;
			    p = a->nodes[p].parent)
				if (p == node)
					return 1;
	return 0;
}

/* whether node is inside (or is) anc */
static int
within(const struct article *a, int node, int anc)
{
	for (; node >= 0; node = a->nodes[node].parent)
		if (node == anc)
			return 1;
	return 0;
}

/* a list of other stories: most paragraphs open with a linked headline */
static int
teaser_list(const struct art_node *nd)
{
	return nd->nblocks >= 3 && nd->teasers * 2 >= nd->nblocks;
}

/* whether node has a feed of teasers among its children */
static int
holds_feed(const struct article *a, int node)
{
	size_t i;

	for (i = 0; i < a->nnodes; i++)
		if (a->nodes[i].parent == node &&
		    (a->nodes[i].flags & AF_FEED) && a->nodes[i].text)
			return 1;
	return 0;
}

static double
final_score(const struct art_node *nd)
{
	double ld = nd->text ? (double)nd->links / (double)nd->text : 0;

	return (tag_score(nd->el) + nd->score * (1 + nd->hint / 50.0)) *
	    (1 - ld);
}

/* s[0..n) in ASCII lower case into low, cap bytes; 0 if it does not fit */
static int
lower_copy(char *low, size_t cap, const char *s, size_t n)
{
	size_t i;

	if (n >= cap)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = '\0';
	return 1;
}

/*
 * Whether low holds one of the labels (a NULL-terminated list) at the
 * start of a word: "foto:" in "Foto: Jan", not in "autofoto:".  A label
 * that opens with punctuation ("(photo", "|") may sit anywhere.
 */
static int
has_label(const char *low, const char *const *labels)
{
	const char *p;

	for (; *labels; labels++) {
		unsigned char c0 = (unsigned char)**labels;
		int anywhere = !isalnum(c0) && c0 < 0x80;

		for (p = low; (p = strstr(p, *labels)); p++)
			if (anywhere || p == low ||
			    (!isalnum((unsigned char)p[-1]) &&
			    (unsigned char)p[-1] < 0x80))
				return 1;
	}
	return 0;
}

/*
 * The first two letters (a-z) of the words of a lower-case line, as a
 * set: a label that opens with two such letters can only be found at a
 * word start that opens with them, so most labels of a list are passed
 * over without a strstr of the line.  Built once per line by set_phrase,
 * which looks for some 150 labels in every short paragraph.
 */
struct word_starts {
	unsigned char bit[(26 * 26 + 7) / 8];
};

static void
word_starts_of(struct word_starts *ws, const char *low)
{
	const char *p;
	unsigned k;

	memset(ws, 0, sizeof *ws);
	for (p = low; *p; p++)
		if ((p == low || (!isalnum((unsigned char)p[-1]) &&
		    (unsigned char)p[-1] < 0x80)) &&
		    *p >= 'a' && *p <= 'z' && p[1] >= 'a' && p[1] <= 'z') {
			k = (unsigned)(*p - 'a') * 26 + (unsigned)(p[1] - 'a');
			ws->bit[k / 8] |= (unsigned char)(1u << (k % 8));
		}
}

/* has_label, asking the index of low's word starts first */
static int
has_label_at(const char *low, const struct word_starts *ws,
    const char *const *labels)
{
	const char *p;
	unsigned k;

	for (; *labels; labels++) {
		const char *l = *labels;
		int anywhere = !isalnum((unsigned char)l[0]) &&
		    (unsigned char)l[0] < 0x80;

		if (l[0] >= 'a' && l[0] <= 'z' && l[1] >= 'a' && l[1] <= 'z') {
			k = (unsigned)(l[0] - 'a') * 26 + (unsigned)(l[1] - 'a');
			if (!(ws->bit[k / 8] & (1u << (k % 8))))
				continue;
		}
		for (p = low; (p = strstr(p, l)); p++)
			if (anywhere || p == low ||
			    (!isalnum((unsigned char)p[-1]) &&
			    (unsigned char)p[-1] < 0x80))
				return 1;
	}
	return 0;
}

/* "(Photo: AP)", "Image 2 of 5", "Jane Doe/Getty Images", "Foto: X, via
 * Wikimedia Commons | Lizenz: CC BY 4.0": short lines that credit a
 * picture (the marks in every language are in data/labels.txt) */
static int
photo_credit(const char *s, size_t n)
{
	char low[256];
	const char *p;

	if (n > 240 || !lower_copy(low, sizeof low, s, n))
		return 0;
	if (has_label(low, label_credit))
		return 1;
	/* "via Wikimedia Commons | Lizenz: CC BY 4.0": a licence line, not
	 * a sentence about one ("The film is in the public domain.") */
	if (n && !strchr(".!?", low[n - 1]) && has_label(low, label_licence))
		return 1;
	/* "Jane Doe/AP", "(Smith/AP)": an agency after a slash */
	for (p = low; (p = strstr(p, "/ap")); p++)
		if (!isalpha((unsigned char)p[3]))
			return 1;
	/* "image 3 of 12", "photo 1 of 5" */
	for (p = low; (p = strstr(p, " of ")); p++)
		if (p > low && isdigit((unsigned char)p[-1]) &&
		    isdigit((unsigned char)p[4]) && n < 24)
			return 1;
	return 0;
}

/*
 * Whether the first two words of s[0..n) read as a name: capitalised (a
 * letter beyond ASCII may be a capital: "Ángel Díaz"), or small words of
 * names and lists of names ("Anna und Jan Schmidt", "Jean de la Tour").
 */
static int
names_follow(const char *s, size_t n)
{
	static const char *const small[] = {
		"and", "und", "y", "e", "et", "i", "de", "da", "del", "di",
		"do", "dos", "du", "la", "le", "van", "von", "der", "den"
	};
	size_t i = 0, j, k, words = 0;

	while (i < n && words < 2) {
		for (j = i; j < n && s[j] != ' ' && s[j] != ','; j++)
			;
		if (j == i)
			return 0;
		if (!isupper((unsigned char)s[i]) &&
		    (unsigned char)s[i] < 0xC0) {
			for (k = 0; k < sizeof small / sizeof *small; k++)
				if (strlen(small[k]) == j - i &&
				    !strncmp(small[k], s + i, j - i))
					break;
			if (k == sizeof small / sizeof *small)
				return 0;
		}
		words++;
		for (i = j; i < n && (s[i] == ' ' || s[i] == ','); i++)
			;
	}
	return words > 0;
}

/* "4 Min Read", "Oct 18, 2019 · 8 min read", "Lesezeit: 3 Min.": how
 * long the article takes to read, with a number, "min" and a label of
 * data/labels.txt, not ending as a sentence ("I read 5 minutes a day.") */
static int
read_time(const char *s, size_t n)
{
	char low[96];

	if (n > 80 || !n || !lower_copy(low, sizeof low, s, n) ||
	    strchr("!?", low[n - 1]) || (low[n - 1] == '.' &&
	    !(n >= 4 && memcmp(low + n - 4, "min.", 4) == 0)))
		return 0;
	return strpbrk(low, "0123456789") && strstr(low, "min") &&
	    has_label(low, label_readtime);
}

static int
has_digit(const char *s, size_t n)
{
	while (n--)
		if (isdigit((unsigned char)*s++))
			return 1;
	return 0;
}

/* a dateline ("Updated 5:27 am CST, Wednesday, ...", "Aktualisiert am
 * 5.3.2020") or a byline */
static int
dateline(const char *s, size_t n)
{
	const char *const *w;
	size_t k;

	if (n > 80)
		return 0;
	/* "By Ann Lee - 11/18/19 11:04 PM", "Von Anna Schmidt": a byline;
	 * not "Von Montag an gilt ..." nor "Por Dios, qué calor." */
	for (w = label_byline; *w; w++) {
		k = strlen(*w);
		if (n > k + 1 && strncasecmp(s, *w, k) == 0 &&
		    s[k] == ' ' && names_follow(s + k + 1, n - k - 1) &&
		    !strchr(".!?", s[n - 1]))
			return 1;
	}
	for (w = label_dateline; *w; w++) {
		k = strlen(*w);
		if (n > k && strncasecmp(s, *w, k) == 0 &&
		    !(isalnum((unsigned char)(*w)[k - 1]) &&
		    isalnum((unsigned char)s[k])) && has_digit(s + k, n - k))
			return 1;
	}
	return 0;
}

/*
 * A post's metadata line with the date first: "24.01.2022 11:38
 * Kategorie: News", "News date : 04/21/2022 Category : Press Releases".
 * A box label that ends with a colon, at a word start after words that
 * hold a digit, in a line that does not end as a sentence (the caller
 * has checked its length).
 */
static int
dated_box_label(const char *s, size_t n)
{
	const char *const *w;
	size_t i, k, digit = n;

	if (strchr(".!?", s[n - 1]))
		return 0;
	for (i = 0; i < n && digit == n; i++)
		if (isdigit((unsigned char)s[i]))
			digit = i;
	for (i = digit + 1; i < n; i++) {
		if (s[i - 1] != ' ' || !isalpha((unsigned char)s[i]))
			continue;
		for (w = label_boxlabel; *w; w++) {
			if (tolower((unsigned char)**w) !=
			    tolower((unsigned char)s[i]))
				continue;
			k = strlen(*w);
			if ((*w)[k - 1] == ':' && n - i >= k &&
			    strncasecmp(s + i, *w, k) == 0)
				return 1;
		}
	}
	return 0;
}

/* the label of a box around the article, as a short line opens:
 * "Kategorie: News", "Über den Autor", "Zobacz także" (data/labels.txt);
 * not a sentence of more than eight words ("Lesen Sie auch in Zukunft,
 * wie ...") */
static int
box_label(const char *s, size_t n)
{
	const char *const *w;
	size_t k, words = 1;

	if (n > 120 || !n)
		return 0;
	for (k = 0; k < n; k++)
		words += s[k] == ' ';
	if (words > 8 && strchr(".!?", s[n - 1]))
		return 0;
	for (w = label_boxlabel; *w; w++) {
		/* the first byte first: asked for every kept paragraph */
		if (tolower((unsigned char)**w) != tolower((unsigned char)*s))
			continue;
		k = strlen(*w);
		if (n >= k && strncasecmp(s, *w, k) == 0 && (n == k ||
		    !isalnum((unsigned char)(*w)[k - 1]) ||
		    !isalnum((unsigned char)s[k])))
			return 1;
	}
	return dated_box_label(s, n);
}

/*
 * The signature under a news story: the writer's initials and the
 * agency ("aja/PAP", "jj / AFP", "(dpa/lno)"): a line of letters only,
 * at most 24 bytes, with letters on both sides of one slash.  (An
 * agency alone in capitals is no signature: "SELECT", "GPS" in lists.)
 */
static int
signature(const char *s, size_t n)
{
	size_t i, letters = 0, slash = 0, before = 0;

	if (n > 24 || n < 2)
		return 0;
	if (s[0] == '(' && s[n - 1] == ')') {
		s++;
		n -= 2;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isalpha(c))
			letters++;
		else if (c == '/' && !slash && letters) {
			slash = 1;
			before = letters;
		} else if (!(c == ' ' && ((i && s[i - 1] == '/') ||
		    (i + 1 < n && s[i + 1] == '/'))))
			return 0;
	}
	return slash && before && letters > before;
}

/* a figure's caption set as a paragraph: "Abbildung 4: klassische
 * Schwachschicht.", "Fig. 2. The site" (a word of data/labels.txt, a
 * space, a number) */
static int
caption(const char *s, size_t n)
{
	const char *const *w;
	size_t k;

	if (n > 240)
		return 0;
	for (w = label_caption; *w; w++) {
		if (tolower((unsigned char)**w) != tolower((unsigned char)*s))
			continue;
		k = strlen(*w);
		if (n > k + 1 && strncasecmp(s, *w, k) == 0 && s[k] == ' ' &&
		    isdigit((unsigned char)s[k + 1]))
			return 1;
	}
	return 0;
}

/*
 * A consent banner's notice ("Diese Website verwendet Cookies. Wenn du
 * die Website weiterhin nutzt, stimmst du ... zu."): a mark of the site
 * setting cookies and one of asking to agree, in a lower-case line of
 * up to 400 bytes.  A privacy policy that says which cookies are set
 * asks nobody to agree in the same line, and stays.
 */
static int
cookie_notice(const char *low, const struct word_starts *ws)
{
	/* "cookie" is in every mark: most lines are done with one strstr */
	return strstr(low, "cookie") && has_label_at(low, ws, label_cookie) &&
	    has_label_at(low, ws, label_consent);
}

/*
 * A call to get the publisher's app ("For the latest stories download
 * our apps for iOS and Android.", "Lesen Sie das Magazin in der App
 * (iTunes und Google Play)"): an app store's name and a call to get or
 * read, in a lower-case line (the caller keeps it under 200 bytes).
 */
static int
app_call(const char *low, const struct word_starts *ws)
{
	return has_label_at(low, ws, label_appstore) &&
	    has_label_at(low, ws, label_appcall);
}

/*
 * A call to follow on a social platform: "Follow The Gleaner on Twitter
 * and Instagram", "Folge mir auf Instagram!".  The line opens with the
 * verb, as a call does; a sentence that tells of following ("Fans can
 * follow the match on Twitter") stays.
 */
static int
follow_call(const char *low, const struct word_starts *ws)
{
	const char *const *w;
	size_t k;

	for (w = label_follow; *w; w++) {
		if (**w != *low)
			continue;
		k = strlen(*w);
		if (strncmp(low, *w, k) == 0 && low[k] == ' ')
			return has_label_at(low + k, ws, label_social);
	}
	return 0;
}

/*
 * The set phrases of page furniture looked for anywhere in a line, in
 * one lower-case copy: a blog's filing line ("This entry was posted in
 * News. Bookmark the permalink.") or a plea to donate or to follow the
 * writer, in a line of up to 400 bytes; a call to subscribe in one of
 * up to 200 (data/labels.txt)
 */
static int
set_phrase(const char *s, size_t n)
{
	char low[400];
	struct word_starts ws;

	if (!lower_copy(low, sizeof low, s, n))
		return 0;
	word_starts_of(&ws, low);
	return (n < 200 && has_label_at(low, &ws, label_promo)) ||
	    has_label_at(low, &ws, label_plea) ||
	    has_label_at(low, &ws, label_filing) ||
	    has_label_at(low, &ws, label_disclosure) ||
	    cookie_notice(low, &ws) || (n < 200 && app_call(low, &ws)) ||
	    follow_call(low, &ws);
}

static int
keep_block(const struct article *a, const struct art_block *b, int root,
    const char *title)
{
	const char *s = a->store.data + b->off;
	size_t len = utf8_length(s, b->len);
	int from = b->node;

	if (from >= 0 && (a->nodes[from].flags & AF_FIGURE)) {
		/* a caption, unless the page is its pictures: then the
		 * figure's own class ("slide-caption") is no mark against
		 * it, and what is around the figure decides */
		if (!(a->gallery >= 0 && within(a, from, a->gallery)))
			return 0;
		while (from >= 0 && (a->nodes[from].flags & AF_FIGURE))
			from = a->nodes[from].parent;
	}
	if (from >= 0 && boiler_below(a, from, root))
		return 0;
	if (b->links * 2 > b->len && len < 300 && !(b->node >= 0 &&
	    (a->nodes[b->node].flags & AF_INGREDIENTS)))
		return 0;	/* mostly links: navigation, related; not
				 * a recipe's ingredients ("1 Pck. Dr.
				 * Oetker Vanillin-Zucker", linked) */
	if ((b->zoom && b->len <= 240) ||
	    article_furniture(s, b->len) || photo_credit(s, b->len) ||
	    dateline(s, b->len) || set_phrase(s, b->len) ||
	    caption(s, b->len) || read_time(s, b->len) ||
	    box_label(s, b->len) || signature(s, b->len))
		return 0;
	if (b->heading && title && b->len >= 8 &&
	    (memmem(title, strlen(title), s, b->len) ||
	    memmem(s, b->len, title, strlen(title))))
		return 0;	/* the headline: it is in the title attribute */
	if (b->heading == 1)
		return 0;
	return 1;
}

/* the tr a block's cell sits in, or -1 if it is not in a cell */
static int
table_row(const struct article *a, const struct art_block *b)
{
	int p;

	if (b->node < 0 || (b->el != EL_TD && b->el != EL_TH))
		return -1;
	p = a->nodes[b->node].parent;
	return p >= 0 && a->nodes[p].el == EL_TR ? p : -1;
}

/*
 * Where kept paragraphs go: to emit, or only counted (emit NULL); memo,
 * if not NULL, marks the block (or the first cell of the row) at which
 * each was kept, so that the choice can be written without judging
 * every paragraph again.
 */
struct body_out {
	void (*emit)(void *ctx, const char *s, size_t n);
	void *ctx;
	size_t bytes;		/* of text kept */
	unsigned char *memo;	/* per block */
	size_t at;		/* the block being judged */
};

static void
body_emit(struct body_out *o, const char *s, size_t n)
{
	o->bytes += n;
	if (o->memo)
		o->memo[o->at] = 1;
	if (o->emit)
		o->emit(o->ctx, s, n);
}

/* blocks [from, to) are the cells of one row: judged and written as one */
static void
keep_row(struct article *a, size_t from, size_t to, int root,
    struct body_out *out)
{
	const struct art_block *b = &a->blocks[from];
	struct buf row = BUF_INIT;
	size_t i, links = 0;

	if (boiler_below(a, b->node, root) ||
	    (a->nodes[b->node].flags & AF_FIGURE))
		return;
	for (i = from; i < to; i++) {
		if (row.len)
			buf_addc(&row, ' ');
		buf_add(&row, a->store.data + a->blocks[i].off,
		    a->blocks[i].len);
		links += a->blocks[i].links;
	}
	if (!(links * 2 > row.len && utf8_length(row.data, row.len) < 300 &&
	    !(a->nodes[b->node].flags & AF_INGREDIENTS)) &&
	    !article_furniture(row.data, row.len))
		body_emit(out, row.data, row.len);
	buf_free(&row);
}

/* ---- the JSON-LD articleBody as a cross-check ---- */

/*
 * Texts are compared by shingles: hashes of four words in a row (as the
 * AEB metric does).  A word is a run of letters and digits; each CJK
 * character is a word of its own, since those scripts have no spaces.
 * Markup inside an articleBody ("<p>...</p>", "&amp;") is skipped.
 */
#define LD_MAX_SHINGLES (1 << 16)

struct shingles {
	uint64_t *slot;		/* 0 is empty */
	size_t cap, n;
	uint64_t last[3];	/* the words before the current one */
	size_t words;
	/* for a lookup pass */
	size_t seen, hits;
};

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1;
}

static void
sh_add(struct shingles *t, uint64_t h)
{
	size_t i;

	if (t->n * 2 >= t->cap || t->n >= LD_MAX_SHINGLES)
		return;
	for (i = h & (t->cap - 1); t->slot[i]; i = (i + 1) & (t->cap - 1))
		if (t->slot[i] == h)
			return;
	t->slot[i] = h;
	t->n++;
}

static int
sh_has(const struct shingles *t, uint64_t h)
{
	size_t i;

	if (!t->cap)
		return 0;
	for (i = h & (t->cap - 1); t->slot[i]; i = (i + 1) & (t->cap - 1))
		if (t->slot[i] == h)
			return 1;
	return 0;
}

/* a word's hash: add its shingle to the table (add) or look it up */
static void
sh_word(struct shingles *t, uint64_t w, int add)
{
	uint64_t h;

	if (t->words >= 3) {
		h = mix(t->last[0] * 31 + t->last[1] * 961 +
		    t->last[2] * 29791 + w);
		if (add)
			sh_add(t, h);
		else {
			t->seen++;
			t->hits += sh_has(t, h);
		}
	}
	t->last[0] = t->last[1];
	t->last[1] = t->last[2];
	t->last[2] = w;
	t->words++;
}

static void
sh_text(struct shingles *t, const char *s, size_t n, int add, int markup)
{
	size_t i = 0, k;
	uint64_t w = 0;
	int in_word = 0;
	int32_t cp;

	t->words = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (markup && (c == '<' || c == '&')) {
			const char *e = memchr(s + i, c == '<' ? '>' : ';',
			    n - i < 40 || c == '<' ? n - i : 40);

			if (e) {
				if (in_word)
					sh_word(t, w, add);
				in_word = 0;
				i = (size_t)(e - s) + 1;
				continue;
			}
		}
		if (c < 0x80) {
			if (isalnum(c)) {
				w = (in_word ? w : 14695981039346656037ULL);
				w = (w ^ c) * 1099511628211ULL;
				in_word = 1;
			} else if (in_word) {
				sh_word(t, w, add);
				in_word = 0;
			}
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp >= 0x2E80 || (cp >= 0x2000 && cp <= 0x206F) ||
		    (cp >= 0xA0 && cp <= 0xBF) || cp < 0) {
			/* punctuation ends a word; CJK is a word itself */
			if (in_word)
				sh_word(t, w, add);
			in_word = 0;
			if (cp >= 0x2E80 && !(cp >= 0x3000 && cp <= 0x303F) &&
			    !(cp >= 0xFF00 && cp <= 0xFF0F))
				sh_word(t, (uint64_t)cp * 0x9E3779B97F4A7C15ULL,
				    add);
		} else {
			w = (in_word ? w : 14695981039346656037ULL);
			w = (w ^ (uint64_t)cp) * 1099511628211ULL;
			in_word = 1;
		}
		i += k;
	}
	if (in_word)
		sh_word(t, w, add);
}

/*
 * What the articleBody says of each block: hit[i] of its sh[i] shingles
 * are in the articleBody.  Returns 0 (nothing filled) when there is no
 * articleBody worth trusting: short, or mostly not in the page's text.
 */
static int
ld_check(struct article *a, size_t *sh, size_t *hit, size_t *ld_n)
{
	struct shingles t;
	size_t i, found = 0;
	int markup;

	if (a->ldbody.len < 200)
		return 0;
	memset(&t, 0, sizeof t);
	for (t.cap = 1024; t.cap < a->ldbody.len / 2 &&
	    t.cap < 2 * LD_MAX_SHINGLES; t.cap *= 2)
		;
	t.slot = xcalloc(t.cap, sizeof *t.slot);
	markup = memmem(a->ldbody.data, a->ldbody.len, "</", 2) != NULL ||
	    memmem(a->ldbody.data, a->ldbody.len, "<br", 3) != NULL;
	sh_text(&t, a->ldbody.data, a->ldbody.len, 1, markup);
	for (i = 0; i < a->nblocks; i++) {
		t.seen = t.hits = 0;
		sh_text(&t, a->store.data + a->blocks[i].off,
		    a->blocks[i].len, 0, 0);
		sh[i] = t.seen;
		hit[i] = t.hits;
		found += t.hits;
	}
	*ld_n = t.n;
	free(t.slot);
	return t.n >= 20 && found * 2 >= t.n;
}

static int
in_kept(const struct article *a, const char *keep, int node)
{
	for (; node >= 0; node = a->nodes[node].parent)
		if (keep[node])
			return 1;
	return 0;
}

/* the kept node node is in (or is), -1 if none */
static int
kept_root_of(const struct article *a, const char *keep, int node)
{
	for (; node >= 0; node = a->nodes[node].parent)
		if (keep[node])
			return node;
	return -1;
}

/* how long (in characters) the kept paragraph before the articleBody's
 * first must be to be taken for its standfirst rather than a label */
#define LD_STANDFIRST_MIN 80

/*
 * With an articleBody that is in the page: if the kept containers miss
 * most of it, keep instead the container that matches it best (most
 * shingles in it, fewest not); if it is about as long as what is kept,
 * drop kept sentences it does not have; outside, keep sentences it has.
 * Text still comes from the page, only the choice is checked.
 */
static void
ld_apply(struct article *a, char *keep, signed char *force)
{
	size_t *sh, *hit, *nsh, *nhit, ld_n, i, found = 0, in_h = 0, in_sh;
	size_t first, last, standfirst;
	int p, bestnode = -1;
	double v, top = 0;

	if (!a->nblocks)
		return;
	sh = xcalloc(a->nblocks, sizeof *sh);
	hit = xcalloc(a->nblocks, sizeof *hit);
	if (!ld_check(a, sh, hit, &ld_n))
		goto out;
	in_sh = 0;
	for (i = 0; i < a->nblocks; i++) {
		found += hit[i];
		if (a->blocks[i].node >= 0 &&
		    in_kept(a, keep, a->blocks[i].node)) {
			in_h += hit[i];
			in_sh += sh[i];
		}
	}
	/* an articleBody under a third of the kept text is a summary (the
	 * lead alone): it does not overrule the choice */
	if (in_h * 2 < found && ld_n * 3 >= in_sh) {
		nsh = xcalloc(a->nnodes, sizeof *nsh);
		nhit = xcalloc(a->nnodes, sizeof *nhit);
		for (i = 0; i < a->nblocks; i++)
			for (p = a->blocks[i].node; p >= 0;
			    p = a->nodes[p].parent) {
				nsh[p] += sh[i];
				nhit[p] += hit[i];
			}
		for (i = 0; i < a->nnodes; i++) {
			v = 2.0 * (double)nhit[i] - (double)nsh[i];
			if (!(a->nodes[i].flags & AF_COMMENTS) &&
			    (bestnode < 0 || v > top)) {
				bestnode = (int)i;
				top = v;
			}
		}
		if (bestnode >= 0 && nhit[bestnode] * 2 >= found) {
			memset(keep, 0, a->nnodes);
			keep[bestnode] = 1;
		}
		free(nsh);
		free(nhit);
	}
	in_sh = 0;
	for (i = 0; i < a->nblocks; i++)
		if (a->blocks[i].node >= 0 &&
		    in_kept(a, keep, a->blocks[i].node))
			in_sh += sh[i];
	/* where the body starts and ends: the first and last block of it */
	for (first = 0; first < a->nblocks && !(sh[first] >= 4 &&
	    hit[first] * 2 >= sh[first]); first++)
		;
	for (last = a->nblocks; last > first && !(sh[last - 1] >= 4 &&
	    hit[last - 1] * 2 >= sh[last - 1]); last--)
		;
	/* the kept paragraph just before the body, when it is one of some
	 * length (not a heading, a list item, a dateline or a label), is the
	 * standfirst many publishers leave out of the articleBody: it stays */
	standfirst = a->nblocks;
	for (i = first < a->nblocks ? first : 0; i-- > 0; ) {
		const struct art_block *b = &a->blocks[i];

		if (b->node < 0 || sh[i] < 4 || !in_kept(a, keep, b->node))
			continue;
		if (!b->heading && b->el != EL_LI &&
		    utf8_length(a->store.data + b->off, b->len) >=
		    LD_STANDFIRST_MIN)
			standfirst = i;
		break;
	}
	for (i = 0; i < a->nblocks; i++) {
		int in = a->blocks[i].node >= 0 &&
		    in_kept(a, keep, a->blocks[i].node);

		if (sh[i] < 4)
			continue;	/* too short to tell */
		/* inside, a sentence it lacks may be a quote or an embed */
		if (in && !hit[i] && ld_n * 2 >= in_sh &&
		    (i < first || i >= last) && i != standfirst)
			force[i] = -1;
		else if (!in && hit[i] * 5 >= sh[i] * 4)
			force[i] = 1;
	}
out:
	free(sh);
	free(hit);
}

/*
 * What is written: the paragraphs in the kept containers (BODY_KEPT),
 * every paragraph the filters let through (BODY_FILTERED: no container
 * won), or every paragraph as it is (BODY_ALL: the page's plain text).
 * force[] (the articleBody's word) counts only in BODY_KEPT.
 */
enum { BODY_KEPT, BODY_FILTERED, BODY_ALL };

static void
write_body(struct article *a, int mode, const char *keep,
    const signed char *force, const char *title, struct body_out *out)
{
	size_t i, next;
	int root, *kept_root = NULL;

	/* the kept node each node is in, or -1: parents come before their
	 * children, so one pass (not a walk up from every paragraph) */
	if (mode == BODY_KEPT) {
		kept_root = xreallocarray(NULL, a->nnodes + 1,
		    sizeof *kept_root);
		for (i = 0; i < a->nnodes; i++)
			kept_root[i] = keep[i] ? (int)i :
			    a->nodes[i].parent >= 0 ?
			    kept_root[a->nodes[i].parent] : -1;
	}
	for (i = 0; i < a->nblocks; i = next) {
		const struct art_block *b = &a->blocks[i];
		int row = table_row(a, b);

		/* the cells of a table row make one paragraph, "1 Kyle Busch
		 * 5040": a number alone is no furniture there */
		for (next = i + 1; row >= 0 && next < a->nblocks &&
		    table_row(a, &a->blocks[next]) == row; next++)
			;
		out->at = i;
		if (mode == BODY_ALL) {
			for (; i < next; i++) {
				out->at = i;
				body_emit(out, a->store.data +
				    a->blocks[i].off, a->blocks[i].len);
			}
			continue;
		}
		if (mode == BODY_KEPT && row < 0 && force[i]) {
			/* the articleBody decided */
			if (force[i] > 0 && keep_block(a, b, b->node, title))
				body_emit(out, a->store.data + b->off, b->len);
			continue;
		}
		if (mode == BODY_KEPT) {
			root = b->node >= 0 ? kept_root[b->node] : -1;
			if (root < 0)
				continue;
		} else {
			root = -1;
		}
		if (row >= 0)
			keep_row(a, i, next, root, out);
		else if (keep_block(a, b, root, title))
			body_emit(out, a->store.data + b->off, b->len);
	}
	free(kept_root);
}

/* boilerplate by its own element or class, not only by an ancestor's
 * mark (the best itself may sit under a wrongly marked wrapper,
 * "sidebar-wrapper" around the whole post) */
static int
own_boiler(const struct article *a, int node)
{
	const struct art_node *nd = &a->nodes[node];

	if (!(nd->flags & AF_BOILER))
		return 0;
	return nd->parent < 0 || !(a->nodes[nd->parent].flags & AF_BOILER) ||
	    nd->hint < 0 || nd->el == EL_NAV || nd->el == EL_FOOTER ||
	    nd->el == EL_ASIDE || nd->el == EL_MENU || nd->el == EL_DIALOG;
}

/* the same class, or for a page builder's blocks the same class names
 * but those that number each block */
static int
same_family(const struct art_node *w, const struct art_node *nd)
{
	if (w->flags & nd->flags & AF_BUILDER)
		return w->family && nd->family == w->family;
	return w->class_hash && nd->class_hash == w->class_hash;
}

/*
 * The same element with the same class as the best, or as a wrapper
 * holding only it, beside it: the next step of a recipe or a how-to, the
 * next row of a page builder's post, the next post of a thread; not one
 * mostly of links or whose text is mostly under a negative class
 * ("elastic-container" around "author-bio").  One pass over the nodes.
 */
static void
same_class_siblings(const struct article *a, int best, char *keep)
{
	int *wrapper = xcalloc(a->nnodes + 1, sizeof *wrapper);
	size_t i;
	int p;

	/* wrapper[parent] - 1: the best or its wrapper under parent */
	for (p = best; p >= 0 && a->nodes[p].parent >= 0;
	    p = a->nodes[p].parent) {
		wrapper[a->nodes[p].parent] = p + 1;
		if (a->nodes[a->nodes[p].parent].text != a->nodes[p].text)
			break;
	}
	/* a page builder's post: the rows, columns and widgets of the same
	 * family beside each of the builder's blocks the best sits in */
	for (p = p >= 0 ? a->nodes[p].parent : -1;
	    p >= 0 && a->nodes[p].parent >= 0; p = a->nodes[p].parent)
		if (a->nodes[p].flags & AF_BUILDER)
			wrapper[a->nodes[p].parent] = p + 1;
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i], *w;

		if (nd->parent < 0 || !wrapper[nd->parent] ||
		    wrapper[nd->parent] - 1 == (int)i)
			continue;
		w = &a->nodes[wrapper[nd->parent] - 1];
#ifdef ARTICLE_DEBUG
		fprintf(stderr, "sib %zu of %d: fam %u/%u el %d text %zu links %zu aside %zu hint %d flags %u\n", i, wrapper[nd->parent] - 1, nd->family, w->family, nd->el, nd->text, nd->links, nd->aside, nd->hint, nd->flags);
#endif
		if (same_family(w, nd) &&
		    nd->el == w->el && (nd->candidate || nd->text - nd->links >= 100) &&
		    nd->links * 4 < nd->text && nd->aside * 2 < nd->text &&
		    nd->hint >= 0 && !(nd->flags & AF_FEED) &&
		    !own_boiler(a, (int)i) && !teaser_list(nd))
			keep[i] = 1;
	}
	free(wrapper);
}

/* what write_body kept, as its memo marks it, written again */
static void
replay(struct article *a, const unsigned char *memo,
    void (*emit)(void *ctx, const char *s, size_t n), void *ctx)
{
	struct buf row = BUF_INIT;
	size_t i, next;

	for (i = 0; i < a->nblocks; i = next) {
		int r = table_row(a, &a->blocks[i]);

		for (next = i + 1; r >= 0 && next < a->nblocks &&
		    table_row(a, &a->blocks[next]) == r; next++)
			;
		if (!memo[i]) {
			next = i + 1;	/* BODY_ALL marks each cell */
			continue;
		}
		if (r < 0 || next == i + 1) {
			emit(ctx, a->store.data + a->blocks[i].off,
			    a->blocks[i].len);
			next = i + 1;
			continue;
		}
		buf_clear(&row);
		for (; i < next; i++) {
			if (row.len)
				buf_addc(&row, ' ');
			buf_add(&row, a->store.data + a->blocks[i].off,
			    a->blocks[i].len);
		}
		emit(ctx, row.data, row.len);
	}
	buf_free(&row);
}

/*
 * How much text a choice must give before it is believed: something, on
 * a page of little text (a short note is its own article); on a page
 * with 1,000 bytes or more of text outside links, ARTICLE_TINY bytes (a
 * photo credit or a date line alone is not the article of such a page).
 */
#define ARTICLE_TINY 150

static size_t
enough(const struct article *a)
{
	size_t i, text = 0;

	for (i = 0; i < a->nblocks; i++)
		text += a->blocks[i].len - a->blocks[i].links;
	return text >= 1000 ? ARTICLE_TINY : 1;
}

/* the number of containers fall_back tries, best first */
#define ARTICLE_TRIES 8

/*
 * The choice gave nothing, or a crumb: instead, the next best container
 * that gives enough (strongest first, outside comments and feeds); else
 * the container of the densest paragraph (the longest outside links);
 * else every paragraph the filters let through; else the page's plain
 * text, so that a page with text never comes out empty.  Returns the
 * mode for write_body, with keep[] set for BODY_KEPT.
 */
static int
fall_back(struct article *a, char *keep, signed char *force,
    const char *title, int first)
{
	struct body_out count;
	size_t i, want = enough(a), dense_len = 0;
	char *tried = xcalloc(a->nnodes + 1, 1);
	int tries, next, dense = -1;
	double s, ns;

	memset(force, 0, a->nblocks);
	if (first >= 0)
		tried[first] = 1;
	for (tries = 0; tries < ARTICLE_TRIES; tries++) {
		next = -1;
		ns = 0;
		for (i = 0; i < a->nnodes; i++) {
			const struct art_node *nd = &a->nodes[i];

			/* (its text bounds what it can give) */
			if (!nd->candidate || tried[i] || nd->text < want ||
			    (nd->flags & (AF_COMMENTS | AF_FEED)))
				continue;
			s = final_score(nd);
			if (next < 0 || s > ns) {
				next = (int)i;
				ns = s;
			}
		}
		if (next < 0)
			break;
		tried[next] = 1;
		memset(keep, 0, a->nnodes);
		keep[next] = 1;
		count = (struct body_out){ NULL, NULL, 0, NULL, 0 };
		write_body(a, BODY_KEPT, keep, force, title, &count);
		if (count.bytes >= want)
			goto out;
	}
	for (i = 0; i < a->nblocks; i++) {
		const struct art_block *b = &a->blocks[i];

		if (b->node >= 0 && !(a->nodes[b->node].flags & AF_COMMENTS) &&
		    b->len - b->links > dense_len) {
			dense = b->node;
			dense_len = b->len - b->links;
		}
	}
	if (dense >= 0) {
		memset(keep, 0, a->nnodes);
		keep[dense] = 1;
		count = (struct body_out){ NULL, NULL, 0, NULL, 0 };
		write_body(a, BODY_KEPT, keep, force, title, &count);
		if (count.bytes >= want)
			goto out;
	}
	count = (struct body_out){ NULL, NULL, 0, NULL, 0 };
	write_body(a, BODY_FILTERED, keep, force, title, &count);
	free(tried);
	return count.bytes >= want ? BODY_FILTERED : BODY_ALL;
out:
	free(tried);
	return BODY_KEPT;
}

#define HEADED_MIN 500	/* bytes outside links in the headed article */

/*
 * Pages that load the next stories as the reader scrolls hold several
 * <article>s, each a whole story; the longest wins the scores, though
 * the page is the one its headline names.  The <article> that holds the
 * heading matching the page's title, apart from the best (neither holds
 * the other), outside boilerplate and feeds, with 500 bytes or more
 * outside links: its best container instead; -1 when there is none.
 * (The other stories are not shut out after it: strong containers
 * elsewhere may still come along, as on any page.)
 */
static int
headed_article(const struct article *a, int best, const char *title)
{
	size_t i, tn = title ? strlen(title) : 0;
	int p, art = -1, pick = -1;
	double top = 0;

	if (tn < 8)
		return -1;
	for (i = 0; i < a->nblocks && art < 0; i++) {
		const struct art_block *b = &a->blocks[i];
		const char *s = a->store.data + b->off;

		if (!b->heading || b->node < 0 || b->len < 8 ||
		    !(memmem(title, tn, s, b->len) ||
		    memmem(s, b->len, title, tn)))
			continue;
		for (p = b->node; p >= 0 && a->nodes[p].el != EL_ARTICLE;
		    p = a->nodes[p].parent)
			;
		art = p;
	}
	if (art < 0 || within(a, best, art) || within(a, art, best))
		return -1;
	if ((a->nodes[art].flags & (AF_BOILER | AF_FEED | AF_COMMENTS)) ||
	    a->nodes[art].text - a->nodes[art].links < HEADED_MIN)
		return -1;
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i];

		if (!nd->candidate || (nd->flags & (AF_BOILER | AF_FEED)) ||
		    !within(a, (int)i, art))
			continue;
		if (pick < 0 || final_score(nd) > top) {
			pick = (int)i;
			top = final_score(nd);
		}
	}
	return pick;
}

#define GALLERY_CAPTIONS 5	/* captions of a page of pictures, at least */
#define GALLERY_CAPTION 80	/* bytes of text outside links in one */

/*
 * A page of pictures (a gallery, a listicle of slides): its text is in
 * the captions, which never score, so the best container is the short
 * introduction above them.  The lowest of the best and its next three
 * ancestors, outside boilerplate and not a feed itself, holding five captions of
 * 80 bytes or more outside links whose text is at least half of its own
 * and twice what the best holds outside captions, is the article; -1
 * when there is none.
 */
static int
gallery(const struct article *a, int best)
{
	size_t *cap_text = xcalloc(a->nnodes + 1, sizeof *cap_text);
	int *caps = xcalloc(a->nnodes + 1, sizeof *caps);
	size_t i, plain;
	int p, level, found = -1;

	for (i = 0; i < a->nblocks; i++) {
		const struct art_block *b = &a->blocks[i];

		if (b->node < 0 || !(a->nodes[b->node].flags & AF_FIGURE) ||
		    b->len - b->links < GALLERY_CAPTION)
			continue;
		for (p = b->node; p >= 0; p = a->nodes[p].parent) {
			cap_text[p] += b->len - b->links;
			caps[p]++;
		}
	}
	plain = a->nodes[best].text - a->nodes[best].links -
	    cap_text[best];
	for (p = best, level = 0; p >= 0 && level < 4;
	    p = a->nodes[p].parent, level++) {
		const struct art_node *nd = &a->nodes[p];

		/* (its slides may look like a feed of short <article>s
		 * with links: the captions tell them from teasers) */
		if (nd->flags & (AF_BOILER | AF_FEED))
			break;
		if (caps[p] >= GALLERY_CAPTIONS &&
		    cap_text[p] * 2 >= nd->text - nd->links &&
		    cap_text[p] >= plain * 2) {
			found = p;
			break;
		}
	}
	free(caps);
	free(cap_text);
	return found;
}

/* whether s[0..n) is, all of it, the heading of a box about the writer
 * (data/labels.txt, [authorbox]; case folded for A-Z, a colon after) */
static int
author_box_heading(const char *s, size_t n)
{
	const char *const *w;
	size_t k;

	while (n && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	for (w = label_authorbox; *w; w++) {
		k = strlen(*w);
		if (k == n && strncasecmp(s, *w, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * The sections headed by an author box's heading ("Über den Autor",
 * "Autor:innen"): their paragraphs, up to the next heading of the same
 * level or higher, are marked in bio[] (per block) and do not score: the
 * writer's portrait often holds more text than a short article (a map
 * with a caption, a poem) and won it.  (Inside a kept container they are
 * still written: dropping them too cost Readability's held-out half a
 * page whose gold keeps its "About the Author" line.)
 */
static void
author_sections(const struct article *a, unsigned char *bio)
{
	size_t i;
	int level = 0;	/* of the open author box's heading, 0 if none */

	for (i = 0; i < a->nblocks; i++) {
		const struct art_block *b = &a->blocks[i];

		if (b->heading && (!level || b->heading <= level))
			level = author_box_heading(a->store.data + b->off,
			    b->len) ? b->heading : 0;
		else if (level)
			bio[i] = 1;
	}
}

/*
 * A page of a question and its answers (or a thread of posts) marks each
 * one's text itemprop=text (schema.org Question, Answer,
 * DiscussionForumPosting); their classes differ ("question", "answer"),
 * so the same-class rule does not bring the question beside the best
 * answer.  When the best is one of them, or holds one, every other one
 * with text, outside comments and boilerplate, comes along.
 */
static void
keep_item_texts(const struct article *a, int best, char *keep)
{
	size_t i, n = 0;
	int p, in = 0;

	for (p = best; p >= 0 && !in; p = a->nodes[p].parent)
		in = (a->nodes[p].flags & AF_ITEMTEXT) != 0;
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i];

		if (!(nd->flags & AF_ITEMTEXT) || !nd->text)
			continue;
		n++;
		if (!in && within(a, (int)i, best))
			in = 1;
	}
	if (!in || n < 2)
		return;
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i];

		if ((nd->flags & AF_ITEMTEXT) && nd->text > nd->links &&
		    !(nd->flags & (AF_COMMENTS | AF_BOILER | AF_FEED)))
			keep[i] = 1;
	}
}

/*
 * The wrapper around the best container that holds little else: the
 * lead paragraph (standfirst) a page sets apart just above the body, in
 * a block of its own.  The highest ancestor in which the best holds 85%
 * of the text or more, outside boilerplate, mostly not links; -1 when
 * there is none.
 */
/*
 * A recipe's ingredients sit in a box of their own beside the steps
 * (another column, a table, an accordion), short lines, often each a
 * link to the product: the steps win the scores and the ingredients
 * were left out.  Each outermost block marked as ingredients (its class
 * or schema.org's itemprop), outside boilerplate, comments and feeds,
 * comes along, once the kept containers hold text of their own.
 */
static void
keep_ingredients(const struct article *a, char *keep)
{
	/* per node: 1 inside a kept one, 2 holding one (parents come
	 * before their children: one pass each way, no walk per node) */
	unsigned char *near = xcalloc(a->nnodes + 1, 1);
	size_t i;
	int p;

	for (i = 0; i < a->nnodes; i++)
		if ((p = a->nodes[i].parent) >= 0 && (keep[p] || near[p] == 1))
			near[i] = 1;
	for (i = a->nnodes; i-- > 0; )
		if ((keep[i] || near[i] == 2) && (p = a->nodes[i].parent) >= 0 &&
		    !keep[p] && near[p] != 1)
			near[p] = 2;
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i];

		if (!(nd->flags & AF_INGREDIENTS) || !nd->text || keep[i] ||
		    near[i] || (nd->parent >= 0 &&
		    (a->nodes[nd->parent].flags & AF_INGREDIENTS)) ||
		    (nd->flags & (AF_COMMENTS | AF_BOILER | AF_FEED)))
			continue;
		keep[i] = 1;
	}
	free(near);
}

static int
lead_wrapper(const struct article *a, int best, int marked)
{
	size_t body = a->nodes[best].text;
	int p, wrap = -1;

	if (marked)
		return -1;
	for (p = a->nodes[best].parent; p >= 0; p = a->nodes[p].parent) {
		const struct art_node *nd = &a->nodes[p];

		if (body * 20 < nd->text * 17 || (nd->flags & AF_BOILER) ||
		    nd->links * 4 >= nd->text)
			break;
		if (nd->text > a->nodes[best].text)
			wrap = p;
	}
	return wrap;
}

/* a subheading that is a sentence of some length ("Das Facelift des
 * Santa Fe ist weit mehr als ...", set as an h2): the page's standfirst,
 * not the title of a section */
static int
standfirst_heading(const struct article *a, const struct art_block *b)
{
	const char *s = a->store.data + b->off;

	return b->heading >= 2 && b->len && strchr(".!?", s[b->len - 1]) &&
	    utf8_length(s, b->len) >= 100;
}

/*
 * Where a lead's paragraph is judged from, or -1 if it is set apart: a
 * node marked AF_APART, or a feed, lies on the way from node up to anc.
 * Usually anc; but the block above the paragraph whose class says
 * "teaser" and nothing else negative, or names a lead ("uk-text-lead",
 * "article-intro": AF_LEAD), with no links and one or two paragraphs,
 * is the lead's own (the "teaser-text" a news plug-in puts above the
 * body; a teaser of another story has a link): the paragraph is judged
 * from it, nothing between it and anc may be boilerplate, and a
 * <header> on the way does not set it apart.
 */
static int
lead_root(const struct article *a, int node, int anc)
{
	int p, root = anc;

	for (p = node; p >= 0 && p != anc; p = a->nodes[p].parent) {
		const struct art_node *nd = &a->nodes[p];

		if ((nd->flags & (AF_TEASER | AF_LEAD)) && !nd->links &&
		    nd->nblocks <= 2 && !(nd->flags & AF_FEED)) {
			root = p;
			continue;
		}
		/* the page's <header> holds the headline, the byline and
		 * often the lead: a block named as the lead is let through
		 * from it (the rest of a header is not) */
		if (root != anc && nd->el == EL_HEADER && nd->hint >= 0 &&
		    !(nd->flags & (AF_BOILER | AF_FEED)))
			continue;
		if ((nd->flags & (AF_APART | AF_FEED)) || (root != anc &&
		    ((nd->flags & AF_BOILER) || nd->hint < 0)))
			return -1;
	}
	return root;
}

/*
 * Whether block i is said again in the body: in a kept block after it (a
 * highlight repeating a sentence of the body is no lead; the same lead
 * again in a share box or a teaser at the foot of the page does not
 * count).  One pass over the blocks after it.
 */
static int
said_again(const struct article *a, const char *keep, size_t i)
{
	const struct art_block *b = &a->blocks[i];
	size_t j;

	for (j = i + 1; j < a->nblocks; j++) {
		const struct art_block *o = &a->blocks[j];

		if (o->len >= b->len && o->node >= 0 &&
		    in_kept(a, keep, o->node) &&
		    memmem(a->store.data + o->off, o->len,
		    a->store.data + b->off, b->len))
			return 1;
	}
	return 0;
}

/* the number of lead paragraphs keep_lead takes at most */
#define ARTICLE_LEAD_MAX 3

/*
 * The paragraphs in wrap above the first kept one, as keep_block lets
 * them through from wrap down: each a sentence or more (not a name, a
 * date, a label), not a heading, a list item ("Key points"), nor in a
 * part set apart (AF_APART: the page's <header> or description, a
 * byline box; or a feed of teasers), and not said again further on (a
 * highlight repeating a sentence of the body).  At most
 * ARTICLE_LEAD_MAX.
 */
static void
keep_lead(const struct article *a, int wrap, const char *keep,
    signed char *force, const char *title)
{
	size_t i;
	int taken = 0, asked = 0, root;

	/* at most 2 * ARTICLE_LEAD_MAX candidates are looked for in the
	 * body, each in one pass: linear */
	for (i = 0; i < a->nblocks && taken < ARTICLE_LEAD_MAX &&
	    asked < 2 * ARTICLE_LEAD_MAX; i++) {
		const struct art_block *b = &a->blocks[i];
		const char *s = a->store.data + b->off;

		if (b->node < 0 || !within(a, b->node, wrap))
			continue;
		if (in_kept(a, keep, b->node))
			break;
		if (force[i] || table_row(a, b) >= 0 ||
		    (b->heading && !standfirst_heading(a, b)) ||
		    b->el == EL_LI || (root = lead_root(a, b->node, wrap)) < 0 ||
		    utf8_length(s, b->len) < 80 ||
		    !keep_block(a, b, root, title))
			continue;
		if (asked++, said_again(a, keep, i))
			continue;
		force[i] = 1;
		taken++;
	}
}

/* the number of short lines (a byline, a date, a label) far_lead looks
 * past, and how long its lead must be */
#define ARTICLE_FAR_SKIP 3
#define ARTICLE_FAR_LEAD 250

/* how long a lead in a block named as one must be for far_lead, and how
 * many short lines it looks past for one */
#define ARTICLE_NAMED_LEAD 150
#define ARTICLE_NAMED_SKIP 6

/* whether node sits in a block named as the lead ("article-intro",
 * "teaser-text": AF_LEAD, AF_TEASER) of one or two paragraphs without
 * links, at most three levels up */
static int
named_lead(const struct article *a, int node)
{
	int level;

	for (level = 0; node >= 0 && level < 3;
	    node = a->nodes[node].parent, level++) {
		const struct art_node *nd = &a->nodes[node];

		if ((nd->flags & (AF_TEASER | AF_LEAD)) && !nd->links &&
		    nd->nblocks <= 2 && !(nd->flags & AF_FEED))
			return 1;
	}
	return 0;
}

/*
 * A lead farther from the body than keep_lead looks: in a block beside
 * the body's column, where the best holds less of the common ancestor's
 * text (a column of teasers, a byline box and a picture around them).
 * The nearest paragraph above the first kept one, past at most
 * ARTICLE_FAR_SKIP short lines or headings, of ARTICLE_FAR_LEAD
 * characters or more (ARTICLE_NAMED_LEAD in a block named as the lead),
 * in a common ancestor at most 1.5 times the best's
 * text, not set apart, let through by the filters and not said again
 * further on.  One at most; a pass up from the first kept block.
 */
static void
far_lead(const struct article *a, int best, const char *keep,
    signed char *force, const char *title)
{
	size_t first, j, len;
	int skipped = 0, c, root, named;

	/* the first paragraph the body writes: a kept container may open
	 * with a crumb or a share bar that the filters drop */
	for (first = 0; first < a->nblocks; first++) {
		const struct art_block *b = &a->blocks[first];

		if (force[first] > 0)
			return;		/* a lead is there already */
		if (b->node >= 0 && force[first] == 0 &&
		    (root = kept_root_of(a, keep, b->node)) >= 0 &&
		    keep_block(a, b, root, title))
			break;
	}
	for (j = first; j-- > 0 && skipped <= ARTICLE_NAMED_SKIP; ) {
		const struct art_block *b = &a->blocks[j];
		const char *s = a->store.data + b->off;

		len = b->node >= 0 ? utf8_length(s, b->len) : 0;
		/* a crumb or a share bar that the kept containers drop
		 * there is not written: passed over */
		if (b->node >= 0 && !force[j] &&
		    (b->el == EL_LI || len < ARTICLE_NAMED_LEAD) &&
		    (root = kept_root_of(a, keep, b->node)) >= 0 &&
		    !keep_block(a, b, root, title))
			continue;
		if (b->node < 0 || force[j] || table_row(a, b) >= 0 ||
		    b->el == EL_LI)
			return;
		named = named_lead(a, b->node) ||
		    (b->heading && standfirst_heading(a, b));
		if ((b->heading && !standfirst_heading(a, b)) ||
		    (len < ARTICLE_FAR_LEAD && !(len >= ARTICLE_NAMED_LEAD &&
		    named))) {
			skipped++;
			continue;
		}
		if (skipped > ARTICLE_FAR_SKIP && !named)
			return;
		for (c = b->node; c >= 0 && !within(a, best, c);
		    c = a->nodes[c].parent)
			;
		/* the common ancestor may hold a picture, a byline box and
		 * a date beside them: 1.5 times the body's text, or 2.5 times
		 * for a block named as the lead */
		if (c < 0 || a->nodes[c].text * 2 >
		    a->nodes[best].text * (named ? 5 : 3) ||
		    (root = lead_root(a, b->node, c)) < 0 ||
		    !keep_block(a, b, root, title))
			return;
		/* a pull quote set above the body is no lead */
		if (s[0] == '"' || !strncmp(s, "\xE2\x80\x9C", 3) ||
		    !strncmp(s, "\xE2\x80\x9E", 3) || !strncmp(s, "\xC2\xAB", 2))
			return;
		if (said_again(a, keep, j))
			return;
		force[j] = 1;
		return;
	}
}

/*
 * A kept heading whose section keeps nothing: the blocks after it, up to
 * the next heading of its level or higher, hold no kept paragraph and
 * at least one dropped one ("Related stories" over a list of links,
 * "Zobacz także", "Weitere Themen"), or it ends the text.  Each scan
 * stops at a heading of the same level or higher, so a block is passed
 * by at most six scans: linear.  Returns the bytes it took away.
 */
static size_t
drop_orphan_headings(const struct article *a, unsigned char *memo)
{
	size_t i, j, gone = 0;

	for (i = 0; i < a->nblocks; i++) {
		int level = a->blocks[i].heading, dropped = 0, content = 0;

		if (!memo[i] || !level || table_row(a, &a->blocks[i]) >= 0)
			continue;
		for (j = i + 1; j < a->nblocks; j++) {
			const struct art_block *b = &a->blocks[j];

			if (b->heading && b->heading <= level)
				break;
			if (memo[j] && !b->heading) {
				content = 1;
				break;
			}
			dropped |= !memo[j];
		}
		if (!content && dropped) {
			memo[i] = 0;
			gone += a->blocks[i].len;
		}
	}
	return gone;
}

/* ---- script data: a page whose text only its scripts write ---- */

#define PROPS_DEPTH 64	/* nesting looked into; deeper is passed over */
#define PROPS_MIN 500	/* bytes of text the script data must give ... */
#define PROPS_TIMES 4	/* ... and this many times what the HTML gave */
#define PROPS_STRING 100	/* a shorter string is a label, not text */


/* whether v[0..n) is the title t[0..tn), or how it opens ("Title |
 * Site"): twenty bytes at least, ending where a word of t does */
static int
opens_title(const char *v, size_t n, const char *t, size_t tn)
{
	return n >= 20 && n <= tn && memcmp(v, t, n) == 0 &&
	    (n == tn || t[n] == ' ');
}

/* whether v is the page's title, or how it opens */
static int
names_page(const char *v, size_t n, const char *title)
{
	return opens_title(v, n, title, strlen(title));
}

/*
 * The first object in s[0..n) whose "title", "headline" or "name" is the
 * page's title (the story among the menus, banners and the next stories
 * a component is handed): its span [*from, *to).  0 if none, or if the
 * data is no JSON.  One pass, no recursion.
 */
static int
titled_object(const char *s, size_t n, const char *title, size_t *from,
    size_t *to, struct buf *tmp)
{
	const char *p = s, *end = s + n, *q;
	size_t open[PROPS_DEPTH];
	int depth = 0, found = -1;
	size_t deeper = 0;	/* levels past PROPS_DEPTH */

	while (p < end) {
		switch (*p) {
		case '{': case '[':
			if (depth < PROPS_DEPTH)
				open[depth++] = (size_t)(p - s);
			else
				deeper++;
			p++;
			break;
		case '}': case ']':
			p++;
			if (deeper) {
				deeper--;
			} else if (depth && --depth == found) {
				*to = (size_t)(p - s);
				return 1;
			}
			break;
		case '"':
			buf_clear(tmp);
			if (!jsonl_string(&p, end, tmp))
				return 0;
			q = jsonl_ws(p, end);
			if (found >= 0 || deeper || !depth || q >= end ||
			    *q != ':' || s[open[depth - 1]] != '{' ||
			    !(strcmp(tmp->data, "title") == 0 ||
			    strcmp(tmp->data, "headline") == 0 ||
			    strcmp(tmp->data, "name") == 0))
				break;
			p = jsonl_ws(q + 1, end);
			if (p >= end || *p != '"')
				break;
			buf_clear(tmp);
			if (!jsonl_string(&p, end, tmp))
				return 0;
			if (names_page(tmp->data, tmp->len, title)) {
				found = depth - 1;
				*from = open[found];
			}
			break;
		default:
			p++;
		}
	}
	return 0;
}

struct props_out {
	void (*emit)(void *ctx, const char *s, size_t n);
	void *ctx;
	size_t bytes;
	struct buf para;
};

static void
props_flush(struct props_out *o)
{
	size_t n = o->para.len;

	while (n && o->para.data[n - 1] == ' ')
		n--;
	if (n) {
		o->bytes += n;
		if (o->emit)
			o->emit(o->ctx, o->para.data, n);
	}
	buf_clear(&o->para);
}

/* the tags that end a paragraph in a text's markup */
static int
block_tag(const char *s, size_t n)
{
	static const char *const names[] = { "p", "br", "div", "li", "ul",
	    "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
	    "table", "figure", "hr" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i]) == n && strncasecmp(s, names[i], n) == 0)
			return 1;
	return 0;
}

static void
props_space(struct props_out *o)
{
	if (o->para.len && o->para.data[o->para.len - 1] != ' ')
		buf_addc(&o->para, ' ');
}

/*
 * A string of the script data as paragraphs: its markup ("<p>…</p>",
 * "<br>") ends them, other tags go, character references are read, white
 * space is one space.
 */
static void
props_text(struct props_out *o, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *gt = NULL, *name;
	int32_t cp[2];
	int ncp, k, closed = 1;	/* 0: no '>' after here (no tags) */
	size_t len;

	while (p < end) {
		if (*p == '<' && closed &&
		    !(gt = memchr(p, '>', (size_t)(end - p))))
			closed = 0;	/* once: "<<<<" is no quadratic scan */
		if (*p == '<' && closed) {
			name = p + 1 + (p + 1 < gt && p[1] == '/');
			for (len = 0; name + len < gt &&
			    isalnum((unsigned char)name[len]); len++)
				;
			if (block_tag(name, len))
				props_flush(o);
			p = gt + 1;
		} else if (*p == '&' && p + 1 < end && (len = entity_match(p +
		    1, (size_t)(end - p - 1), cp, &ncp)) > 0) {
			for (k = 0; k < ncp; k++)
				if (cp[k] == 0xA0 || cp[k] < 0x20)
					props_space(o);
				else
					utf8_add(&o->para, cp[k]);
			p += 1 + len;
		} else if ((unsigned char)*p <= ' ') {
			/* white space, and the controls \b and \f give */
			props_space(o);
			p++;
		} else {
			if (*p == '&' && p + 2 < end && p[1] == '#') {
				const char *d = p + 2;
				uint32_t v = 0;
				int hex = *d == 'x' || *d == 'X';

				for (d += hex; d < end && (hex ?
				    isxdigit((unsigned char)*d) :
				    isdigit((unsigned char)*d)) && v < 0x110000;
				    d++)
					v = v * (hex ? 16 : 10) + (uint32_t)(
					    isdigit((unsigned char)*d) ?
					    *d - '0' : (*d | 0x20) - 'a' + 10);
				if (d < end && *d == ';' && d > p + 2 + hex) {
					if (entity_numeric(v) < 0x20)
						props_space(o);
					else
						utf8_add(&o->para,
						    entity_numeric(v));
					p = d + 1;
					continue;
				}
			}
			buf_addc(&o->para, *p++);
		}
	}
	props_flush(o);
}

/* the text strings of s[from, to): values, not keys, of PROPS_STRING
 * bytes or more with a space, no addresses */
static void
props_strings(const char *s, size_t from, size_t to, struct props_out *o,
    struct buf *tmp)
{
	const char *p = s + from, *end = s + to, *q;

	while (p < end) {
		if (*p != '"') {
			p++;
			continue;
		}
		buf_clear(tmp);
		if (!jsonl_string(&p, end, tmp))
			return;
		q = jsonl_ws(p, end);
		if ((q < end && *q == ':') || tmp->len < PROPS_STRING ||
		    !memchr(tmp->data, ' ', tmp->len) ||
		    strncmp(tmp->data, "http", 4) == 0)
			continue;
		props_text(o, tmp->data, tmp->len);
	}
}

/*
 * When the page's HTML gives next to nothing (html bytes) and its script
 * data holds the story the title names, with PROPS_MIN bytes of text or
 * more and PROPS_TIMES times the HTML's, that text is the article: emitted,
 * and 1 returned.  0: nothing written.
 */
static int
props_instead(const struct article *a, const char *title, size_t html,
    void (*emit)(void *ctx, const char *s, size_t n), void *ctx)
{
	struct props_out o = { NULL, NULL, 0, BUF_INIT };
	struct buf tmp = BUF_INIT;
	const char *s = a->props.data, *line, *nl;
	size_t from, to, n;
	int done = 0;

	if (!a->props.len || !title || !*title)
		return 0;
	for (line = s; !done && line < s + a->props.len; line = nl + 1) {
		nl = memchr(line, '\n', a->props.len - (size_t)(line - s));
		n = (size_t)(nl - line);
		if (!titled_object(line, n, title, &from, &to, &tmp))
			continue;
		o.bytes = 0;
		o.emit = NULL;
		props_strings(line, from, to, &o, &tmp);
		if (o.bytes < PROPS_MIN || o.bytes < PROPS_TIMES * html)
			continue;
		o.emit = emit;
		o.ctx = ctx;
		props_strings(line, from, to, &o, &tmp);
		done = 1;
	}
	buf_free(&o.para);
	buf_free(&tmp);
	return done;
}

/* ---- script data of any page: the story its scripts write ---- */

#define SCRIPT_MIN 500		/* bytes the script data must give ... */
#define SCRIPT_TIMES 4		/* ... and this many times the HTML's */
#define SCRIPT_SNIFF 128	/* of an inline script, what tells state */
#define SCRIPT_DEPTH 64		/* nesting followed; deeper is passed over */

void
script_data_free(struct script_data *sd)
{
	buf_free(&sd->data);
}

void
script_data_reset(struct script_data *sd)
{
	buf_clear(&sd->data);
	sd->npieces = 0;
	sd->open = SCRIPT_NONE;
	sd->room[0] = SCRIPT_DATA_MAX;
	sd->room[1] = SCRIPT_JSONLD_MAX;
}

void
script_data_begin(struct script_data *sd, enum script_kind kind)
{
	sd->open = SCRIPT_NONE;
	if (kind == SCRIPT_NONE || sd->npieces >= SCRIPT_PIECES ||
	    !sd->room[kind == SCRIPT_JSONLD])
		return;
	sd->piece[sd->npieces] = (struct script_piece){ sd->data.len, 0,
	    kind };
	sd->open = kind;
}

static int
name_byte(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '$';
}

/*
 * Whether s[0..n), the opening of an inline script, assigns a framework's
 * state: a name between double underscores, then "=" (window.__NUXT__=,
 * window.__APOLLO_STATE__ = {, self.__PRELOADED_STATE__=).  Other scripts
 * are code, and are not kept.
 */
static int
assigns_state(const char *s, size_t n)
{
	const char *u;
	size_t i, j, k;

	for (i = 0; i + 5 < n; i = j) {
		/* most scripts have no "_" there at all: memchr skips them */
		if (!(u = memchr(s + i, '_', n - i)))
			return 0;
		i = (size_t)(u - s);
		j = i + 1;
		if (i + 5 >= n || s[i + 1] != '_' || (i && name_byte(s[i - 1])))
			continue;
		for (j = i + 2; j < n && name_byte(s[j]); j++)
			;
		if (j - i <= 4 || s[j - 1] != '_' || s[j - 2] != '_')
			continue;
		k = (size_t)(jsonl_ws(s + j, s + n) - s);
		if (k + 1 < n && s[k] == '=' && s[k + 1] != '=')
			return 1;
	}
	return 0;
}

/* an inline script's first bytes are in: keep it or forget it */
static void
sniff_state(struct script_data *sd)
{
	const struct script_piece *pc = &sd->piece[sd->npieces];

	if (assigns_state(sd->data.data + pc->off, sd->data.len - pc->off)) {
		sd->open = SCRIPT_STATE;
	} else {
		sd->room[0] += sd->data.len - pc->off;
		buf_truncate(&sd->data, pc->off);
		sd->open = SCRIPT_NONE;
	}
}

void
script_data_add(struct script_data *sd, const char *s, size_t n)
{
	const struct script_piece *pc = &sd->piece[sd->npieces];
	size_t take, *room = &sd->room[sd->open == SCRIPT_JSONLD];

	if (sd->open == SCRIPT_MAYBE && sd->data.len == pc->off &&
	    n >= SCRIPT_SNIFF) {
		/* the opening all in this text: looked at where it is */
		sd->open = assigns_state(s, SCRIPT_SNIFF) ? SCRIPT_STATE :
		    SCRIPT_NONE;
	} else if (sd->open == SCRIPT_MAYBE) {
		/* only the first bytes of code are copied, to be looked at */
		take = SCRIPT_SNIFF - (sd->data.len - pc->off);
		if (take > n)
			take = n;
		if (take > *room)
			take = *room;
		buf_add(&sd->data, s, take);
		*room -= take;
		s += take;
		n -= take;
		if (sd->data.len - pc->off < SCRIPT_SNIFF && *room)
			return;
		sniff_state(sd);
	}
	if (sd->open == SCRIPT_NONE)
		return;
	if (n > *room)
		n = *room;
	buf_add(&sd->data, s, n);
	*room -= n;
}

void
script_data_end(struct script_data *sd)
{
	struct script_piece *pc = &sd->piece[sd->npieces];

	if (sd->open == SCRIPT_MAYBE)
		sniff_state(sd);
	if (sd->open != SCRIPT_NONE && sd->data.len > pc->off) {
		pc->len = sd->data.len - pc->off;
		pc->kind = sd->open;
		sd->npieces++;
	}
	sd->open = SCRIPT_NONE;
}

/* one level of the script data's nesting */
struct walk_level {
	const char *key;	/* the key of the values in it (raw), its
				 * container's own key in an array */
	size_t keylen;
	int text_node;		/* an object whose "type" is "text" */
	int titled;		/* its headline, title or name is the
				 * page's title */
};

/* what a walk over the pieces of one kind found */
struct walk {
	enum script_kind kind;
	const char *title;	/* the page's, or NULL */
	const char *best;	/* the longest string under a body's key,
				 * raw, from its opening quote */
	size_t bestlen;
	struct buf tree;	/* the text nodes of the serialised document
				 * tree being read, paragraphs ended by LF */
	int base;		/* the level of the array its blocks are in,
				 * -1 outside a tree */
	int titled;		/* it is inside the object of the page's
				 * title (a headline before the body) */
	int dom_titled;
	struct buf dom;		/* the tree of the most text so far (the
				 * story, not the next stories the state
				 * holds too) */
	size_t dom_bytes;	/* its text, LFs aside */
	struct buf tmp;
};

static int
key_is(const struct walk_level *lv, const char *word)
{
	size_t n = strlen(word);

	return lv->keylen == n && memcmp(lv->key, word, n) == 0;
}

/*
 * Whether a key names the article's text: JSON-LD's articleBody; in a
 * state, a key that ends in body, content, text or html, case and "_"
 * aside (body, articleBody, body_html, contentHtml, fullText), or
 * WordPress's content.rendered.
 */
static int
body_key(enum script_kind kind, const char *k, size_t n)
{
	static const char *const ends[] = { "body", "content", "text",
	    "html", "rendered" };
	char low[48];
	size_t i, m = 0, e;

	if (kind == SCRIPT_JSONLD)
		return n == 11 && memcmp(k, "articleBody", 11) == 0;
	if (n >= sizeof low)
		return 0;
	for (i = 0; i < n; i++)
		if (k[i] != '_' && k[i] != '-')
			low[m++] = (char)tolower((unsigned char)k[i]);
	for (i = 0; i < sizeof ends / sizeof *ends; i++) {
		e = strlen(ends[i]);
		if (m >= e && memcmp(low + m - e, ends[i], e) == 0)
			return 1;
	}
	return 0;
}

static void
dom_break(struct buf *b)
{
	if (b->len && b->data[b->len - 1] != '\n')
		buf_addc(b, '\n');
}

/* the LFs in b */
static size_t
lines_in(const struct buf *b)
{
	size_t n = 0;

	for (size_t i = 0; i < b->len; i++)
		n += b->data[i] == '\n';
	return n;
}

/* the walk left the tree it was in: kept if it says the most so far */
static void
tree_end(struct walk *w)
{
	size_t bytes = w->tree.len - lines_in(&w->tree);

	/* the story the page's title names, else the most text; each tree
	 * is counted once: linear however many there are */
	if (w->titled > w->dom_titled || (w->titled == w->dom_titled &&
	    bytes > w->dom_bytes)) {
		w->dom_bytes = bytes;
		w->dom_titled = w->titled;
		buf_clear(&w->dom);
		buf_add(&w->dom, w->tree.data, w->tree.len);
		dom_break(&w->dom);
	}
	buf_clear(&w->tree);
	w->base = -1;
}

/*
 * Whether v[0..n) is the page's title t: the same, or how t opens ("Title
 * | Site"), or t cut short ("Title of the sto...").
 */
static int
is_page_title(const char *v, size_t n, const char *t)
{
	size_t tn = strlen(t);

	while (tn && (t[tn - 1] == '.' || t[tn - 1] == ' '))
		tn--;
	if (tn >= 3 && memcmp(t + tn - 3, "\xE2\x80\xA6", 3) == 0)
		tn -= 3;	/* U+2026 */
	if (n <= tn)
		return opens_title(v, n, t, tn);
	return tn >= 20 && memcmp(v, t, tn) == 0;	/* t cut short */
}

/* a tree starts: at what level, and whether the page's title owns it */
static void
tree_start(struct walk *w, const struct walk_level *lv, int depth)
{
	w->base = depth - 1;
	w->titled = 0;
	for (int i = 0; i < depth && !w->titled; i++)
		w->titled = lv[i].titled;
}

/* a string value s[0..n) (its quotes included) under the key of
 * all[depth], the level it is in */
static void
walk_value(struct walk *w, struct walk_level *all, int depth, const char *s,
    size_t n)
{
	struct walk_level *lv = &all[depth];
	const char *p = s;

	if (!lv->key || n < 2)
		return;
	if (w->kind == SCRIPT_STATE) {
		/* a document tree as JSON: {"type":"p","children":[{"type":
		 * "text","data":"..."}]}; its blocks end paragraphs */
		if (key_is(lv, "type")) {
			if (n == 6 && memcmp(s + 1, "text", 4) == 0) {
				lv->text_node = 1;
			} else if (block_tag(s + 1, n - 2)) {
				/* a block opens a tree, in the array of
				 * its siblings */
				if (w->base < 0)
					tree_start(w, all, depth);
				dom_break(&w->tree);
			}
			return;
		}
		if (lv->text_node && *s == '"' && (key_is(lv, "data") ||
		    key_is(lv, "text") || key_is(lv, "value"))) {
			buf_clear(&w->tmp);
			if (!jsonl_string(&p, s + n, &w->tmp))
				return;
			if (w->base < 0)
				tree_start(w, all, depth);
			/* a line break in a text node is a space */
			for (size_t i = 0; i < w->tmp.len; i++)
				buf_addc(&w->tree, w->tmp.data[i] == '\n' ||
				    w->tmp.data[i] == '\r' ? ' ' :
				    w->tmp.data[i]);
			return;
		}
		if (w->title && *s == '"' && n < 1024 &&
		    (key_is(lv, "headline") || key_is(lv, "title") ||
		    key_is(lv, "name"))) {
			buf_clear(&w->tmp);
			if (jsonl_string(&p, s + n, &w->tmp) &&
			    is_page_title(w->tmp.data, w->tmp.len, w->title))
				lv->titled = 1;
			return;
		}
	}
	if (*s == '"' && n > w->bestlen && body_key(w->kind, lv->key,
	    lv->keylen)) {
		w->best = s;
		w->bestlen = n;
	}
}

/* the end of the string that opens at *s (past its closing quote), or
 * NULL if the data ends first */
static const char *
string_end(const char *s, const char *end)
{
	char quote = *s++;

	while (s < end) {
		const char *q = memchr(s, quote, (size_t)(end - s));
		const char *b = s;

		if (!q)
			return NULL;
		/* the quote is escaped if an odd run of backslashes ends
		 * right before it */
		for (b = q; b > s && b[-1] == '\\'; b--)
			;
		if ((q - b) % 2 == 0)
			return q + 1;
		s = q + 1;
	}
	return NULL;
}

/*
 * One pass over s[0..n), JSON or a JavaScript literal (unquoted keys,
 * single quotes, code around it): each string value is looked at under
 * the key it is a value of.  No recursion; a string that does not end
 * ends the walk, and nesting past SCRIPT_DEPTH is passed over.
 */
static void
walk_piece(struct walk *w, const char *s, size_t n)
{
	struct walk_level lv[SCRIPT_DEPTH + 1];
	const char *p = s, *end = s + n, *q, *start;
	int depth = 0;
	size_t deeper = 0;

	lv[0] = (struct walk_level){ NULL, 0, 0, 0 };
	while (p < end) {
		switch (*p) {
		case '{': case '[':
			if (depth < SCRIPT_DEPTH) {
				lv[depth + 1] = (struct walk_level){
				    lv[depth].key, lv[depth].keylen, 0, 0 };
				depth++;
			} else {
				deeper++;
			}
			p++;
			continue;
		case '}': case ']':
			if (deeper)
				deeper--;
			else if (depth)
				depth--;
			if (!deeper && depth < w->base)
				tree_end(w);
			p++;
			continue;
		case '"': case '\'':
			start = p;
			if (!(p = string_end(p, end)))
				return;
			q = jsonl_ws(p, end);
			if (q < end && *q == ':') {
				if (!deeper) {
					lv[depth].key = start + 1;
					lv[depth].keylen = (size_t)(p - start) - 2;
				}
				p = q + 1;
			} else if (!deeper) {
				walk_value(w, lv, depth, start,
				    (size_t)(p - start));
			}
			continue;
		}
		if (!name_byte(*p)) {
			p++;
			continue;
		}
		for (start = p; p < end && name_byte(*p); p++)
			;
		q = jsonl_ws(p, end);
		if (q < end && *q == ':' && !deeper) {
			lv[depth].key = start;
			lv[depth].keylen = (size_t)(p - start);
			p = q + 1;
		}
	}
}

static void
add_line(void *ctx, const char *s, size_t n)
{
	buf_add(ctx, s, n);
	buf_addc(ctx, '\n');
}

/* the best string as paragraphs onto out: its markup read if it has
 * any, else each of its lines one; the bytes of text */
static size_t
best_paras(struct walk *w, struct buf *out)
{
	struct props_out o = { add_line, out, 0, BUF_INIT };
	const char *p = w->best, *s, *end, *nl;
	int markup = 0;

	buf_clear(&w->tmp);
	if (!jsonl_string(&p, w->best + w->bestlen, &w->tmp))
		return 0;
	s = w->tmp.data;
	end = s + w->tmp.len;
	for (p = s; !markup && (p = memchr(p, '<', (size_t)(end - p))); p++)
		markup = p + 1 < end && (isalpha((unsigned char)p[1]) ||
		    p[1] == '/');
	if (markup) {
		props_text(&o, s, w->tmp.len);
	} else {
		for (; s < end; s = nl + 1) {
			if (!(nl = memchr(s, '\n', (size_t)(end - s))))
				nl = end;
			props_text(&o, s, (size_t)(nl - s));
		}
	}
	buf_free(&o.para);
	return o.bytes;
}

enum script_kind
script_data_text(const struct script_data *sd, const char *title,
    size_t html, struct buf *out)
{
	static const enum script_kind trust[] = { SCRIPT_JSONLD,
	    SCRIPT_STATE };
	struct walk w = { SCRIPT_NONE, title && *title ? title : NULL, NULL,
	    0, BUF_INIT, -1, 0, 0, BUF_INIT, 0, BUF_INIT };
	enum script_kind found = SCRIPT_NONE;
	size_t i, start = out->len, bytes, dom;
	int k;

	for (i = 0; i < sizeof trust / sizeof *trust && !found; i++) {
		w.kind = trust[i];
		w.best = NULL;
		w.bestlen = 0;
		buf_clear(&w.dom);
		w.dom_bytes = 0;
		w.dom_titled = 0;
		for (k = 0; k < sd->npieces; k++)
			if (sd->piece[k].kind == w.kind) {
				walk_piece(&w, sd->data.data + sd->piece[k].off,
				    sd->piece[k].len);
				tree_end(&w);
			}
		bytes = w.best ? best_paras(&w, out) : 0;
		/* a tree's text nodes, if they say more than one string */
		dom = w.dom_bytes;
		if (dom > bytes) {
			buf_truncate(out, start);
			buf_add(out, w.dom.data, w.dom.len);
			bytes = dom;
		}
		if (bytes >= SCRIPT_MIN && bytes >= SCRIPT_TIMES * html)
			found = w.kind;
		else
			buf_truncate(out, start);
	}
	buf_free(&w.dom);
	buf_free(&w.tree);
	buf_free(&w.tmp);
	return found;
}

void
article_select(struct article *a, const char *title,
    void (*emit)(void *ctx, const char *s, size_t n), void *ctx)
{
	size_t i;
	int best = -1, any = -1, p, level, parent, mode, wrap = -1;
	struct body_out body;
	unsigned char *memo;	/* the blocks kept */
	size_t total = 0;
	int marked = 0;		/* best is the page's itemprop=articleBody */
	signed char *force;	/* per block: 1 keep, -1 drop, 0 as scored */
	unsigned char *bio;	/* per block: in a box about the writer */
	double s, top = 0, top_any = 0, threshold, last;
	char *keep;

	for (i = 0; i < a->nblocks; i++) {
		int aside = 0;	/* under a negative hint so far */

		for (p = a->blocks[i].node; p >= 0; p = a->nodes[p].parent) {
			aside |= a->nodes[p].hint < 0;
			a->nodes[p].text += a->blocks[i].len;
			a->nodes[p].links += a->blocks[i].links;
			a->nodes[p].aside += aside ? a->blocks[i].len : 0;
			a->nodes[p].nblocks++;
			a->nodes[p].teasers += a->blocks[i].teaser;
		}
	}
	/*
	 * A container of several short <article> elements, each with a
	 * link, is a feed of other stories (teasers), and so is each of them.
	 */
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i];

		if (nd->el == EL_ARTICLE && nd->parent >= 0 && nd->text &&
		    nd->text < 800 && nd->links)
			a->nodes[nd->parent].short_articles++;
	}
	for (i = 0; i < a->nnodes; i++) {
		struct art_node *nd = &a->nodes[i];

		if (nd->parent >= 0 &&
		    a->nodes[nd->parent].short_articles >= 2 &&
		    nd->el == EL_ARTICLE)
			nd->flags |= AF_FEED;
		if (nd->short_articles >= 2)
			nd->flags |= AF_FEED;
	}
	/* paragraphs give their score to their container's ancestors */
	bio = xcalloc(a->nblocks + 1, 1);
	author_sections(a, bio);
	for (i = 0; i < a->nblocks; i++) {
		const struct art_block *b = &a->blocks[i];
		const char *t = a->store.data + b->off;
		size_t len = utf8_length(t, b->len);

		if (len < 25 || b->node < 0 || b->heading || bio[i] ||
		    (a->nodes[b->node].flags & AF_FIGURE))
			continue;
		s = 1 + (double)commas(t, b->len) + (len / 100 > 3 ? 3 :
		    (double)(len / 100));
		/* CJK text has few commas and no spaces: weigh its length */
		if (len * 2 < b->len)
			s += (double)(len / 60 > 3 ? 3 : len / 60);
		/*
		 * Elements that wrap this paragraph alone are part of it;
		 * above them is its container, unless the paragraph is text
		 * straight in a div that holds more.
		 */
		p = b->node;
		while (a->nodes[p].parent >= 0 &&
		    a->nodes[a->nodes[p].parent].text == a->nodes[p].text)
			p = a->nodes[p].parent;
		if (!(is_container(a->nodes[p].el) &&
		    a->nodes[p].text > b->len))
			p = a->nodes[p].parent;
		for (level = 0; p >= 0 && level < 5;
		    p = a->nodes[p].parent, level++) {
			struct art_node *nd = &a->nodes[p];

			nd->candidate = 1;
			nd->score += level == 0 ? s : level == 1 ? s / 2 :
			    s / (level * 3);
		}
	}
	/*
	 * Boilerplate marks pass to descendants, unless the marked element
	 * holds most of the page (a wrapper whose class says "sidebar-open"
	 * is not a sidebar).
	 */
	for (i = 0; i < a->nblocks; i++)
		total += a->blocks[i].len;
	for (i = 0; i < a->nnodes; i++) {
		struct art_node *nd = &a->nodes[i];

		if ((nd->flags & AF_BOILER) && nd->text * 2 > total &&
		    nd->depth <= 4 && !(nd->flags & AF_COMMENTS))
			nd->flags &= ~AF_BOILER;
		if (nd->parent >= 0)
			nd->flags |= a->nodes[nd->parent].flags & AF_BOILER;
	}
	/*
	 * The best container outside comments, navigation and footers,
	 * unless one inside scores three times as high: then the marks
	 * were wrong (an ad wrapper left open holds the rest of the page).
	 */
	for (i = 0; i < a->nnodes; i++) {
		const struct art_node *nd = &a->nodes[i];

		if (!nd->candidate || (nd->flags & AF_FEED))
			continue;
		s = final_score(nd);
		if (!(nd->flags & AF_BOILER) && (best < 0 || s > top)) {
			best = (int)i;
			top = s;
		}
		if (!(nd->flags & AF_COMMENTS) && (any < 0 || s > top_any)) {
			any = (int)i;
			top_any = s;
		}
	}
	if (any >= 0 && (best < 0 || top * 3 < top_any)) {
		best = any;
		top = top_any;
	}
	/*
	 * The page's own schema.org mark (itemprop=articleBody) on an
	 * element holding real text beats the scores: it is the author's
	 * word for where the body is.
	 */
	{
		int ib = -1;

		for (i = 0; i < a->nnodes; i++) {
			const struct art_node *nd = &a->nodes[i];

			if ((nd->flags & AF_ITEMBODY) && nd->candidate &&
			    !(nd->flags & AF_COMMENTS) &&
			    nd->text - nd->links >= 400 && (ib < 0 ||
			    nd->text > a->nodes[ib].text))
				ib = (int)i;
		}
		/* a best container inside it or around it is a cut of the
		 * same text: only one elsewhere is overruled */
		if (ib >= 0 && best >= 0 && (within(a, best, ib) ||
		    within(a, ib, best)))
			ib = -1;
		if (ib >= 0) {
			best = ib;
			top = final_score(&a->nodes[ib]);
			marked = 1;
		}
	}
	/* the story the page's headline heads, of several on the page */
	if (best >= 0 && !marked) {
		int headed = headed_article(a, best, title);

		if (headed >= 0) {
			best = headed;
			top = final_score(&a->nodes[headed]);
		}
	}
#ifdef ARTICLE_DEBUG
	for (i = 0; i < a->nnodes; i++)
		if (a->nodes[i].candidate && final_score(&a->nodes[i]) > top / 4)
			fprintf(stderr, "node %zu el %d parent %d hint %d "
			    "score %.1f final %.1f text %zu links %zu%s\n", i,
			    a->nodes[i].el, a->nodes[i].parent, a->nodes[i].hint,
			    a->nodes[i].score, final_score(&a->nodes[i]),
			    a->nodes[i].text, a->nodes[i].links,
			    (int)i == best ? " BEST" : "");
	for (i = 0; i < a->nblocks; i++)
		fprintf(stderr, "block node %d el %d len %zu links %zu: "
		    "%.*s\n", a->blocks[i].node, a->blocks[i].el,
		    a->blocks[i].len, a->blocks[i].links,
		    (int)(a->blocks[i].len > 60 ? 60 : a->blocks[i].len),
		    a->store.data + a->blocks[i].off);
#endif
	keep = xcalloc(a->nnodes + 1, 1);
	if (best >= 0) {
		/*
		 * A parent that scores better, or nearly as well, holds more
		 * of the article (its other paragraphs sit beside the best);
		 * not around what the page marked as its body.
		 */
		threshold = top / 3;
		last = top;
		for (p = a->nodes[best].parent; p >= 0;
		    p = a->nodes[p].parent) {
			if (!a->nodes[p].candidate)
				continue;
			s = final_score(&a->nodes[p]);
			if (s < threshold || holds_feed(a, p))
				break;
			if (s > last || s >= top * 0.6) {
				best = p;
				break;
			}
			last = s;
		}
		/*
		 * An <article> or <main> around the best that scores half as
		 * well, is not mostly links and holds more than twice its
		 * text is the page's own word for where the article is: a
		 * product page or a page builder's post cut in sections of
		 * a few sentences each.
		 */
		for (p = a->nodes[best].parent; p >= 0 && !marked;
		    p = a->nodes[p].parent) {
			const struct art_node *nd = &a->nodes[p];

			if ((nd->el == EL_ARTICLE || nd->el == EL_MAIN) &&
			    nd->candidate && !(nd->flags & AF_BOILER) &&
			    final_score(nd) >= top * 0.5 &&
			    a->nodes[best].text * 2 < nd->text - nd->links &&
			    nd->links * 4 < nd->text && !holds_feed(a, p)) {
				best = p;
				break;
			}
		}
		wrap = lead_wrapper(a, best, marked);
		top = final_score(&a->nodes[best]);
		keep[best] = 1;
		/* siblings that score well enough come along */
		parent = a->nodes[best].parent;
		threshold = top * 0.2 > 10 ? top * 0.2 : 10;
		for (i = 0; i < a->nnodes; i++) {
			const struct art_node *nd = &a->nodes[i];

			if ((int)i == best || nd->parent != parent ||
			    parent < 0)
				continue;
			if (teaser_list(nd) || (nd->flags & AF_FEED))
				continue;
			if (nd->candidate && final_score(nd) >= threshold)
				keep[i] = 1;
			else if (nd->el == EL_P && nd->text > 80 &&
			    nd->links * 4 < nd->text)
				keep[i] = 1;
		}
		/* the next steps, rows or posts of the same class */
		same_class_siblings(a, best, keep);
		/* a question and its answers */
		keep_item_texts(a, best, keep);
		/* a recipe's ingredients beside its steps */
		keep_ingredients(a, keep);
		/*
		 * An article cut in pieces by ads and widgets: other strong
		 * containers elsewhere, outside boilerplate, come along too,
		 * strongest first, none inside another.
		 */
		threshold = top * 0.3;
		for (;;) {
			int next = -1;
			double ns = 0;

			for (i = 0; i < a->nnodes; i++) {
				const struct art_node *nd = &a->nodes[i];

				if (!nd->candidate || keep[i] ||
				    (nd->flags & AF_BOILER) ||
				    (marked && !(nd->flags & AF_ITEMBODY)) ||
				    teaser_list(nd) || (nd->flags & AF_FEED) ||
				    nd->links * 3 > nd->text ||
				    nd->text - nd->links < 200 ||
				    final_score(nd) < threshold ||
				    (next >= 0 && final_score(nd) <= ns) ||
				    overlaps(a, (int)i, keep))
					continue;
				next = (int)i;
				ns = final_score(nd);
			}
			if (next < 0)
				break;
			keep[next] = 1;
		}
#ifdef ARTICLE_DEBUG
		for (i = 0; i < a->nnodes; i++)
			if (keep[i])
				fprintf(stderr, "keep %zu flags %u\n", i,
				    a->nodes[i].flags);
#endif
	}
	if (best >= 0 && (a->gallery = gallery(a, best)) >= 0)
		keep[a->gallery] = 1;
	force = xcalloc(a->nblocks + 1, 1);
	if (best >= 0)
		ld_apply(a, keep, force);
	if (wrap >= 0)
		keep_lead(a, wrap, keep, force, title);
	if (best >= 0)
		far_lead(a, best, keep, force, title);
	memo = xcalloc(a->nblocks + 1, 1);
	body = (struct body_out){ NULL, NULL, 0, memo, 0 };
	mode = best >= 0 ? BODY_KEPT : BODY_FILTERED;
	write_body(a, mode, keep, force, title, &body);
	/* the headings alone are no article either: a page whose sections
	 * the filters took goes to the fall-back, never out empty */
	if (body.bytes >= enough(a) &&
	    body.bytes - drop_orphan_headings(a, memo) >= enough(a)) {
		if (!props_instead(a, title, body.bytes, emit, ctx))
			replay(a, memo, emit, ctx);
	} else {
		mode = fall_back(a, keep, force, title, best);
		body = (struct body_out){ NULL, NULL, 0, NULL, 0 };
		if (a->props.len)
			write_body(a, mode, keep, force, title, &body);
		if (!props_instead(a, title, body.bytes, emit, ctx)) {
			body = (struct body_out){ emit, ctx, 0, NULL, 0 };
			write_body(a, mode, keep, force, title, &body);
		}
	}
	free(memo);
	free(force);
	free(keep);
	free(bio);
}

/* ---- furniture ---- */

/* the words of page furniture (share bars, font size widgets, ad labels)
 * are label_furniture[], from data/labels.txt */

int
article_furniture(const char *s, size_t n)
{
	size_t i = 0, j, words = 0, ui = 0;
	const char *const *w;
	const char *sp;

	/* more than 12 words is text: counted before any word is looked up */
	for (sp = s; (sp = memchr(sp, ' ', n - (size_t)(sp - s))); sp++)
		if (++words > 12)
			return 0;
	words = 0;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		for (j = i; j < n && s[j] != ' '; j++)
			;
		words++;
		for (w = label_furniture; *w; w++)
			if (strlen(*w) == j - i &&
			    strncasecmp(*w, s + i, j - i) == 0)
				break;
		if (*w)
			ui++;
		else if (isdigit((unsigned char)s[i]) &&
		    strspn(s + i, "0123456789,.kKmM") >= j - i)
			ui++;	/* a share count */
		else if ((unsigned char)s[i] >= 0xE0 && j - i <= 15)
			;	/* a short CJK word: judged by the others */
		else
			return 0;
		i = j;
	}
	return words > 0 && ui * 3 >= words * 2 && words <= 12;
}
