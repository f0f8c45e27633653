/* Unit tests of the scans sixteen and eight bytes at a time (bytes16.h,
 * swar.h): each against a byte loop, with the byte it must find (or
 * pass) at every place of strings of every length to 48 and at every
 * alignment, so each place falls in the vector loop, the word loop and
 * the byte loop, and on both sides of each step. */
#include <stdint.h>

#include "bytes16.h"
#include "check.h"
#include "swar.h"
#include "utf8.h"

#define MAXLEN 48

/* the bytes each scan must stop at or pass, and plain ones around */
static const unsigned char probes[] = {
	'\n', '\r', '\t', '<', '&', ' ', 0x01, 0x1F, 0x7F, 0x80, 0xC3, 0xFF,
	'"', '\\', 'a',
};

static size_t
line_end_by_byte(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != '\n' && s[i] != '\r'; i++)
		;
	return i;
}

static size_t
tag_or_escape_by_byte(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != '<' && s[i] != '&'; i++)
		;
	return i;
}

/* whether s[0..end) holds a byte UTF-8 repair must look at */
static int
special_by_byte(const char *s, size_t end)
{
	size_t i;

	for (i = 0; i < end; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80 || (c < 0x20 && c != '\t'))
			return 1;
	}
	return 0;
}

/* one probe byte at place p (and, if q < n, another at q) in plain text */
static void
fill(char *s, size_t n, size_t p, unsigned char c, size_t q, unsigned char d)
{
	size_t i;

	for (i = 0; i < n; i++)
		s[i] = (char)('b' + i % 20);
	if (p < n)
		s[p] = (char)c;
	if (q < n)
		s[q] = (char)d;
}

static void
test_scans(void)
{
	char space[MAXLEN + 32];
	size_t align, n, p, a, b, k;
	int same = 1, special;

	for (align = 0; align < 16; align++)
		for (n = 0; n <= MAXLEN; n++)
			for (p = 0; p <= n; p++)
				for (a = 0; a < sizeof probes; a++)
					for (b = 0; b < sizeof probes; b += 5) {
		char *s = space + align;

		fill(s, n, p, probes[a], p + 17, probes[b]);
		if (swar_line_end(s, n) != line_end_by_byte(s, n))
			same = 0;
		if (swar_tag_or_escape(s, n) != tag_or_escape_by_byte(s, n))
			same = 0;
		special = 0;
		k = swar_line_scan(s, n, &special);
		if (k != line_end_by_byte(s, n) ||
		    special != special_by_byte(s, k))
			same = 0;
	}
	CHECK(same);
}

/* utf8_clean_prefix stops at a control or a bad sequence at every place,
 * and passes a TAB and a well-formed 'é' */
static void
test_clean_prefix_every_place(void)
{
	char space[MAXLEN + 32];
	size_t align, n, p;
	int same = 1;

	for (align = 0; align < 16; align++)
		for (n = 1; n <= MAXLEN; n++)
			for (p = 0; p < n; p++) {
				char *s = space + align;

				fill(s, n, p, 0x01, n, 0);
				if (utf8_clean_prefix(s, n) != p)
					same = 0;
				fill(s, n, p, 0xFF, n, 0);
				if (utf8_clean_prefix(s, n) != p)
					same = 0;
				fill(s, n, p, '\t', n, 0);
				if (utf8_clean_prefix(s, n) != n)
					same = 0;
				if (p + 1 < n) {
					fill(s, n, p, 0xC3, p + 1, 0xA9);
					if (utf8_clean_prefix(s, n) != n)
						same = 0;
				}
			}
	CHECK(same);
}

#if BYTES16
/* the primitives against a byte loop, on vectors of chosen bytes */
static void
test_primitives(void)
{
	unsigned char a[16];
	unsigned seed = 7, i, want, wanthit;
	size_t sum;
	int round, same = 1;

	for (round = 0; round < 20000; round++) {
		bytes16 v, hit, count;

		for (i = 0; i < 16; i++) {
			seed = seed * 1103515245u + 12345u;
			/* few hits, so that the first one moves about */
			a[i] = (seed >> 16) % 8 ? (unsigned char)('a' +
			    i) : probes[(seed >> 20) % sizeof probes];
		}
		v = bytes16_load(a);
		hit = (bytes16)(v == '\n') | bytes16_low(v);
		want = 0;
		wanthit = 0;
		sum = 0;
		for (i = 0; i < 16; i++) {
			int h = a[i] == '\n' || (signed char)a[i] < 0x20;

			want |= (unsigned)(a[i] >> 7) << i;
			wanthit |= (unsigned)h << i;
			sum += (size_t)h * 31;
		}
		if (bytes16_mask(v) != want || bytes16_mask(hit) != wanthit)
			same = 0;
		/* the most bytes16_sum is made for: 31 in each byte */
		count = hit & 31;
		if (bytes16_sum(count) != sum)
			same = 0;
		if (!(bytes16_mask((bytes16)(bytes16_splat(a[3]) == v)) &
		    1u << 3))
			same = 0;
		bytes16_store(a, v);
		if (bytes16_mask((bytes16)(bytes16_load(a) != v)) != 0)
			same = 0;
	}
	CHECK(same);
}
#endif

int
main(void)
{
	test_scans();
	test_clean_prefix_every_place();
#if BYTES16
	test_primitives();
#endif
	return check_report("test-bytes16");
}
