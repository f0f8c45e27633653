/* swar.h: looking at eight bytes at a time ("SIMD within a register").
 * Most text holds nothing the splitter or the line reader must look at
 * closely, so skipping it a word at a time is where the speed is.  The
 * scans below go sixteen bytes at a time with bytes16.h where the
 * compiler has the vector extension; the words here are the fallback
 * without it, and the better choice for the short stretches (under
 * sixteen bytes) left after the vector loop. */
#ifndef COPYDESK_SWAR_H
#define COPYDESK_SWAR_H

#include <stdint.h>
#include <string.h>

#include "bytes16.h"

#define SWAR_ONES 0x0101010101010101ULL
#define SWAR_HIGHS 0x8080808080808080ULL

static inline uint64_t
swar_load(const char *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof w);
	return w;
}

/* the high bit of each byte of w that equals c, exactly (no carries
 * between bytes, so it is right whatever the byte order) */
static inline uint64_t
swar_eq(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (SWAR_ONES * c);

	return ~(((x & ~SWAR_HIGHS) + ~SWAR_HIGHS) | x | ~SWAR_HIGHS);
}

/*
 * The offset of the first byte a or b in s[0..n), or n, in one pass:
 * sixteen bytes at a time with bytes16.h, then (or without it) eight.
 * Inline, so that a and b are constants where it is used.
 */
static inline size_t
swar_first_of(const char *s, size_t n, unsigned char a, unsigned char b)
{
	size_t i = 0;

#if BYTES16
	for (; i + 16 <= n; i += 16) {
		bytes16 x = bytes16_load(s + i);
		unsigned m = bytes16_mask((bytes16)(x == a) |
		    (bytes16)(x == b));

		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t w = swar_load(s + i);

		if (swar_eq(w, a) | swar_eq(w, b))
			break;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] == a || (unsigned char)s[i] == b)
			break;
	return i;
}

/*
 * The offset of the first line end (LF or CR) in s[0..n), or n.  One pass
 * for both bytes: two memchr calls would rescan the rest of a block for
 * each short line of a file that has only the other kind of line end.
 */
static inline size_t
swar_line_end(const char *s, size_t n)
{
	return swar_first_of(s, n, '\n', '\r');
}

/*
 * swar_line_end, and whether the line before the end holds a byte that
 * UTF-8 repair must look at (utf8_clean_prefix): a non-ASCII byte or a
 * control other than TAB.  *special is set, never cleared.  The line
 * reader runs this over every byte, so the test rides on the same loads:
 * as signed bytes, the controls and the non-ASCII bytes are exactly those
 * below 0x20 (LF and CR among them, so only a word holding one of those
 * bytes needs a second look).
 */
static inline size_t
swar_line_scan(const char *s, size_t n, int *special)
{
	size_t i = 0;

#if BYTES16
	for (; i + 16 <= n; i += 16) {
		bytes16 x = bytes16_load(s + i);
		unsigned low = bytes16_mask(bytes16_low(x));
		unsigned end, other;

		if (!low)
			continue;
		end = bytes16_mask((bytes16)(x == '\n') | (bytes16)(x == '\r'));
		other = low & ~end & ~bytes16_mask((bytes16)(x == '\t'));
		if (end) {
			unsigned at = (unsigned)__builtin_ctz(end);

			if (other & ((1u << at) - 1))
				*special = 1;
			return i + at;
		}
		if (other)
			*special = 1;
	}
#endif
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\n' || c == '\r')
			break;
		if (c >= 0x80 || (c < 0x20 && c != '\t'))
			*special = 1;
	}
	return i;
}

/*
 * The offset of the first '<' or '&' in s[0..n), or n: the bytes that
 * make a stream line more than its text (a tag, an escape).
 */
static inline size_t
swar_tag_or_escape(const char *s, size_t n)
{
	return swar_first_of(s, n, '<', '&');
}

#endif
