/* tokenize.c: split a line into tokens, keeping offsets. */
#include <string.h>
#include <utf8proc.h>

#include "tokenize.h"
#include "utf8.h"
#include "xalloc.h"

enum cls { C_SPACE, C_UPPER, C_LOWER, C_NOCASE, C_DIGIT, C_MARK, C_PUNCT };

/* ASCII classes by table: most text is ASCII, and this is the inner loop */
#define A4(x) x, x, x, x
#define A16(x) A4(x), A4(x), A4(x), A4(x)
static const unsigned char ascii_cls[128] = {
	/* 0x00 */ A4(C_PUNCT), A4(C_PUNCT), C_PUNCT, C_SPACE, C_PUNCT,
	C_PUNCT, A4(C_PUNCT),
	/* 0x10 */ A16(C_PUNCT),
	/* 0x20 */ C_SPACE, C_PUNCT, C_PUNCT, C_PUNCT, A4(C_PUNCT),
	A4(C_PUNCT), A4(C_PUNCT),
	/* 0x30 */ A4(C_DIGIT), A4(C_DIGIT), C_DIGIT, C_DIGIT, C_PUNCT,
	C_PUNCT, A4(C_PUNCT),
	/* 0x40 */ C_PUNCT, C_UPPER, C_UPPER, C_UPPER, A4(C_UPPER),
	A4(C_UPPER), A4(C_UPPER),
	/* 0x50 */ A4(C_UPPER), A4(C_UPPER), C_UPPER, C_UPPER, C_UPPER,
	C_PUNCT, A4(C_PUNCT),
	/* 0x60 */ C_PUNCT, C_LOWER, C_LOWER, C_LOWER, A4(C_LOWER),
	A4(C_LOWER), A4(C_LOWER),
	/* 0x70 */ A4(C_LOWER), A4(C_LOWER), C_LOWER, C_LOWER, C_LOWER,
	C_PUNCT, A4(C_PUNCT),
};
#undef A4
#undef A16

/* bytes by what the fast paths want of them; B_HIGH for every byte of
 * a character beyond ASCII */
enum {
	B_WORD = 1, B_UPPER = 2, B_LOWER = 4, B_DIGIT = 8, B_PERIOD = 16,
	B_HYPHEN = 32, B_APOS = 64, B_HIGH = 128
};
#define H16 B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, \
	B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH
static const unsigned char ascii_bits[256] = {
	/* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0x20 */ 0, 0, 0, 0, 0, 0, 0, 64, 0, 0, 0, 0, 0, 32, 16, 0,
	/* 0x30 */ 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0,
	/* 0x40 */ 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	/* 0x50 */ 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
	/* 0x60 */ 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	/* 0x70 */ 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
	/* 0x80 to 0xff */ H16, H16, H16, H16, H16, H16, H16, H16
};
#undef H16

/* the class of the code point at s[i..end) and its length */
static inline enum cls
classify(const char *s, size_t i, size_t end, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;

	if (c < 0x80) {
		*len = 1;
		return (enum cls)ascii_cls[c];
	}
	/* U+2000 to U+203F, the curly quotes and dashes of news text:
	 * spaces to U+200A and U+202F, the rest punctuation or format
	 * characters (test-tokenize checks this against utf8proc) */
	if (c == 0xE2 && end - i >= 3 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
		unsigned low = (unsigned char)s[i + 2] & 0x3F;

		*len = 3;
		return low <= 0x0A || low == 0x2F ? C_SPACE : C_PUNCT;
	}
	*len = utf8_decode(s + i, end - i, &cp);
	if (cp < 0)
		return C_PUNCT;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return C_NOCASE;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_MARK;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
		return C_SPACE;
	default:
		return C_PUNCT;
	}
}

/* an ASCII letter or digit (no byte of a longer character is one) */
static inline int
ascii_word(unsigned char b)
{
	return ascii_bits[b] & B_WORD;
}

static int
is_word(enum cls c)
{
	return c == C_UPPER || c == C_LOWER || c == C_NOCASE ||
	    c == C_DIGIT || c == C_MARK;
}

