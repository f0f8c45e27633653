/* Unit tests of charsets: the html5lib encoding tests run on the <meta>
 * prescan, labels, the sniffing order, and decoders fed whole and in
 * one-byte chunks. */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "charset.h"
#include "test-data.h"

/* the .dat format: "#data\n...\n#encoding\nNAME\n" */
static void
run_dat(const char *top, const char *name)
{
	struct buf path = BUF_INIT, text = BUF_INIT;
	char *p, *data, *enc, *end;
	int ran = 0, failed = 0;
	charset_t want, got;
	size_t bom;

	buf_printf(&path, "%s/tests/data/strip-markup/html5lib/encoding/%s",
	    top, name);
	if (read_file(path.data, &text) != 0) {
		fprintf(stderr, "%s: cannot read\n", path.data);
		checks_failed++;
		buf_free(&path);
		return;
	}
	for (p = text.data; (p = strstr(p, "#data\n")); p = end) {
		data = p + 6;
		enc = strstr(data, "\n#encoding\n");
		if (!enc)
			break;
		end = enc + 11;
		want = charset_from_label(end, strcspn(end, "\n"));
		/* the standard's order: a BOM, then the prescan */
		got = charset_bom(data, (size_t)(enc - data), &bom);
		if (got == CS_NONE)
			got = charset_prescan(data, (size_t)(enc - data));
		if (got == CS_NONE)
			got = charset_windows_1252();
		ran++;
		if (got == want) {
			checks_passed++;
		} else {
			checks_failed++;
			failed++;
			fprintf(stderr, "%s: got %s, want %s: %.*s\n", name,
			    charset_name(got), charset_name(want),
			    (int)(enc - data > 200 ? 200 : enc - data), data);
		}
	}
	printf("html5lib encoding/%s: %d cases, %d failed\n", name, ran,
	    failed);
	buf_free(&text);
	buf_free(&path);
}

/* decode in[0..n) with cs, whole and a byte at a time; *stray gets the
 * bytes the whole decoding read as windows-1252 */
static void
decode_cs(charset_t cs, const char *label, const char *in, size_t n,
    const char *want, size_t *stray, int line)
{
	struct charset_decoder d = { 0 };
	struct buf whole = BUF_INIT, bytes = BUF_INIT, pend = BUF_INIT;
	size_t i, used;

	if (cs == CS_NONE) {
		checks_failed++;
		fprintf(stderr, "line %d: no charset %s\n", line, label);
		return;
	}
	charset_decoder_init(&d, cs);
	charset_decode(&d, in, n, &whole, 1);
	if (stray)
		*stray = d.stray;
	charset_decoder_init(&d, cs);
	/* one byte at a time, keeping what the decoder leaves */
	for (i = 0; i < n; i++) {
		buf_addc(&pend, in[i]);
		used = charset_decode(&d, pend.data, pend.len, &bytes,
		    i + 1 == n);
		memmove(pend.data, pend.data + used, pend.len - used);
		buf_truncate(&pend, pend.len - used);
	}
	charset_decoder_free(&d);
	if (whole.len == strlen(want) && memcmp(whole.data, want,
	    whole.len) == 0 && bytes.len == whole.len &&
	    memcmp(bytes.data, whole.data, whole.len) == 0) {
		checks_passed++;
	} else {
		checks_failed++;
		fprintf(stderr, "line %d: %s: got \"%s\" / \"%s\", want "
		    "\"%s\"\n", line, label, whole.data ? whole.data : "",
		    bytes.data ? bytes.data : "", want);
	}
	buf_free(&whole);
	buf_free(&bytes);
	buf_free(&pend);
}

static void
decode(const char *label, const char *in, size_t n, const char *want,
    int line)
{
	decode_cs(charset_from_label(label, strlen(label)), label, in, n, want,
	    NULL, line);
}

#define DEC(label, in, want) decode(label, in, sizeof in - 1, want, __LINE__)
/* undeclared UTF-8 with stray bytes: each read as windows-1252, counted */
#define MIXED(in, want, nstray) do { \
	size_t stray_ = 0; \
	decode_cs(charset_utf8_mixed(), "utf-8 (mixed)", in, sizeof in - 1, \
	    want, &stray_, __LINE__); \
	CHECK(stray_ == (nstray)); \
} while (0)

