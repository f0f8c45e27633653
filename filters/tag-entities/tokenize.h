/* tokenize.h: a tokenizer that keeps byte offsets into the line, so that
 * every entity is cut from the input as it stands.
 *
 * Splits on spaces and punctuation; splits "'s" / "’s" and "n't"; keeps
 * "U.S." and initials ("J."), "St." and "Mt." before a name, hyphenated words, numbers like "1,000.5",
 * "07:40" and "2015-09-18"; "&lt;" and "&amp;" (escaped text) are one
 * opaque token each.
 */
#ifndef TAG_ENTITIES_TOKENIZE_H
#define TAG_ENTITIES_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

enum {
	SH_UPPER = 1 << 0,	/* starts with an upper-case letter */
	SH_LOWER = 1 << 1,	/* starts with a lower-case letter */
	SH_ALLCAPS = 1 << 2,	/* has cased letters, all upper case */
	SH_DIGIT = 1 << 3,	/* starts with a digit */
	SH_HASDIGIT = 1 << 4,
	SH_PUNCT = 1 << 5,	/* no letter or digit at all */
	SH_NOCASE = 1 << 6,	/* starts with a letter without case (CJK) */
	SH_PERIOD = 1 << 7,	/* holds a '.' */
	SH_HYPHEN = 1 << 8,	/* holds a '-' */
	SH_APOS = 1 << 9,	/* holds an apostrophe */
	SH_INNERCAP = 1 << 10	/* starts lower case, has a capital later */
};

struct token {
	uint32_t start, end;	/* bytes of the line */
	uint16_t shape;		/* SH_* */
	int8_t fixed;		/* entity type of an existing tag, or -1 */
};

struct tokens {
	struct token *v;
	size_t n, cap;
};

/* append the tokens of s[start..end) to t, each marked fixed; s is the
 * whole line, NUL-terminated: "St." looks at the word after it even
 * past end */
void tokenize(struct tokens *t, const char *s, size_t start, size_t end,
    int fixed);

#endif
