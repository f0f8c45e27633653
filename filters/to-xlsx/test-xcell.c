/* Unit tests of to-xlsx's cells: text cleaning, ISO dates, web urls. */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "xcell.h"

static void
text(const char *in, size_t n, const char *want, size_t dropped, size_t cut)
{
	struct buf scratch = BUF_INIT;
	struct xcell_counts k = { 0, 0 };
	const char *got = xcell_text(in, n, &scratch, &k);

	CHECK_STR(got, want);
	CHECK(k.dropped == dropped && k.cut == cut);
	buf_free(&scratch);
}

#define T(in, want, d) text((in), sizeof (in) - 1, (want), (d), 0)

static void
test_text(void)
{
	struct buf big = BUF_INIT, scratch = BUF_INIT;
	struct xcell_counts k = { 0, 0 };
	const char *got;
	int i;

	T("plain", "plain", 0);
	T("=1+1", "=1+1", 0);
	T("tab\tand\nline", "tab\tand\nline", 0);
	T("a\xef\xbf\xbe" "b\xef\xbf\xbf" "c\xef\xbf\xbd", "abc\xef\xbf\xbd", 2);
	T("del\x7f c1\xc2\x85 nbsp\xc2\xa0", "del c1 nbsp\xc2\xa0", 2);
	T("cr\r bell\x07", "cr bell", 2);
	T("_x0041_ and _x005f_ and _xZZ_ and _x12345", 
	    "_x005F_x0041_ and _x005F_x005f_ and _xZZ_ and _x12345", 0);
	T("_x", "_x", 0);
	text("bad\xff", 4, "bad", 1, 0);

	/* the limit, in UTF-16 units: 32767 'x' fit, one more is cut */
	for (i = 0; i < XCELL_MAX; i++)
		buf_addc(&big, 'x');
	got = xcell_text(big.data, big.len, &scratch, &k);
	CHECK(got == big.data && k.cut == 0);
	buf_addc(&big, 'y');
	got = xcell_text(big.data, big.len, &scratch, &k);
	CHECK(strlen(got) == XCELL_MAX && k.cut == 1);
	/* a character beyond U+FFFF is two units: never half of it */
	buf_clear(&big);
	buf_addc(&big, 'a');
	for (i = 0; i < 20000; i++)
		buf_add(&big, "\xf0\x9f\x98\x80", 4);
	got = xcell_text(big.data, big.len, &scratch, &k);
	CHECK(strlen(got) == 1 + 4 * 16383 && k.cut == 2);
	buf_free(&big);
	buf_free(&scratch);
}

static void
date(const char *s, int ok, int y, int mo, int d, int h, int mi, double sec,
    int zone)
{
	struct xdate x;
	int r = xdate_parse(s, &x);

	CHECK((r == 0) == ok);
	if (!ok || r != 0)
		return;
	CHECK(x.year == y && x.month == mo && x.day == d && x.hour == h &&
	    x.min == mi && x.sec == sec && x.has_zone == zone);
}

static void
test_dates(void)
{
	struct xdate x;

	date("2015-09-18", 1, 2015, 9, 18, 0, 0, 0, 0);
	date("2015-09-18T07:40", 1, 2015, 9, 18, 7, 40, 0, 0);
	date("2019-11-20T09:29:08+00:00", 1, 2019, 11, 20, 9, 29, 8, 1);
	date("2019-11-20 09:29:08.5Z", 1, 2019, 11, 20, 9, 29, 8.5, 1);
	date("2019-11-20T09:29-0500", 1, 2019, 11, 20, 9, 29, 0, 1);
	date("2019-11-20T09:29+05", 1, 2019, 11, 20, 9, 29, 0, 1);
	date("2024-02-29", 1, 2024, 2, 29, 0, 0, 0, 0);
	date("1900-01-01", 1, 1900, 1, 1, 0, 0, 0, 0);
	date("2023-02-29", 0, 0, 0, 0, 0, 0, 0, 0);
	date("1899-12-31", 0, 0, 0, 0, 0, 0, 0, 0);
	date("2015-09", 0, 0, 0, 0, 0, 0, 0, 0);
	date("2015", 0, 0, 0, 0, 0, 0, 0, 0);
	date("18 Sep 2015", 0, 0, 0, 0, 0, 0, 0, 0);
	date("2015-13-01", 0, 0, 0, 0, 0, 0, 0, 0);
	date("2015-09-18T24:00", 0, 0, 0, 0, 0, 0, 0, 0);
	date("2015-09-18T07:40 extra", 0, 0, 0, 0, 0, 0, 0, 0);
	date("2015-09-18T07", 0, 0, 0, 0, 0, 0, 0, 0);
	date("", 0, 0, 0, 0, 0, 0, 0, 0);
	CHECK(xdate_parse("2015-09-18T07:40:05", &x) == 0 && x.has_seconds);
	CHECK(xdate_parse("2015-09-18T07:40", &x) == 0 && x.has_time &&
	    !x.has_seconds);
}

static void
test_urls(void)
{
	CHECK(xcell_is_web_url("http://example.com/"));
	CHECK(xcell_is_web_url("HTTPS://example.com/a b"));
	CHECK(xcell_is_web_url("mailto:a@b.c"));
	CHECK(xcell_is_web_url("ftp://x"));
	CHECK(!xcell_is_web_url("javascript:alert(1)"));
	CHECK(!xcell_is_web_url("file:///etc/passwd"));
	CHECK(!xcell_is_web_url("http://"));
	CHECK(!xcell_is_web_url("example.com"));
}

int
main(void)
{
	test_text();
	test_dates();
	test_urls();
	return check_report("test-xcell");
}
