/* utf8.h: UTF-8 decoding, repair and normalisation.
 *
 * Repair follows the Unicode "maximal subpart" practice (also the WHATWG
 * decoder's): each maximal ill-formed subsequence becomes one U+FFFD.
 */
#ifndef COPYDESK_UTF8_H
#define COPYDESK_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define UTF8_REPLACEMENT 0xFFFD

/* what utf8_repair() changed, to be reported once per input */
struct utf8_repairs {
	size_t invalid;		/* ill-formed sequences replaced by U+FFFD */
	size_t controls;	/* NUL and C0 controls (not TAB) dropped */
};

/*
 * Decode the code point at s[0..n), n > 0.  Returns the bytes used.  On
 * ill-formed input *cp is -1 and the return value is the length of the
 * maximal ill-formed subpart (at least 1).
 */
size_t utf8_decode(const char *s, size_t n, int32_t *cp);

/* Encode cp (not a surrogate, <= 0x10FFFF) into out; returns 1..4. */
size_t utf8_encode(int32_t cp, char out[4]);

/* Append cp to b as UTF-8. */
void utf8_add(struct buf *b, int32_t cp);

/* Whether s[0..n) is well-formed UTF-8. */
int utf8_valid(const char *s, size_t n);

/*
 * Append s[0..n) to out, replacing ill-formed sequences with U+FFFD and
 * dropping NUL and C0 controls other than TAB; adds to *r.
 */
void utf8_repair(struct buf *out, const char *s, size_t n,
    struct utf8_repairs *r);

/*
 * Whether code point cp lies in a block whose characters are stable under
 * NFC and never combine with the one before (Latin-1 to IPA, Greek and
 * Cyrillic letters, Hebrew letters, punctuation, currency, CJK ideographs,
 * kana, Hangul syllables, fullwidth forms, emoji); ASCII is not asked.
 * Inline: the text builder asks it of every character it decodes.
 */
static inline int
utf8_nfc_stable(int32_t cp)
{
	/* the blocks most text is in first: Latin, punctuation, Cyrillic,
	 * Hangul, CJK */
	return (cp >= 0xA0 && cp < 0x300) ||
	    (cp >= 0x2010 && cp <= 0x2027) ||
	    (cp >= 0x400 && cp <= 0x482) ||
	    (cp >= 0x48A && cp <= 0x52F) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) ||
	    (cp >= 0x4E00 && cp <= 0x9FFF) ||
	    (cp >= 0x3041 && cp <= 0x3096) ||
	    (cp >= 0x30A1 && cp <= 0x30FA) ||
	    (cp >= 0x3000 && cp <= 0x3029) ||
	    (cp >= 0x3030 && cp <= 0x303F) ||
	    (cp >= 0x388 && cp <= 0x3FF) ||
	    (cp >= 0x5D0 && cp <= 0x5EA) ||
	    (cp >= 0x2030 && cp <= 0x205E) ||
	    (cp >= 0x20A0 && cp <= 0x20CF) ||
	    (cp >= 0xFF01 && cp <= 0xFFEF) ||
	    (cp >= 0x1F300 && cp <= 0x1FAFF);
}

/*
 * The length of the longest prefix of s[0..n) that utf8_repair() copies
 * unchanged: n when s is well-formed and holds no control but TAB.
 */
size_t utf8_clean_prefix(const char *s, size_t n);

/* Whether NFC could change well-formed s[0..n): 0 when every character
 * is ASCII or utf8_nfc_stable. */
int utf8_nfc_may_change(const char *s, size_t n);

/* Append the NFC form of well-formed s[0..n) to out. */
void utf8_add_nfc(struct buf *out, const char *s, size_t n);

/* Number of code points in well-formed s[0..n). */
size_t utf8_length(const char *s, size_t n);

/* The start of the code point that ends just before s[i], i > 0: steps
 * back over at most three continuation bytes, so that a run of stray ones
 * in ill-formed text counts one at a time, as repair would. */
size_t utf8_prev(const char *s, size_t i);

#endif