static int
is_letter(enum cls c)
{
	return c == C_UPPER || c == C_LOWER || c == C_NOCASE || c == C_MARK;
}

/* the class at i, or C_SPACE past the end */
static enum cls
cls_at(const char *s, size_t i, size_t end)
{
	size_t len;

	return i < end ? classify(s, i, end, &len) : C_SPACE;
}

/* whether s[i..end) starts with an apostrophe; its length in *len */
static int
apostrophe(const char *s, size_t i, size_t end, size_t *len)
{
	if (s[i] == '\'') {
		*len = 1;
		return 1;
	}
	if (end - i >= 3 && memcmp(s + i, "\xe2\x80\x99", 3) == 0) {
		*len = 3;
		return 1;
	}
	return 0;
}

static int
escaped_entity(const char *s, size_t i, size_t end, size_t *len)
{
	if (s[i] != '&')
		return 0;
	if (end - i >= 4 && memcmp(s + i, "&lt;", 4) == 0)
		*len = 4;
	else if (end - i >= 5 && memcmp(s + i, "&amp;", 5) == 0)
		*len = 5;
	else
		return 0;
	return 1;
}

/* whether s[a..b) is single letters between dots: "J", "U.S" */
static int
initials(const char *s, size_t a, size_t b)
{
	size_t i = a, len;
	int want_letter = 1;

	while (i < b) {
		if (want_letter) {
			if (!is_letter(classify(s, i, b, &len)))
				return 0;
			i += len;
		} else {
			if (s[i] != '.')
				return 0;
			i++;
		}
		want_letter = !want_letter;
	}
	return !want_letter;
}

/* whether s[a..b) is an abbreviation that opens a place's name and
 * keeps its dot ("St. Louis", "Mt. Kenya", "Ft. Worth"), as the
 * gazetteer spells such names */
static int
name_prefix(const char *s, size_t a, size_t b)
{
	static const char *const prefixes[] = { "St", "Ste", "Mt", "Ft",
	    NULL };
	const char *const *p;

	for (p = prefixes; *p; p++)
		if (b - a == strlen(*p) && memcmp(s + a, *p, b - a) == 0)
			return 1;
	return 0;
}

/* whether a space and a capital follow s[i], looking past the part of
 * the line being cut (a tag may end there) up to its NUL: ASCII A-Z or
 * a capital of Latin-1 ("St. Étienne") */
static int
name_follows(const char *s, size_t i)
{
	unsigned char c;

	if (s[i] != ' ')
		return 0;
	c = (unsigned char)s[i + 1];
	if (c >= 'A' && c <= 'Z')
		return 1;
	return c == 0xc3 && (unsigned char)s[i + 2] >= 0x80 &&
	    (unsigned char)s[i + 2] <= 0x9e && s[i + 2] != (char)0x97;
}

/* the length of a contraction's letters at s[j..end): s ve re ll d m,
 * followed by no letter; 0 if none */
static size_t
contraction(const char *s, size_t j, size_t end)
{
	static const char *const tails[] = { "s", "ve", "re", "ll", "d",
	    "m", NULL };
	const char *const *p;
	size_t n, k;

	for (p = tails; *p; p++) {
		n = strlen(*p);
		if (end - j < n)
			continue;
		for (k = 0; k < n; k++)
			if ((s[j + k] | 0x20) != (*p)[k])
				break;
		if (k == n && !is_word(cls_at(s, j + n, end)))
			return n;
	}
	return 0;
}

