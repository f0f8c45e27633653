/* swar.h: looking at eight bytes at a time ("SIMD within a register").
 * Most text holds nothing the splitter must look at closely, so skipping
 * it a word at a time is where the speed is. */
#ifndef SPLIT_SWAR_H
#define SPLIT_SWAR_H

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

#endif
