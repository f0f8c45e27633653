/* Unit tests of the HTTP layer of WARC responses: the head, Content-Type,
 * and the body decodings with every way they go wrong. */
#include <stdint.h>
#include <stdlib.h>
#include <zlib.h>

#include "../../tests/unit/check.h"
#include "http.h"

/* compress s with zlib's wbits (31 gzip, 15 zlib, -15 raw deflate) */
static void
deflated(struct buf *out, const char *s, int wbits)
{
	z_stream zs;

	memset(&zs, 0, sizeof zs);
	deflateInit2(&zs, 6, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
	buf_clear(out);
	buf_reserve(out, deflateBound(&zs, strlen(s)) + 32);
	zs.next_in = (unsigned char *)(uintptr_t)s;
	zs.avail_in = (uInt)strlen(s);
	zs.next_out = (unsigned char *)out->data;
	zs.avail_out = (uInt)out->cap;
	deflate(&zs, Z_FINISH);
	buf_truncate(out, zs.total_out);
	deflateEnd(&zs);
}

/* parse head + body and decode; the payload goes into got */
static enum http_body
decode(const char *head, const char *body, size_t blen, size_t max,
    struct buf *got)
{
	struct buf msg = BUF_INIT, out = BUF_INIT, scratch = BUF_INIT;
	struct http_response r;
	enum http_body res;
	const char *p;
	size_t n;

	buf_adds(&msg, head);
	buf_add(&msg, body, blen);
	if (!http_parse(msg.data, msg.len, &r)) {
		res = (enum http_body)-1;
	} else {
		res = http_decode(&r, max, &out, &scratch, &p, &n);
		buf_clear(got);
		buf_add(got, p, n);
	}
	buf_free(&msg);
	buf_free(&out);
	buf_free(&scratch);
	return res;
}

static void
test_head(void)
{
	struct http_response r;
	const char *m = "HTTP/1.1 404 Not Found\r\n"
	    "content-TYPE:  Text/HTML ; Charset=\"ISO-8859-1\"\r\n"
	    "Content-Language: de-CH, en\r\n"
	    "X-Crawler-Content-Encoding: gzip\r\n"
	    "X-Crawler-Transfer-Encoding: chunked\r\n"
	    "no colon here\r\n"
	    "\r\n<p>body";
	char media[64], cs[40];

	CHECK(http_parse(m, strlen(m), &r));
	CHECK(r.status == 404);
	CHECK_STR(r.media, "text/html");
	CHECK_STR(r.charset, "iso-8859-1");
	CHECK_STR(r.lang, "de-ch");
	/* Common Crawl's renamed headers are no encodings */
	CHECK(!r.chunked && r.encoding == HE_IDENTITY);
	CHECK_MEM(r.body, r.body_len, "<p>body");
	/* bare LF line ends (ClueWeb09) */
	m = "HTTP/1.0 200 OK\nContent-Type: text/html\n\nhi";
	CHECK(http_parse(m, strlen(m), &r) && r.status == 200);
	CHECK_MEM(r.body, r.body_len, "hi");
	/* a head with no end has no body */
	m = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
	CHECK(http_parse(m, strlen(m), &r) && r.body_len == 0);
	CHECK(!http_parse("GET / HTTP/1.1\r\n\r\n", 18, &r));
	CHECK(!http_parse("HTTP/", 5, &r));
	http_content_type("application/xhtml+xml;charset=utf-8", 35, media,
	    sizeof media, cs, sizeof cs);
	CHECK_STR(media, "application/xhtml+xml");
	CHECK_STR(cs, "utf-8");
	http_content_type("text/html; foo=bar; charset='gb2312'", 36, media,
	    sizeof media, cs, sizeof cs);
	CHECK_STR(cs, "gb2312");
	http_content_type("", 0, media, sizeof media, cs, sizeof cs);
	CHECK_STR(media, "");
	CHECK_STR(cs, "");
}

static void
test_chunked(void)
{
	static const char te[] = "HTTP/1.1 200 OK\r\n"
	    "Transfer-Encoding: chunked\r\n\r\n";
	struct buf got = BUF_INIT;
	const char *b;

	b = "5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_OK);
	CHECK_MEM(got.data, got.len, "Hello, world");
	/* LF only, upper-case hex */
	b = "A\n0123456789\n0\n\n";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_OK);
	CHECK_MEM(got.data, got.len, "0123456789");
	/* stored de-chunked although the header says chunked */
	b = "<html>not chunked</html>";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_STORED_DECODED);
	CHECK_MEM(got.data, got.len, "<html>not chunked</html>");
	/* a chunk longer than what is left: cut, what there is kept */
	b = "20\r\nshort";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_CUT);
	CHECK_MEM(got.data, got.len, "short");
	/* no end chunk */
	b = "3\r\nabc\r\n";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_CUT);
	CHECK_MEM(got.data, got.len, "abc");
	/* garbage where the next size should be */
	b = "3\r\nabcXYZ\r\n";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_BROKEN);
	CHECK_MEM(got.data, got.len, "abc");
	b = "3\r\nabc\r\nzz\r\n";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_BROKEN);
	/* an absurd size is no allocation */
	b = "FFFFFFFFFFFFFFFFFFFF\r\nabc";
	CHECK(decode(te, b, strlen(b), 1000, &got) == HB_BROKEN);
	/* bounded by max */
	b = "5\r\nHello\r\n0\r\n\r\n";
	CHECK(decode(te, b, strlen(b), 3, &got) == HB_CUT);
	CHECK_MEM(got.data, got.len, "Hel");
	buf_free(&got);
}