/* the end of the word starting at i */
static size_t
scan_word(const char *s, size_t i, size_t end)
{
	size_t len, alen, j;
	enum cls prev = C_SPACE, c;
	size_t start = i;

	if ((s[i] == 'n' || s[i] == 'N') && apostrophe(s, i + 1, end, &alen) &&
	    i + 1 + alen < end && (s[i + 1 + alen] == 't' ||
	    s[i + 1 + alen] == 'T') && !is_word(cls_at(s, i + 2 + alen, end)))
		return i + 2 + alen;
	while (i < end) {
		unsigned char b = (unsigned char)s[i];

		/* the bulk of a word: ASCII letters and digits */
		if (ascii_word(b)) {
			do
				i++;
			while (i < end && ascii_word((unsigned char)s[i]));
			prev = (enum cls)ascii_cls[(unsigned char)s[i - 1]];
			continue;
		}
		c = classify(s, i, end, &len);
		if (is_word(c)) {
			prev = c;
			i += len;
			continue;
		}
		if (apostrophe(s, i, end, &alen) && is_letter(prev)) {
			j = i + alen;
			/* possessive 's, 've 're 'll 'd 'm and n't split off */
			if (contraction(s, j, end))
				break;
			if (j < end && (s[j] == 't' || s[j] == 'T') &&
			    (s[i - 1] == 'n' || s[i - 1] == 'N') &&
			    !is_word(cls_at(s, j + 1, end))) {
				if (i - 1 > start)
					i--;
				break;
			}
			if (is_letter(cls_at(s, j, end))) {
				i = j;
				continue;
			}
			break;
		}
		if (s[i] == '-' && is_word(cls_at(s, i + 1, end))) {
			i++;
			continue;
		}
		if (s[i] == '.') {
			enum cls next = cls_at(s, i + 1, end);

			if (prev == C_DIGIT && next == C_DIGIT) {
				i++;
				continue;
			}
			/* "St. Louis": the dot stays when a name follows,
			 * in this part of the line or after it */
			if (name_follows(s, i + 1) && name_prefix(s, start, i)) {
				i++;
				break;
			}
			if (!initials(s, start, i))
				break;
			/* "U.S" goes on to the next letter; "U.S." and "J."
			 * keep their last dot */
			if (is_letter(next)) {
				size_t l2, k = i + 1;

				classify(s, k, end, &l2);
				if (k + l2 < end && s[k + l2] == '.') {
					i = k;
					continue;
				}
				break;
			}
			i++;
			break;
		}
		if ((s[i] == ',' || s[i] == ':' || s[i] == '/') &&
		    prev == C_DIGIT && cls_at(s, i + 1, end) == C_DIGIT) {
			i++;
			continue;
		}
		if (s[i] == '&' && prev == C_UPPER &&
		    cls_at(s, i + 1, end) == C_UPPER) {
			i++;
			continue;
		}
		break;
	}
	return i;
}

static uint16_t shape_slow(const char *s, size_t a, size_t b);

/* the SH_* bits of an ASCII token, by table: those its first byte
 * decides (an ASCII byte is at most one of upper, lower and digit) ... */
#define FIRST_SHAPE(x) ((x) & B_UPPER ? SH_UPPER : (x) & B_LOWER ? SH_LOWER : \
	(x) & B_DIGIT ? SH_DIGIT : 0)
static const uint16_t first_shape[16] = {
	FIRST_SHAPE(0), FIRST_SHAPE(1), FIRST_SHAPE(2), FIRST_SHAPE(3),
	FIRST_SHAPE(4), FIRST_SHAPE(5), FIRST_SHAPE(6), FIRST_SHAPE(7),
	FIRST_SHAPE(8), FIRST_SHAPE(9), FIRST_SHAPE(10), FIRST_SHAPE(11),
	FIRST_SHAPE(12), FIRST_SHAPE(13), FIRST_SHAPE(14), FIRST_SHAPE(15)
};
/* ... and those the bits of all its bytes together decide */
#define ALL_SHAPE(x) ((uint16_t)(((x) & B_DIGIT ? SH_HASDIGIT : 0) | \
	((x) & B_PERIOD ? SH_PERIOD : 0) | ((x) & B_HYPHEN ? SH_HYPHEN : 0) | \
	((x) & B_APOS ? SH_APOS : 0) | \
	(((x) & B_UPPER) && !((x) & B_LOWER) ? SH_ALLCAPS : 0) | \
	((x) & B_WORD ? 0 : SH_PUNCT)))
#define ALL4(x) ALL_SHAPE(x), ALL_SHAPE((x) + 1), ALL_SHAPE((x) + 2), \
	ALL_SHAPE((x) + 3)
