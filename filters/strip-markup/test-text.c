/* Unit tests of the text builder's fast paths against its slow ones.
 *
 * text_add copies runs of plain ASCII sixteen and eight bytes at a time
 * and notes on the way what a paragraph's writing must look at; text
 * given in pieces shorter than eight bytes never takes those paths, and
 * text_emit scans a paragraph for itself.  So the same text, given whole
 * and given in small pieces, and written through text_break and through
 * text_emit, must come out the same, with the same counts: on texts
 * built at random from the pieces that matter (spaces side by side and
 * across the blocks, '<' and '&', characters NFC changes, invisible and
 * invalid ones, Korean between spaces). */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "text.h"

static const char *const pieces[] = {
	"a", "b", "word", " ", " ", " ", "  ", "\t", "\n", "<", "&", "<b>",
	"<doc>", "</PER>", "&amp;", "&lt;", "\xC3\xA9",		/* é */
	"e\xCC\x81",				/* e and a combining acute */
	"\xE2\x80\x99",				/* ’ */
	"\xED\x95\x9C",				/* 한 */
	"\xC2\xA0",				/* no-break space */
	"\xC2\xAD",				/* soft hyphen */
	"\xE2\x80\x8B",				/* zero width space */
	"\x01", "\x7F", "\xFF", "\x80",		/* dropped or repaired */
	"abcdefghijklmnop", "The quick brown fox jumps over the dog. ",
	"x y z w v u t s r q p o n m l k j i h g f e d c b a ",
	"and the ", " of it", "ABCDEFG", "1234567", "a b c d", "x y ", " z"
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

struct result {
	struct buf body;
	size_t visible, invalid, controls;
};

/* paragraphs written by text_break: the path of every page */
static void
build(struct result *r, const char *const *parts, size_t n, int small)
{
	struct text x;
	size_t i, k;

	buf_clear(&r->body);
	text_init(&x, &r->body);
	r->visible = 0;
	for (i = 0; i < n; i++) {
		const char *s = parts[i];
		size_t len = strlen(s);

		if (!small) {
			r->visible += text_add(&x, s, len);
		} else {
			/* one character (or stray byte) at a time: none of
			 * the pieces splits a character */
			for (k = 0; k < len; ) {
				size_t step = 1;
				unsigned char c = (unsigned char)s[k];

				if (c >= 0xC2 && c < 0xE0)
					step = 2;
				else if (c >= 0xE0 && c < 0xF0)
					step = 3;
				if (k + step > len)
					step = len - k;
				r->visible += text_add(&x, s + k, step);
				k += step;
			}
		}
		/* now and then a paragraph ends */
		if (parts[i][0] == '\n' && i % 3 == 0)
			text_break(&x);
	}
	text_break(&x);
	r->invalid = x.invalid;
	r->controls = x.controls;
	text_free(&x);
}

struct sink {
	struct text *x;		/* writes what it gets by text_emit */
};

static void
to_emit(void *ctx, const char *s, size_t n)
{
	struct sink *k = ctx;

	text_emit(k->x, s, n);
}

/* the same, each paragraph written by text_emit's own scan */
static void
build_emit(struct buf *body, const char *const *parts, size_t n)
{
	struct text x, w;
	struct sink k;
	size_t i;

	buf_clear(body);
	text_init(&x, NULL);
	text_init(&w, body);
	k.x = &w;
	x.sink = to_emit;
	x.sink_ctx = &k;
	for (i = 0; i < n; i++) {
		text_add(&x, parts[i], strlen(parts[i]));
		if (parts[i][0] == '\n' && i % 3 == 0)
			text_break(&x);
	}
	text_break(&x);
	text_free(&x);
	text_free(&w);
}

static void
test_random(void)
{
	struct result whole = { BUF_INIT, 0, 0, 0 };
	struct result small = { BUF_INIT, 0, 0, 0 };
	struct buf emitted = BUF_INIT, joined = BUF_INIT;
	const char *parts[64];
	unsigned seed = 12345;
	int round, bad = 0;
	size_t i, n;

	for (round = 0; round < 20000 && bad < 5; round++) {
		seed = seed * 1103515245 + 12345;
		n = 1 + (seed >> 16) % 63;
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			parts[i] = pieces[(seed >> 16) % NPIECES];
		}
		build(&whole, parts, n, 0);
		build(&small, parts, n, 1);
		build_emit(&emitted, parts, n);
		if (whole.body.len != small.body.len ||
		    memcmp(whole.body.data, small.body.data,
		    whole.body.len) != 0 || whole.visible != small.visible ||
		    whole.invalid != small.invalid ||
		    whole.controls != small.controls ||
		    whole.body.len != emitted.len ||
		    memcmp(whole.body.data, emitted.data, emitted.len) != 0) {
			buf_clear(&joined);
			for (i = 0; i < n; i++)
				buf_adds(&joined, parts[i]);
			fprintf(stderr, "text \"%s\":\nwhole \"%s\" (%zu)\n"
			    "small \"%s\" (%zu)\nemit  \"%s\"\n", joined.data,
			    whole.body.data, whole.visible, small.body.data,
			    small.visible, emitted.data);
			bad++;
		}
	}
	CHECK(bad == 0);
	CHECK(round == 20000);
	buf_free(&whole.body);
	buf_free(&small.body);
	buf_free(&emitted);
	buf_free(&joined);
}

/* the cases the random texts may miss, with what they must give */
static void
test_cases(void)
{
	static const struct {
		const char *in, *out;
		size_t visible;
	} cases[] = {
		/* a space pair across the sixteen-byte blocks */
		{ "abcdefghijklmno  pqrstuvwxyz0123456789",
		    "abcdefghijklmno pqrstuvwxyz0123456789\n", 36 },
		{ "abcdefghijklmnop  qrstuvwxyz0123456789",
		    "abcdefghijklmnop qrstuvwxyz0123456789\n", 36 },
		/* spaces at the start and the end go */
		{ "   abcdefghijklmnopqrstuvwxyz0123456789   ",
		    "abcdefghijklmnopqrstuvwxyz0123456789\n", 36 },
		/* a '<' deep in a long run is still escaped */
		{ "abcdefghijklmnopqrstuvwxyz0123456789 <doc> and &amp; too",
		    "abcdefghijklmnopqrstuvwxyz0123456789 &lt;doc> and "
		    "&amp;amp; too\n", 52 },
		/* the eight-byte words of a short text: a space pair
		 * across them */
		{ "abcdefg  hijklmn", "abcdefg hijklmn\n", 14 },
		{ "ab <doc> cd", "ab &lt;doc> cd\n", 9 },
		/* spaces before what stops a run are counted out */
		{ "The quick brown fox jumps over the lazy caf\xC3\xA9 au "
		    "lait", "The quick brown fox jumps over the lazy caf\xC3\xA9 "
		    "au lait\n", 43 },
		/* a character NFC changes after a long run */
		{ "abcdefghijklmnopqrstuvwxyz0123456789 cafe\xCC\x81",
		    "abcdefghijklmnopqrstuvwxyz0123456789 caf\xC3\xA9\n", 42 },
	};
	struct buf body = BUF_INIT;
	struct text x;
	size_t i, k;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_clear(&body);
		text_init(&x, &body);
		k = text_add(&x, cases[i].in, strlen(cases[i].in));
		text_break(&x);
		CHECK_MEM(body.data, body.len, cases[i].out);
		CHECK(k == cases[i].visible);
		text_free(&x);
	}
	buf_free(&body);
}

int
main(void)
{
	test_cases();
	test_random();
	return check_report("test-text");
}
