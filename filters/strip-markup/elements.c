/* elements.c: the element table (sorted by name, as enum element). */
#include <string.h>

#include "elements.h"

static const struct {
	const char *name;
	unsigned char len;
	unsigned flags;
} elements[EL_N] = {
	{ "a", 1, EF_INLINE },
	{ "abbr", 4, EF_INLINE },
	{ "acronym", 7, EF_INLINE },
	{ "address", 7, EF_BLOCK },
	{ "area", 4, EF_VOID },
	{ "article", 7, EF_BLOCK },
	{ "aside", 5, EF_BLOCK },
	{ "b", 1, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "base", 4, EF_HEADOK | EF_VOID },
	{ "basefont", 8, EF_HEADOK },
	{ "bdi", 3, EF_INLINE },
	{ "bdo", 3, EF_INLINE },
	{ "bgsound", 7, EF_HEADOK },
	{ "big", 3, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "blockquote", 10, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "body", 4, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "br", 2, EF_BREAKS_FOREIGN | EF_VOID },
	{ "button", 6, 0 },
	{ "caption", 7, EF_BLOCK },
	{ "center", 6, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "cite", 4, EF_INLINE },
	{ "code", 4, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "col", 3, EF_VOID },
	{ "data", 4, EF_INLINE },
	{ "dd", 2, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "del", 3, EF_INLINE },
	{ "details", 7, EF_BLOCK },
	{ "dfn", 3, EF_INLINE },
	{ "dialog", 6, EF_BLOCK },
	{ "dir", 3, EF_BLOCK },
	{ "div", 3, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "dl", 2, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "dt", 2, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "em", 2, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "embed", 5, EF_BREAKS_FOREIGN | EF_VOID },
	{ "fieldset", 8, EF_BLOCK },
	{ "figcaption", 10, EF_BLOCK },
	{ "figure", 6, EF_BLOCK },
	{ "font", 4, EF_INLINE },
	{ "footer", 6, EF_BLOCK },
	{ "form", 4, EF_BLOCK },
	{ "frameset", 8, EF_BLOCK },
	{ "h1", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_HEADING },
	{ "h2", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_HEADING },
	{ "h3", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_HEADING },
	{ "h4", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_HEADING },
	{ "h5", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_HEADING },
	{ "h6", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_HEADING },
	{ "head", 4, EF_BREAKS_FOREIGN | EF_HEADOK },
	{ "header", 6, EF_BLOCK },
	{ "hgroup", 6, EF_BLOCK },
	{ "hr", 2, EF_BLOCK | EF_BREAKS_FOREIGN | EF_VOID },
	{ "html", 4, EF_BLOCK | EF_HEADOK },
	{ "i", 1, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "iframe", 6, EF_RAWSKIP },
	{ "img", 3, EF_BREAKS_FOREIGN | EF_VOID },
	{ "input", 5, EF_VOID },
	{ "ins", 3, EF_INLINE },
	{ "kbd", 3, EF_INLINE },
	{ "keygen", 6, EF_VOID },
	{ "label", 5, EF_INLINE },
	{ "legend", 6, EF_BLOCK },
	{ "li", 2, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "link", 4, EF_HEADOK | EF_VOID },
	{ "listing", 7, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "main", 4, EF_BLOCK },
	{ "mark", 4, EF_INLINE },
	{ "math", 4, 0 },
	{ "menu", 4, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "meta", 4, EF_BREAKS_FOREIGN | EF_HEADOK | EF_VOID },
	{ "nav", 3, EF_BLOCK },
	{ "nobr", 4, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "noembed", 7, EF_RAWSKIP },
	{ "noframes", 8, EF_RAWSKIP },
	{ "noscript", 8, EF_HEADOK | EF_RAWSKIP },
	{ "ol", 2, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "option", 6, EF_BLOCK },
	{ "p", 1, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "param", 5, EF_VOID },
	{ "plaintext", 9, EF_BLOCK },
	{ "pre", 3, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "q", 1, EF_INLINE },
	{ "rp", 2, EF_INLINE },
	{ "rt", 2, EF_INLINE },
	{ "ruby", 4, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "s", 1, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "samp", 4, EF_INLINE },
	{ "script", 6, EF_HEADOK | EF_RAWSKIP },
	{ "section", 7, EF_BLOCK },
	{ "select", 6, EF_BLOCK | EF_SKIP },
	{ "small", 5, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "source", 6, EF_VOID },
	{ "span", 4, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "strike", 6, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "strong", 6, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "style", 5, EF_HEADOK | EF_RAWSKIP },
	{ "sub", 3, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "summary", 7, EF_BLOCK },
	{ "sup", 3, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "svg", 3, EF_SKIP },
	{ "table", 5, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "tbody", 5, EF_BLOCK },
	{ "td", 2, EF_CELL },
	{ "template", 8, EF_HEADOK | EF_SKIP },
	{ "textarea", 8, EF_BLOCK },
	{ "tfoot", 5, EF_BLOCK },
	{ "th", 2, EF_CELL },
	{ "thead", 5, EF_BLOCK },
	{ "time", 4, EF_INLINE },
	{ "title", 5, EF_HEADOK },
	{ "tr", 2, EF_BLOCK },
	{ "track", 5, EF_VOID },
	{ "tt", 2, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "u", 1, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "ul", 2, EF_BLOCK | EF_BREAKS_FOREIGN },
	{ "var", 3, EF_BREAKS_FOREIGN | EF_INLINE },
	{ "wbr", 3, EF_INLINE | EF_VOID },
	{ "xmp", 3, EF_BLOCK },
};

int
element_lookup(const char *s, size_t n)
{
	int lo = 0, hi = EL_N - 1, mid, c;
	size_t m, i;

	if (n > 10 || !n)
		return EL_UNKNOWN;	/* longer than any we know */
	/* names are short and mostly differ in their first byte: compare
	 * inline, without a call per probe */
	while (lo <= hi) {
		mid = (lo + hi) / 2;
		m = n < elements[mid].len ? n : elements[mid].len;
		c = 0;
		for (i = 0; i < m && !c; i++)
			c = (unsigned char)s[i] -
			    (unsigned char)elements[mid].name[i];
		if (!c)
			c = (n > elements[mid].len) - (n < elements[mid].len);
		if (!c)
			return mid;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return EL_UNKNOWN;
}

static unsigned
name_hash(const char *s, size_t n)
{
	unsigned h = (unsigned)n;

	while (n--)
		h = h * 33 ^ (unsigned char)*s++;
	return h & (ELEMENT_SLOTS - 1);
}

void
element_index_init(struct element_index *x)
{
	unsigned h;
	int el;

	memset(x, 0, sizeof *x);
	for (el = 0; el < EL_N; el++) {
		for (h = name_hash(elements[el].name, elements[el].len);
		    x->slot[h]; h = (h + 1) & (ELEMENT_SLOTS - 1))
			;
		x->slot[h] = (short)(el + 1);
	}
}

int
element_find(const struct element_index *x, const char *s, size_t n)
{
	unsigned h;
	int el;

	if (n > 10 || !n)
		return EL_UNKNOWN;
	for (h = name_hash(s, n); (el = x->slot[h] - 1) >= 0;
	    h = (h + 1) & (ELEMENT_SLOTS - 1))
		if (elements[el].len == n && memcmp(elements[el].name, s,
		    n) == 0)
			return el;
	return EL_UNKNOWN;
}

unsigned
element_flags(int el)
{
	return el < 0 ? 0 : elements[el].flags;
}
