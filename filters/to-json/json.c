#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json.h"
#include "utf8.h"

/*
 * The index of the first byte of s[i..n) that is not copied as it is:
 * '"', '\', a C0 control or a non-ASCII byte (n if none).  Every byte of
 * every string passes here, so 16 at a time with SSE2: as signed bytes,
 * the controls and the non-ASCII bytes are exactly those below 0x20.
 */
static size_t
next_special(const char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	const __m128i space = _mm_set1_epi8(0x20);
	const __m128i quote = _mm_set1_epi8('"');
	const __m128i bslash = _mm_set1_epi8('\\');
	__m128i x;
	int mask;

	for (; i + 16 <= n; i += 16) {
		x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(x, space),
		    _mm_or_si128(_mm_cmpeq_epi8(x, quote),
		    _mm_cmpeq_epi8(x, bslash))));
		if (mask)
			return i + (size_t)__builtin_ctz((unsigned)mask);
	}
#endif
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
			return i;
	}
	return n;
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
	size_t i = 0, k, len, repaired = 0;
	int32_t cp;

	buf_reserve(out, n + 2);
	out->data[out->len++] = '"';
	for (;;) {
		k = next_special(s, n, i);
		buf_add(out, s + i, k - i);
		if (k == n)
			break;
		if ((unsigned char)s[k] < 0x80) {
			put_escape(out, (unsigned char)s[k]);
			i = k + 1;
			continue;
		}
		len = utf8_decode(s + k, n - k, &cp);
		if (cp < 0) {
			buf_add(out, "\xEF\xBF\xBD", 3);
			repaired++;
		} else if (cp == 0x2028 || cp == 0x2029) {
			buf_add(out, cp == 0x2028 ? "\\u2028" : "\\u2029", 6);
		} else {
			buf_add(out, s + k, len);
		}
		i = k + len;
	}
	buf_addc(out, '"');
	return repaired;
}
