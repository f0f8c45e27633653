/* bytes16.h: looking at sixteen bytes at a time, through the vector
 * extension of GCC and clang: one portable type that compiles to SSE2 on
 * x86-64, NEON on ARM and plain code elsewhere, so every target gets the
 * same fast paths from the same source (no <emmintrin.h> anywhere).  Most
 * text holds runs of plain bytes that only have to be found (and often
 * copied); eight bytes at a time (swar.h) costs four to five instructions
 * a byte there, this under two.
 *
 * Comparisons are written as vector expressions, (bytes16)(v == c): each
 * byte of the result is 0xFF where true, 0 where false.  Compared as
 * bytes16_signed, the bytes >= 0x80 are negative, so v < 0x20 then holds
 * for exactly the C0 controls and the non-ASCII bytes (bytes16_low).
 *
 * Without the extension BYTES16 is 0 and callers fall back to swar.h's
 * eight-byte words or a byte loop. */
#ifndef COPYDESK_BYTES16_H
#define COPYDESK_BYTES16_H

#include <stdint.h>
#include <string.h>

/* -DBYTES16=0 builds the fallbacks on any compiler, to test them */
#ifndef BYTES16
#if defined(__GNUC__) || defined(__clang__)
#define BYTES16 1
#else
#define BYTES16 0
#endif
#endif

#if BYTES16

/* sixteen bytes; a comparison gives 0xFF where true, 0 where not */
typedef unsigned char bytes16 __attribute__((vector_size(16)));
typedef signed char bytes16_signed __attribute__((vector_size(16)));

/* unaligned, through memcpy (no aliasing or alignment assumption) */
static inline bytes16
bytes16_load(const void *p)
{
	bytes16 v;

	memcpy(&v, p, sizeof v);
	return v;
}

/* unaligned, through memcpy */
static inline void
bytes16_store(void *p, bytes16 v)
{
	memcpy(p, &v, sizeof v);
}

/* c in each byte: for a byte known only at run time, made once before a
 * loop (compared with a plain scalar, GCC makes it again at each step) */
static inline bytes16
bytes16_splat(unsigned char c)
{
	return (bytes16){ 0 } + c;
}

/* 0xFF where a byte of v is a C0 control or non-ASCII (below 0x20 as a
 * signed byte), else 0 */
static inline bytes16
bytes16_low(bytes16 v)
{
	return (bytes16)((bytes16_signed)v < 0x20);
}

/* the sum of v's bytes, each at most 31 */
static inline size_t
bytes16_sum(bytes16 v)
{
	uint64_t h[2];

	memcpy(h, &v, sizeof h);
	/* each half's bytes summed into its top byte: no carry out of a
	 * byte while the sum stays under 256 */
	return (size_t)(((h[0] * 0x0101010101010101ULL) >> 56) +
	    ((h[1] * 0x0101010101010101ULL) >> 56));
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* the first byte in memory is the lowest of a word */

/*
 * The top bits of v's bytes as a number: bit i is byte i's top bit (for a
 * comparison's result, whether it holds at byte i).  Every scan finds its
 * hits this way: ctz gives the first, and a mask can be shifted across
 * blocks and counted.  The vector
 * extension has no such operation: on x86 it is one SSE2 instruction,
 * reached through the compiler's builtin (the one target-specific line
 * here); elsewhere each half's top bits are gathered into its top byte by
 * a multiply (the bit of byte j lands at bit 56 + j; no two partial
 * products share a bit, so nothing carries).
 */
static inline unsigned
bytes16_mask(bytes16 v)
{
#ifdef __SSE2__
	typedef char bytes16_char __attribute__((vector_size(16)));

	return (unsigned)__builtin_ia32_pmovmskb128((bytes16_char)v);
#else
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t gather = 0x0102040810204080ULL;
	uint64_t h[2];

	memcpy(h, &v, sizeof h);
	return (unsigned)((((h[0] >> 7) & ones) * gather) >> 56) |
	    (unsigned)((((h[1] >> 7) & ones) * gather) >> 56) << 8;
#endif
}

#else
static inline unsigned
bytes16_mask(bytes16 v)
{
	unsigned char a[16];
	unsigned i, m = 0;

	memcpy(a, &v, sizeof a);
	for (i = 0; i < 16; i++)
		m |= (unsigned)(a[i] >> 7) << i;
	return m;
}
#endif
#endif

#endif
