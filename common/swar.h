/* swar.h: looking at eight bytes at a time ("SIMD within a register").
 * Most text holds nothing the splitter or the line reader must look at
 * closely, so skipping it a word at a time is where the speed is. */
#ifndef COPYDESK_SWAR_H
#define COPYDESK_SWAR_H

#include <stdint.h>
#include <string.h>

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
 * The offset of the first line end (LF or CR) in s[0..n), or n.  One pass
 * for both bytes: two memchr calls would rescan the rest of a block for
 * each short line of a file that has only the other kind of line end.
 */
static inline size_t
swar_line_end(const char *s, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w = swar_load(s + i);

		if (swar_eq(w, '\n') | swar_eq(w, '\r'))
			break;
	}
	for (; i < n; i++)
		if (s[i] == '\n' || s[i] == '\r')
			break;
	return i;
}

#endif
