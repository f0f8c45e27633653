/* Unit tests of UTF-8 decoding, repair, NFC and the buffer. */
#include <stdlib.h>

#include "check.h"
#include "utf8.h"

static void
repaired(const char *in, size_t n, const char *want, size_t invalid,
    size_t controls)
{
	struct buf b = BUF_INIT;
	struct utf8_repairs r = { 0, 0 };

	utf8_repair(&b, in, n, &r);
	CHECK_MEM(b.data, b.len, want);
	CHECK(r.invalid == invalid);
	CHECK(r.controls == controls);
	buf_free(&b);
}

#define FFFD "\xEF\xBF\xBD"

static void
test_repair(void)
{
	repaired("abc", 3, "abc", 0, 0);
	repaired("a\tb", 3, "a\tb", 0, 0);
	repaired("a\0b\x1b", 4, "ab", 0, 2);
	repaired("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80", 9,
	    "\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80", 0, 0);
	/* maximal subparts: each becomes one U+FFFD */
	repaired("\x80", 1, FFFD, 1, 0);
	repaired("\xe2\x82" "a", 3, FFFD "a", 1, 0);
	repaired("\xf0\x9f\x98", 3, FFFD, 1, 0);
	repaired("\xc0\xaf", 2, FFFD FFFD, 2, 0);	/* overlong */
	repaired("\xed\xa0\x80", 3, FFFD FFFD FFFD, 3, 0);	/* surrogate */
	repaired("\xf4\x90\x80\x80", 4, FFFD FFFD FFFD FFFD, 4, 0);
	repaired("\xff\xfe", 2, FFFD FFFD, 2, 0);
	/* the eight-bytes-at-once path: tabs pass, controls and high bytes
	 * are found wherever they sit in a word */
	repaired("abcdefgh\tijklmnopqrstuvwx\x01yz0123456\xff" "ABCDEFGHIJ", 46,
	    "abcdefgh\tijklmnopqrstuvwxyz0123456" FFFD "ABCDEFGHIJ", 1, 1);
	repaired("\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\x1f", 17,
	    "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t", 0, 1);
	repaired("0123456789abcdef\x7f", 17, "0123456789abcdef\x7f", 0, 0);
}

static void
test_decode_encode(void)
{
	int32_t cp;
	char out[4];

	CHECK(utf8_decode("\xe4\xb8\xad", 3, &cp) == 3 && cp == 0x4E2D);
	CHECK(utf8_decode("\xe4\xb8", 2, &cp) == 2 && cp == -1);
	CHECK(utf8_encode(0x1F600, out) == 4 && memcmp(out, "\xf0\x9f\x98\x80", 4) == 0);
	CHECK(utf8_encode(0xE9, out) == 2 && memcmp(out, "\xc3\xa9", 2) == 0);
	CHECK(utf8_valid("h\xc3\xa9", 3));
	CHECK(!utf8_valid("h\xc3", 2));
	CHECK(utf8_length("h\xc3\xa9\xe4\xb8\xad", 6) == 3);
	CHECK(utf8_prev("h\xc3\xa9\xe4\xb8\xad", 6) == 3);
	CHECK(utf8_prev("h\xc3\xa9\xe4\xb8\xad", 3) == 1);
	CHECK(utf8_prev("h\xc3\xa9", 1) == 0);
	CHECK(utf8_prev("\xf0\x9f\x98\x80", 4) == 0);
	/* stray continuation bytes step back one at a time */
	CHECK(utf8_prev("a\x80\x80\x80\x80\x80", 6) == 5);
	CHECK(utf8_prev("\x80\x80", 2) == 1);
}

static void
test_nfc(void)
{
	struct buf b = BUF_INIT;
	const char *decomposed = "Cafe\xcc\x81 cre\xcc\x80me ok";

	utf8_add_nfc(&b, decomposed, strlen(decomposed));
	CHECK_STR(b.data, "Caf\xc3\xa9 cr\xc3\xa8me ok");
	buf_clear(&b);
	utf8_add_nfc(&b, "plain ascii", 11);
	CHECK_STR(b.data, "plain ascii");
	buf_clear(&b);
	CHECK(!utf8_nfc_may_change("caf\xc3\xa9 \xe4\xb8\xad \xea\xb0\x80", 10));
	CHECK(utf8_nfc_may_change("e\xcc\x81", 3));
	CHECK(utf8_nfc_may_change("\xe1\x84\x80", 3));
	/* Hangul jamo compose to a syllable */
	utf8_add_nfc(&b, "\xe1\x84\x80\xe1\x85\xa1", 6);
	CHECK_STR(b.data, "\xea\xb0\x80");
	buf_free(&b);
}

static void
test_buf(void)
{
	struct buf b = BUF_INIT;
	int i;

	for (i = 0; i < 1000; i++)
		buf_addc(&b, 'x');
	CHECK(b.len == 1000 && b.data[1000] == '\0');
	buf_add(&b, "a\0b", 3);
	CHECK(b.len == 1003 && b.data[1001] == '\0' && b.data[1002] == 'b');
	buf_clear(&b);
	buf_printf(&b, "%d-%s", 42, "z");
	CHECK_STR(b.data, "42-z");
	buf_truncate(&b, 2);
	CHECK_STR(b.data, "42");
	buf_free(&b);
	CHECK(b.data == NULL && b.len == 0);
}

/* the clean prefix ends where repair would first change a byte: also past
 * a 16-byte step, and a TAB or well-formed text is no reason to stop */
static void
test_clean_prefix(void)
{
	const char *s;

	CHECK(utf8_clean_prefix("", 0) == 0);
	s = "plain\ttext with a tab, longer than sixteen";
	CHECK(utf8_clean_prefix(s, strlen(s)) == strlen(s));
	s = "caf\xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80\xE2\x80\x9D, more than 16";
	CHECK(utf8_clean_prefix(s, strlen(s)) == strlen(s));
	s = "0123456789abcdefghij\x01";
	CHECK(utf8_clean_prefix(s, strlen(s)) == 20);
	s = "0123456789abcdefghij\xC3";	/* cut */
	CHECK(utf8_clean_prefix(s, strlen(s)) == 20);
	s = "0123\xED\xA0\x80";		/* a surrogate */
	CHECK(utf8_clean_prefix(s, strlen(s)) == 4);
	CHECK(utf8_clean_prefix("ab\0cd", 5) == 2);
	CHECK(utf8_clean_prefix("ab\x7F", 3) == 3);	/* DEL is kept */
}

int
main(void)
{
	test_repair();
	test_clean_prefix();
	test_decode_encode();
	test_nfc();
	test_buf();
	return check_report("test-utf8");
}
