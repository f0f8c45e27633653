/* Unit tests of to-json's strings: escapes, U+2028, invalid UTF-8. */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "json.h"

static void
str(const char *in, size_t n, const char *want, size_t want_repaired)
{
	struct buf out = BUF_INIT;
	size_t repaired = json_put_string(&out, in, n);

	CHECK_MEM(out.data, out.len, want);
	CHECK(repaired == want_repaired);
	CHECK(out.cap - out.len >= JSON_ROOM_AFTER);
	buf_free(&out);
}

#define S(in, want) str((in), sizeof (in) - 1, (want), 0)

/*
 * A '"' or an 'é' at every place of strings of every length to 40, and
 * none: the copy runs 16 bytes at a time and tests a shorter tail in a
 * copy, so each length and place crosses one of its edges.  The output
 * is written after other bytes, as rows write their strings.
 */
static void
every_length_and_place(void)
{
	struct buf out = BUF_INIT, want = BUF_INIT;
	char s[48];
	size_t n, at, k;

	for (n = 0; n <= 40; n++) {
		for (at = 0; at <= n; at++) {
			/* bytes that differ, so a byte copied to the wrong
			 * place shows */
			for (k = 0; k < n; k++)
				s[k] = (char)('a' + k % 26);
			buf_clear(&want);
			buf_add(&want, "{\"", 2);
			for (k = 0; k < n; k++)
				if (k == at)
					buf_add(&want, "\\\"", 2);
				else
					buf_addc(&want, s[k]);
			buf_addc(&want, '"');
			if (at < n)
				s[at] = '"';
			buf_clear(&out);
			buf_addc(&out, '{');
			CHECK(json_put_string(&out, s, n) == 0);
			CHECK(out.len == want.len &&
			    memcmp(out.data, want.data, out.len) == 0 &&
			    out.data[out.len] == '\0');
			CHECK(out.cap - out.len >= JSON_ROOM_AFTER);
		}
		if (n >= 2) {
			memset(s, 'b', n);
			memcpy(s + n / 2 - 1, "\xC3\xA9", 2);
			buf_clear(&out);
			json_put_string(&out, s, n);
			CHECK(out.len == n + 2 &&
			    memcmp(out.data + 1, s, n) == 0);
		}
	}
	buf_free(&out);
	buf_free(&want);
}

int
main(void)
{
	struct buf out = BUF_INIT;
	char all[32];
	int i;

	S("", "\"\"");
	S("plain text", "\"plain text\"");
	S("say \"hi\" \\o/", "\"say \\\"hi\\\" \\\\o/\"");
	S("a\tb\nc\rd\be\ff", "\"a\\tb\\nc\\rd\\be\\ff\"");
	S("\x01\x1f\x7f", "\"\\u0001\\u001f\x7f\"");
	S("\0", "\"\\u0000\"");
	S("中文 😀 é", "\"中文 😀 é\"");
	S("a\xe2\x80\xa8" "b\xe2\x80\xa9", "\"a\\u2028b\\u2029\"");
	/* specials at every position of a 16-byte block and past it */
	S("0123456789abcde\"", "\"0123456789abcde\\\"\"");
	S("0123456789abcdef\"", "\"0123456789abcdef\\\"\"");
	S("0123456789abcdef0123456789abcdef\\x",
	    "\"0123456789abcdef0123456789abcdef\\\\x\"");
	S("0123456789abcdefé0123456789abcdef",
	    "\"0123456789abcdefé0123456789abcdef\"");
	/* invalid UTF-8: one U+FFFD per maximal ill-formed subpart */
	str("a\xff" "b", 3, "\"a\xEF\xBF\xBD" "b\"", 1);
	str("\xe2\x80", 2, "\"\xEF\xBF\xBD\"", 1);
	str("\xc0\xaf" "0123456789abcdef", 18,
	    "\"\xEF\xBF\xBD\xEF\xBF\xBD" "0123456789abcdef\"", 2);
	str("\xed\xa0\x80", 3, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"", 3);
	/* every control */
	for (i = 0; i < 32; i++)
		all[i] = (char)i;
	json_put_string(&out, all, 32);
	CHECK_STR(out.data, "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005"
	    "\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011"
	    "\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
	    "\\u001b\\u001c\\u001d\\u001e\\u001f\"");
	buf_free(&out);
	every_length_and_place();
	return check_report("test-json");
}
