/* elements.h: the HTML elements strip-markup knows, and what they do.
 *
 * The tokenizer looks each tag name up once (a hash table over the sorted
 * table) so that the rest works with numbers, not strings.
 */
#ifndef STRIP_MARKUP_ELEMENTS_H
#define STRIP_MARKUP_ELEMENTS_H

#include <stddef.h>

enum element {
	EL_UNKNOWN = -1,
	EL_A,
	EL_ABBR,
	EL_ACRONYM,
	EL_ADDRESS,
	EL_AREA,
	EL_ARTICLE,
	EL_ASIDE,
	EL_B,
	EL_BASE,
	EL_BASEFONT,
	EL_BDI,
	EL_BDO,
	EL_BGSOUND,
	EL_BIG,
	EL_BLOCKQUOTE,
	EL_BODY,
	EL_BR,
	EL_BUTTON,
	EL_CAPTION,
	EL_CENTER,
	EL_CITE,
	EL_CODE,
	EL_COL,
	EL_DATA,
	EL_DD,
	EL_DEL,
	EL_DETAILS,
	EL_DFN,
	EL_DIALOG,
	EL_DIR,
	EL_DIV,
	EL_DL,
	EL_DT,
	EL_EM,
	EL_EMBED,
	EL_FIELDSET,
	EL_FIGCAPTION,
	EL_FIGURE,
	EL_FONT,
	EL_FOOTER,
	EL_FORM,
	EL_FRAMESET,
	EL_H1,
	EL_H2,
	EL_H3,
	EL_H4,
	EL_H5,
	EL_H6,
	EL_HEAD,
	EL_HEADER,
	EL_HGROUP,
	EL_HR,
	EL_HTML,
	EL_I,
	EL_IFRAME,
	EL_IMG,
	EL_INPUT,
	EL_INS,
	EL_KBD,
	EL_KEYGEN,
	EL_LABEL,
	EL_LEGEND,
	EL_LI,
	EL_LINK,
	EL_LISTING,
	EL_MAIN,
	EL_MARK,
	EL_MATH,
	EL_MENU,
	EL_META,
	EL_NAV,
	EL_NOBR,
	EL_NOEMBED,
	EL_NOFRAMES,
	EL_NOSCRIPT,
	EL_OL,
	EL_OPTION,
	EL_P,
	EL_PARAM,
	EL_PLAINTEXT,
	EL_PRE,
	EL_Q,
	EL_RP,
	EL_RT,
	EL_RUBY,
	EL_S,
	EL_SAMP,
	EL_SCRIPT,
	EL_SECTION,
	EL_SELECT,
	EL_SMALL,
	EL_SOURCE,
	EL_SPAN,
	EL_STRIKE,
	EL_STRONG,
	EL_STYLE,
	EL_SUB,
	EL_SUMMARY,
	EL_SUP,
	EL_SVG,
	EL_TABLE,
	EL_TBODY,
	EL_TD,
	EL_TEMPLATE,
	EL_TEXTAREA,
	EL_TFOOT,
	EL_TH,
	EL_THEAD,
	EL_TIME,
	EL_TITLE,
	EL_TR,
	EL_TRACK,
	EL_TT,
	EL_U,
	EL_UL,
	EL_VAR,
	EL_WBR,
	EL_XMP,
	EL_N
};

enum {
	EF_BLOCK = 1 << 0,		/* ends a paragraph */
	EF_RAWSKIP = 1 << 1,		/* raw text that is never text */
	EF_HEADOK = 1 << 2,		/* may stand in <head> */
	EF_VOID = 1 << 3,		/* has no content */
	EF_BREAKS_FOREIGN = 1 << 4,	/* ends svg/math content */
	EF_SKIP = 1 << 5,		/* content dropped, nesting counted */
	EF_CELL = 1 << 6,		/* a table cell */
	EF_HEADING = 1 << 7,		/* h1-h6 */
	EF_INLINE = 1 << 8,		/* phrasing markup */
};

/* the element named s[0..n) (lower case), or EL_UNKNOWN */
int element_lookup(const char *s, size_t n);
/*
 * The same through a hash table made once (a tag's name is looked up for
 * every tag: one probe instead of a binary search).  The table is the
 * caller's, not global state.
 */
#define ELEMENT_SLOTS 512
struct element_index {
	short slot[ELEMENT_SLOTS];	/* element + 1, 0 for empty */
};
void element_index_init(struct element_index *x);
int element_find(const struct element_index *x, const char *s, size_t n);
/* its EF_ flags (0 for EL_UNKNOWN) */
unsigned element_flags(int el);

#endif