static void
test_compressed(void)
{
	static const char page[] = "<html><p>Compressed page text.</p></html>";
	struct buf z = BUF_INIT, got = BUF_INIT, two = BUF_INIT;
	const char *gz = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n";
	const char *df = "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n";

	deflated(&z, page, 31);
	CHECK(decode(gz, z.data, z.len, 1000, &got) == HB_OK);
	CHECK_MEM(got.data, got.len, page);
	/* two gzip members */
	buf_add(&two, z.data, z.len);
	buf_add(&two, z.data, z.len);
	CHECK(decode(gz, two.data, two.len, 1000, &got) == HB_OK);
	CHECK(got.len == 2 * strlen(page));
	/* cut short */
	CHECK(decode(gz, z.data, z.len - 10, 1000, &got) == HB_CUT);
	/* corrupt */
	z.data[12] ^= 0x55;
	z.data[13] ^= 0x55;
	CHECK(decode(gz, z.data, z.len, 1000, &got) == HB_BROKEN);
	/* declared but stored decoded */
	CHECK(decode(gz, page, strlen(page), 1000, &got) ==
	    HB_STORED_DECODED);
	CHECK(got.len == strlen(page));
	/* a bomb is cut at max */
	{
		char *big = malloc(1 << 20);

		memset(big, 'a', 1 << 20);
		big[(1 << 20) - 1] = '\0';
		deflated(&z, big, 31);
		CHECK(z.len < 4096);
		CHECK(decode(gz, z.data, z.len, 5000, &got) == HB_CUT);
		CHECK(got.len == 5000);
		free(big);
	}
	/* deflate as the standard says (zlib) and as servers send it (raw) */
	deflated(&z, page, 15);
	CHECK(decode(df, z.data, z.len, 1000, &got) == HB_OK);
	CHECK(got.len == strlen(page));
	deflated(&z, page, -15);
	CHECK(decode(df, z.data, z.len, 1000, &got) == HB_OK);
	CHECK(got.len == strlen(page));
	/* chunked and gzip together */
	{
		struct buf body = BUF_INIT;

		deflated(&z, page, 31);
		buf_printf(&body, "%zx\r\n", z.len);
		buf_add(&body, z.data, z.len);
		buf_adds(&body, "\r\n0\r\n\r\n");
		CHECK(decode("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
		    "Content-Encoding: gzip\r\n\r\n", body.data, body.len,
		    1000, &got) == HB_OK);
		CHECK(got.len == strlen(page));
		buf_free(&body);
	}
	/* an encoding we cannot undo */
	CHECK(decode("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n", "x",
	    1, 1000, &got) == HB_UNSUPPORTED);
	buf_free(&z);
	buf_free(&got);
	buf_free(&two);
}

int
main(void)
{
	test_head();
	test_chunked();
	test_compressed();
	return check_report("test-http");
}