static void
test_decoders(void)
{
	DEC("utf-8", "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80", "aé中😀");
	DEC("utf-8", "a\xFF" "b\xE4\xB8", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	DEC("latin1", "caf\xE9 \x80 \x81 \x93q\x94", "café € \xC2\x81 “q”");
	DEC("windows-1250", "\x8A\x9A \x81", "Šš \xC2\x81");
	DEC("iso-8859-2", "\xA3\xF3" "d\xBC", "Łódź");
	DEC("iso-8859-7", "\xE1\xE2\xE3", "αβγ");
	DEC("koi8-r", "\xF0\xD2\xC9\xD7\xC5\xD4", "Привет");
	DEC("koi8-u", "\xAE\xBE", "ўЎ");
	DEC("windows-1251", "\xCF\xF0\xE8", "\xD0\x9F\xD1\x80\xD0\xB8");
	DEC("ibm866", "\x8F\xE0\xA8", "При");
	DEC("macintosh", "\x8E", "é");
	/* gb2312 means GBK: 0x81 0x40 is GBK-only */
	DEC("gb2312", "\xD6\xD0\xCE\xC4\x81\x40", "中文丂");
	DEC("gbk", "a\xD6", "a\xEF\xBF\xBD");
	DEC("gb18030", "\x81\x30\x81\x30", "\xC2\x80");
	DEC("big5", "\xA4\xA4\xA4\xE5", "中文");
	DEC("shift_jis", "\x93\xFA\x96\x7B", "日本");
	DEC("euc-jp", "\xC6\xFC\xCB\xDC", "日本");
	DEC("iso-2022-jp", "\x1B$BF|K\\\x1B(Ba", "日本a");
	DEC("euc-kr", "\xC7\xD1\xB1\xB9", "한국");
	DEC("utf-16le", "h\0\xE9\0=\xD8\0\xDE", "hé😀");
	DEC("utf-16be", "\0h\xD8=\xDE\0", "h😀");
	DEC("x-user-defined", "a\x80", "a\xEF\x9E\x80");
	DEC("iso-2022-kr", "abc", "\xEF\xBF\xBD");
	MIXED("Caf\xC3\xA9 na\xEFve", "Café naïve", 1);
	/* an ill-formed sequence of two bytes is two stray bytes; 0x92 is
	 * windows-1252's right quote; the decoded text is well-formed */
	MIXED("\xC3\xA9\xE9\x80!\x92", "éé€!’", 3);
	MIXED("a\xC3\xA9\xE4\xB8\xAD", "aé中", 0);
	/* a sequence cut by the end is read as its bytes */
	MIXED("\xC3\xA9\xE4\xB8", "éä¸", 2);
}

static void
test_labels(void)
{
	size_t bom;
	charset_t w1252 = charset_windows_1252();

	CHECK(charset_from_label(" Latin1 ", 8) == w1252);
	CHECK(charset_from_label("ascii", 5) == w1252);
	CHECK(strcmp(charset_name(charset_from_label("GB2312", 6)), "gbk") ==
	    0);
	CHECK(strcmp(charset_name(charset_from_label("x-sjis", 6)),
	    "shift_jis") == 0);
	CHECK(charset_from_label("klingon", 7) == CS_NONE);
	CHECK(charset_from_label("", 0) == CS_NONE);

	/* BOM, then valid UTF-8 whatever the label, then the label */
	CHECK(charset_sniff("\xEF\xBB\xBFx", 4, 1, CS_NONE, &bom) == CS_UTF8 &&
	    bom == 3);
	CHECK(strcmp(charset_name(charset_sniff("\xFF\xFEx\0", 4, 1, CS_NONE,
	    &bom)), "utf-16le") == 0 && bom == 2);
	CHECK(charset_sniff("<meta charset=gb2312>\xE4\xB8\xAD", 24, 1,
	    CS_NONE, &bom) == CS_UTF8);
	CHECK(strcmp(charset_name(charset_sniff("<meta charset=gb2312>\xD6\xD0",
	    23, 1, CS_NONE, &bom)), "gbk") == 0);
	CHECK(charset_sniff("caf\xE9", 4, 1, CS_NONE, &bom) == w1252);
	/* a prefix may end inside a character */
	CHECK(charset_sniff("ab\xE4\xB8", 4, 0, CS_NONE, &bom) ==
	    charset_utf8_mixed());
	CHECK(charset_sniff("ab\xE4\xB8", 4, 1, CS_NONE, &bom) == w1252);
	CHECK(charset_sniff("caf\xC3\xA9", 5, 1, w1252, &bom) == w1252);

	/* undeclared UTF-8 with stray bytes, as many well-formed multi-byte
	 * sequences as stray bytes or more: UTF-8 with the strays read as
	 * windows-1252 */
	CHECK(charset_sniff("Caf\xC3\xA9 na\xEFve", 11, 1, CS_NONE, &bom) ==
	    charset_utf8_mixed());
	CHECK(strcmp(charset_name(charset_utf8_mixed()), "utf-8") == 0);
	CHECK(charset_from_label("utf-8", 5) == CS_UTF8);
	/* fewer: windows-1252 text with an accidental pair ("É»") */
	CHECK(charset_sniff("\xC9T\xC9\xBB \xE9t\xE9", 8, 1, CS_NONE,
	    &bom) == w1252);
	/* all well-formed, complete: plain UTF-8 */
	CHECK(charset_sniff("Caf\xC3\xA9", 5, 1, CS_NONE, &bom) == CS_UTF8);
	/* a prefix of a streamed document: the rest may hold strays */
	CHECK(charset_sniff("Caf\xC3\xA9", 5, 0, CS_NONE, &bom) ==
	    charset_utf8_mixed());
	/* a declared charset is honoured as before: strays keep the label,
	 * and a UTF-8 label keeps U+FFFD */
	CHECK(charset_sniff("<meta charset=latin1>\xC3\xA9\xE9", 24, 1,
	    CS_NONE, &bom) == w1252);
	CHECK(charset_sniff("<meta charset=utf-8>\xC3\xA9\xE9", 23, 1,
	    CS_NONE, &bom) == CS_UTF8);
	CHECK(charset_sniff_transport("\xC3\xA9\xE9", 3, 1, CS_NONE,
	    charset_from_label("koi8-r", 6), &bom) ==
	    charset_from_label("koi8-r", 6));
}

int
main(int argc, char *argv[])
{
	char top[4096];

	check_top(argc, argv, top, sizeof top);
	run_dat(top, "tests1.dat");
	run_dat(top, "tests2.dat");
	run_dat(top, "test-yahoo-jp.dat");
	test_labels();
	test_decoders();
	return check_report("test-charset");
}