#define ALL16(x) ALL4(x), ALL4((x) + 4), ALL4((x) + 8), ALL4((x) + 12)
static const uint16_t all_shape[128] = {
	ALL16(0), ALL16(16), ALL16(32), ALL16(48), ALL16(64), ALL16(80),
	ALL16(96), ALL16(112)
};
#undef ALL16
#undef ALL4

/* shape_of for ASCII tokens (nearly all), by one pass over the bits of
 * their bytes, without decoding; the general one otherwise */
static uint16_t
shape_of(const char *s, size_t a, size_t b)
{
	unsigned first = ascii_bits[(unsigned char)s[a]], rest = 0, all;
	size_t i;

	for (i = a + 1; i < b; i++)
		rest |= ascii_bits[(unsigned char)s[i]];
	all = first | rest;
	if (all & B_HIGH)
		return shape_slow(s, a, b);
	return (uint16_t)(first_shape[first & 15] | all_shape[all] |
	    ((first & B_LOWER) && (rest & B_UPPER) ? SH_INNERCAP : 0));
}

static uint16_t
shape_slow(const char *s, size_t a, size_t b)
{
	uint16_t sh = 0;
	size_t i, len;
	int first = 1, cased = 0, lower = 0, word = 0, upper_later = 0;
	enum cls c;

	for (i = a; i < b; i += len) {
		c = classify(s, i, b, &len);
		if (first) {
			if (c == C_UPPER)
				sh |= SH_UPPER;
			else if (c == C_LOWER)
				sh |= SH_LOWER;
			else if (c == C_DIGIT)
				sh |= SH_DIGIT;
			else if (c == C_NOCASE)
				sh |= SH_NOCASE;
			first = 0;
		}
		if (c == C_UPPER) {
			cased = 1;
			if (i > a)
				upper_later = 1;
		}
		if (c == C_LOWER)
			cased = lower = 1;
		if (c == C_DIGIT)
			sh |= SH_HASDIGIT;
		if (is_word(c))
			word = 1;
		if (s[i] == '.')
			sh |= SH_PERIOD;
		if (s[i] == '-')
			sh |= SH_HYPHEN;
		if (s[i] == '\'' || (len == 3 &&
		    memcmp(s + i, "\xe2\x80\x99", 3) == 0))
			sh |= SH_APOS;
	}
	if (cased && !lower)
		sh |= SH_ALLCAPS;
	if ((sh & SH_LOWER) && upper_later)
		sh |= SH_INNERCAP;
	if (!word)
		sh |= SH_PUNCT;
	return sh;
}

static void
push(struct tokens *t, const char *s, size_t a, size_t b, int fixed)
{
	struct token *k;

	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = xreallocarray(t->v, t->cap, sizeof *t->v);
	}
	k = &t->v[t->n++];
	k->start = (uint32_t)a;
	k->end = (uint32_t)b;
	k->shape = shape_of(s, a, b);
	k->fixed = (int8_t)fixed;
}

void
tokenize(struct tokens *t, const char *s, size_t start, size_t end, int fixed)
{
	size_t i = start, len, j;
	enum cls c;

	while (i < end) {
		c = classify(s, i, end, &len);
		if (c == C_SPACE) {
			i += len;
			continue;
		}
		if (escaped_entity(s, i, end, &len)) {
			push(t, s, i, i + len, fixed);
			i += len;
			continue;
		}
		if (is_word(c)) {
			j = scan_word(s, i, end);
			push(t, s, i, j, fixed);
			i = j;
			continue;
		}
		/* the 's (or 've ...) split off a word */
		if (apostrophe(s, i, end, &len) && t->n > 0 &&
		    t->v[t->n - 1].end == i &&
		    !(t->v[t->n - 1].shape & SH_PUNCT) &&
		    (j = contraction(s, i + len, end)) > 0) {
			push(t, s, i, i + len + j, fixed);
			i += len + j;
			continue;
		}
		push(t, s, i, i + len, fixed);
		i += len;
	}
}
