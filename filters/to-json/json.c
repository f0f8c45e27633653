#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json.h"
#include "utf8.h"

/* room past the end of what is written: a 16-byte store may overshoot,
 * and it is what json_put_string leaves after the string (each reserve
 * asks for it beyond what is left to write) */
#define OVERSHOOT 16
_Static_assert(OVERSHOOT >= JSON_ROOM_AFTER, "the room promised in json.h");

#ifdef __SSE2__
/*
 * The m bytes s[0..m), 0 < m < 16, into tail, zeros after them.  Every
 * mention and every text ends in such a tail, and a memcpy of a variable
 * length is a call into the C library: two fixed-size copies that overlap
 * in the middle (each inside s[0..m)) cover the m bytes instead.
 */
static inline void
tail_copy(char tail[16], const char *s, size_t m)
{
	memset(tail, 0, 16);
	if (m >= 8) {
		memcpy(tail, s, 8);
		memcpy(tail + m - 8, s + m - 8, 8);
	} else if (m >= 4) {
		memcpy(tail, s, 4);
		memcpy(tail + m - 4, s + m - 4, 4);
	} else {	/* 1 to 3: the first, middle and last */
		tail[0] = s[0];
		tail[m / 2] = s[m / 2];
		tail[m - 1] = s[m - 1];
	}
}
#endif

/*
 * Copy s[i..n) to out up to the first byte that is not copied as it is:
 * '"', '\', a C0 control or a non-ASCII byte; return its index (n if
 * none).  out must have room for n - i + OVERSHOOT bytes.  Every byte of
 * every string passes here, so 16 at a time with SSE2: as signed bytes,
 * the controls and the non-ASCII bytes are exactly those below 0x20.
 * Sixteen bytes are stored before they are tested (a store past the
 * special byte is overwritten by what follows, inside the room).  A
 * tail shorter than 16 is tested as the last 16 bytes of s when this
 * call copied the bytes before it, else (most mentions) in a zeroed copy
 * (tail_copy), so nothing is read outside s[0..n).
 */
static size_t
copy_plain(struct buf *out, const char *s, size_t n, size_t i)
{
	char *d = out->data + out->len;
#ifdef __SSE2__
	const __m128i space = _mm_set1_epi8(0x20);
	const __m128i quote = _mm_set1_epi8('"');
	const __m128i bslash = _mm_set1_epi8('\\');
	const size_t from = i;
	char tail[16];
	__m128i x;
	unsigned mask;
	size_t m;

#define SPECIAL(x) ((unsigned)_mm_movemask_epi8(_mm_or_si128( \
	    _mm_cmplt_epi8((x), space), _mm_or_si128( \
	    _mm_cmpeq_epi8((x), quote), _mm_cmpeq_epi8((x), bslash)))))
	for (; i + 16 <= n; i += 16, d += 16) {
		x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		_mm_storeu_si128((__m128i *)(void *)d, x);
		if ((mask = SPECIAL(x)) != 0) {
			m = (size_t)__builtin_ctz(mask);
			d += m;
			i += m;
			goto done;
		}
	}
	if (i == n)
		goto done;
	m = n - i;	/* 1 to 15 bytes left */
	if (n >= 16 && n - 16 >= from) {
		/*
		 * The last 16 bytes of s, which this call copied as they are
		 * up to i: stored again over their own copy, they change
		 * nothing before d, and their bytes before i test plain.
		 */
		x = _mm_loadu_si128((const __m128i *)(const void *)
		    (s + n - 16));
		_mm_storeu_si128((__m128i *)(void *)(d + m - 16), x);
		mask = SPECIAL(x) >> (16 - m);
	} else {
		tail_copy(tail, s + i, m);
		x = _mm_loadu_si128((const __m128i *)(const void *)tail);
		_mm_storeu_si128((__m128i *)(void *)d, x);
		mask = SPECIAL(x) & ((1u << m) - 1);	/* not the zeros */
	}
#undef SPECIAL
	if (mask)
		m = (size_t)__builtin_ctz(mask);
	d += m;
	i += m;
done:
#else
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
			break;
		*d++ = (char)c;
	}
#endif
	out->len = (size_t)(d - out->data);
	return i;
}

static void
put_escape(struct buf *out, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char e[6] = { '\\', 'u', '0', '0', 0, 0 };

	switch (c) {
	case '"': buf_add(out, "\\\"", 2); return;
	case '\\': buf_add(out, "\\\\", 2); return;
	case '\n': buf_add(out, "\\n", 2); return;
	case '\t': buf_add(out, "\\t", 2); return;
	case '\r': buf_add(out, "\\r", 2); return;
	case '\b': buf_add(out, "\\b", 2); return;
	case '\f': buf_add(out, "\\f", 2); return;
	}
	e[4] = hex[c >> 4];
	e[5] = hex[c & 15];
	buf_add(out, e, 6);
}

size_t
json_put_string(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, len, repaired = 0;
	int32_t cp;

	buf_reserve(out, n + 2 + OVERSHOOT);
	out->data[out->len++] = '"';
	for (;;) {
		i = copy_plain(out, s, n, i);
		if (i == n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			put_escape(out, (unsigned char)s[i]);
			len = 1;
		} else {
			len = utf8_decode(s + i, n - i, &cp);
			if (cp < 0) {
				buf_add(out, "\xEF\xBF\xBD", 3);
				repaired++;
			} else if (cp == 0x2028 || cp == 0x2029) {
				buf_add(out, cp == 0x2028 ? "\\u2028" :
				    "\\u2029", 6);
			} else {
				buf_add(out, s + i, len);
			}
		}
		i += len;
		buf_reserve(out, n - i + 1 + OVERSHOOT);
	}
	out->data[out->len++] = '"';
	out->data[out->len] = '\0';
	return repaired;
}
