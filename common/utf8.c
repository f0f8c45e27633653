#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "bytes16.h"
#include "err.h"
#include "utf8.h"

size_t
utf8_decode(const char *str, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char lo = 0x80, hi = 0xBF;
	size_t need, i;
	int32_t c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;	/* no surrogates */
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;	/* nothing past U+10FFFF */
		c &= 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = -1;
			return i;
		}
		lo = 0x80;
		hi = 0xBF;
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return need + 1;
}

size_t
utf8_encode(int32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void
utf8_add(struct buf *b, int32_t cp)
{
	char tmp[4];

	buf_add(b, tmp, utf8_encode(cp, tmp));
}

int
utf8_valid(const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			return 0;
		i += k;
	}
	return 1;
}

/* a byte that needs a closer look: non-ASCII, or a control other than TAB */
static inline int
special(unsigned char c)
{
	return c >= 0x80 || (c < 0x20 && c != '\t');
}

/*
 * The index of the first special byte at or after i.  Most text is plain
 * ASCII, so look at many bytes at once.  With bytes16.h, sixteen: as
 * signed bytes, the non-ASCII bytes and the controls are exactly those
 * below 0x20 (bytes16_low), and TAB is taken out of the mask.  Then (the
 * last fifteen bytes or fewer, or without the vector extension) eight in
 * a word, which costs less than a byte loop: a byte >= 0x80
 * sets its top bit in x, and a byte < 0x20 sets it in x - 0x20...20 (a
 * borrow can only come from a lower byte that is itself < 0x20); a TAB
 * stops the word test and the byte loop then passes it.
 */
static size_t
plain_run(const char *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101u;
	uint64_t x;
	size_t end;

#if BYTES16
	for (; i + 16 <= n; i += 16) {
		bytes16 v = bytes16_load(s + i);
		unsigned m = bytes16_mask(bytes16_low(v) &
		    ~(bytes16)(v == '\t'));

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (;;) {
		while (i + 8 <= n) {
			memcpy(&x, s + i, 8);
			if ((x | (x - 0x20 * ones)) & (0x80 * ones))
				break;
			i += 8;
		}
		/* that word (or the tail) byte by byte */
		end = i + 8 < n ? i + 8 : n;
		while (i < end && !special((unsigned char)s[i]))
			i++;
		if (i < end || i >= n)
			return i;
	}
}

size_t
utf8_clean_prefix(const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;

	for (;;) {
		i = plain_run(s, i, n);
		if (i >= n || (unsigned char)s[i] < 0x20)
			return i;
		k = utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			return i;
		i += k;
	}
}

void
utf8_repair(struct buf *out, const char *s, size_t n, struct utf8_repairs *r)
{
	size_t i = 0, start, k;
	int32_t cp;

	buf_reserve(out, n);
	while (i < n) {
		start = i;
		i = plain_run(s, i, n);
		buf_add(out, s + start, i - start);
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x20) {
			r->controls++;
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			r->invalid++;
			utf8_add(out, UTF8_REPLACEMENT);
		} else {
			buf_add(out, s + i, k);
		}
		i += k;
	}
}

/*
 * Whether NFC could change s[0..n): only if it holds a character that is
 * not utf8_nfc_stable.  NFC is slow, and most text never needs it.
 */
int
utf8_nfc_may_change(const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		i += k;
		if (!utf8_nfc_stable(cp))
			return 1;
	}
	return 0;
}

/*
 * Below U+0300 there are no combining marks and every character is its own
 * NFC form, so runs of such characters are copied as they are; only a run
 * holding something higher goes through utf8proc (which allocates).
 */
void
utf8_add_nfc(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, run, k;
	int32_t cp;
	utf8proc_uint8_t *nfc;
	utf8proc_ssize_t len;

	if (!utf8_nfc_may_change(s, n)) {
		buf_add(out, s, n);
		return;
	}
	while (i < n) {
		run = i;
		while (i < n && (unsigned char)s[i] < 0xCC)
			i++;	/* 0xCC 0x80 is U+0300 */
		if (i >= n) {
			buf_add(out, s + run, i - run);
			break;
		}
		/* back up to the start of the word holding the high character,
		 * so that a base letter and its combining mark go together */
		k = i;
		while (k > run && (unsigned char)s[k - 1] > ' ')
			k--;
		buf_add(out, s + run, k - run);
		i = k;
		while (i < n && (unsigned char)s[i] != ' ') {
			i += utf8_decode(s + i, n - i, &cp);
		}
		len = utf8proc_map((const utf8proc_uint8_t *)s + k,
		    (utf8proc_ssize_t)(i - k), &nfc,
		    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (len < 0) {
			/* only on invalid input, which callers never pass */
			buf_add(out, s + k, i - k);
		} else {
			buf_add(out, nfc, (size_t)len);
			free(nfc);
		}
	}
}

size_t
utf8_length(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		count += ((unsigned char)s[i] & 0xC0) != 0x80;
	return count;
}

size_t
utf8_prev(const char *s, size_t i)
{
	size_t start = i - 1;

	while (start > 0 && i - start < 4 &&
	    ((unsigned char)s[start] & 0xC0) == 0x80)
		start--;
	if (((unsigned char)s[start] & 0xC0) == 0x80)
		return i - 1;	/* no lead byte within reach */
	return start;
}
