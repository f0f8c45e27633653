/* bytes16.h: looking at sixteen bytes at a time, through the vector
 * extension of GCC and clang (SSE2 on x86-64, NEON on ARM, plain code
 * elsewhere).  The text of a dump is mostly runs of plain ASCII that
 * only have to be found and copied; eight bytes at a time (swar.h) costs
 * four to five instructions a byte there, this under two.
 *
 * Without the extension BYTES16 is 0 and callers fall back to swar.h. */
#ifndef STRIP_MARKUP_BYTES16_H
#define STRIP_MARKUP_BYTES16_H

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define BYTES16 1

/* sixteen bytes; a comparison gives 0xFF where true, 0 where not */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* unaligned, through memcpy (no aliasing or alignment assumption) */
static inline bytes16
bytes16_load(const void *p)
{
	bytes16 v;

	memcpy(&v, p, sizeof v);
	return v;
}

/* whether any byte of v is non-zero */
static inline int
bytes16_any(bytes16 v)
{
	uint64_t h[2];

	memcpy(h, &v, sizeof h);
	return (h[0] | h[1]) != 0;
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

/* the index of the first non-zero byte of v, a comparison's result, or
 * 16 */
static inline unsigned
bytes16_first(bytes16 v)
{
	uint64_t h[2];

	memcpy(h, &v, sizeof h);
	if (h[0])
		return (unsigned)__builtin_ctzll(h[0]) / 8;
	if (h[1])
		return 8 + (unsigned)__builtin_ctzll(h[1]) / 8;
	return 16;
}

/* the number of non-zero bytes of v, a comparison's result, before
 * index i (at most 16) */
static inline size_t
bytes16_count_before(bytes16 v, unsigned i)
{
	uint64_t h[2];

	memcpy(h, &v, sizeof h);
	h[0] &= i >= 8 ? ~0ULL : ~(~0ULL << 8 * i);
	h[1] &= i >= 16 ? ~0ULL : i <= 8 ? 0 : ~(~0ULL << 8 * (i - 8));
	/* one per 0xFF byte, summed into the top byte */
	return (size_t)(((((h[0] >> 7) & 0x0101010101010101ULL) *
	    0x0101010101010101ULL) >> 56) + ((((h[1] >> 7) &
	    0x0101010101010101ULL) * 0x0101010101010101ULL) >> 56));
}
#else
static inline unsigned
bytes16_first(bytes16 v)
{
	unsigned char a[16];
	unsigned i;

	memcpy(a, &v, sizeof a);
	for (i = 0; i < 16 && !a[i]; i++)
		;
	return i;
}

static inline size_t
bytes16_count_before(bytes16 v, unsigned i)
{
	unsigned char a[16];
	size_t n = 0;

	memcpy(a, &v, sizeof a);
	while (i--)
		n += a[i] != 0;
	return n;
}
#endif
#else
#define BYTES16 0
#endif

#endif
