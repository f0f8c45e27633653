/* Unit tests of tag-entities' tokenizer: offsets, splits, what stays whole. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "../../tests/unit/check.h"
#include "buf.h"
#include "tokenize.h"

/* the tokens of s joined by '|' */
static void
check_tokens(const char *s, const char *want)
{
	struct tokens t = { NULL, 0, 0 };
	struct buf b = BUF_INIT;
	size_t i;

	tokenize(&t, s, 0, strlen(s), -1);
	for (i = 0; i < t.n; i++) {
		if (i)
			buf_addc(&b, '|');
		buf_add(&b, s + t.v[i].start, t.v[i].end - t.v[i].start);
	}
	CHECK_MEM(b.data ? b.data : "", b.len, want);
	buf_free(&b);
	free(t.v);
}

/* the general punctuation block has a fast path in the tokenizer: it
 * must agree with utf8proc, space or not */
static void
check_general_punctuation(void)
{
	int32_t cp;

	for (cp = 0x2000; cp <= 0x203F; cp++) {
		char s[8] = "a ";
		utf8proc_ssize_t n = utf8proc_encode_char(cp, (uint8_t *)s + 2);
		struct tokens t = { NULL, 0, 0 };
		int space = utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;

		s[2 + n] = ' ';
		s[3 + n] = 'b';
		s[4 + n] = '\0';
		tokenize(&t, s, 0, strlen(s), -1);
		CHECK(t.n == (space ? 2u : 3u));
		if (!space && t.n == 3)
			CHECK(t.v[1].shape & SH_PUNCT);
		free(t.v);
	}
}

/* the shape flags of the one token of s */
static unsigned
shape(const char *s)
{
	struct tokens t = { NULL, 0, 0 };
	unsigned sh;

	tokenize(&t, s, 0, strlen(s), -1);
	CHECK(t.n == 1);
	sh = t.n ? t.v[0].shape : 0;
	free(t.v);
	return sh;
}

int
main(void)
{
	/* ASCII words take a fast path; the others the general one */
	CHECK(shape("Obama") == SH_UPPER);
	CHECK(shape("\xc3\x89lys\xc3\xa9" "e") == SH_UPPER);
	CHECK(shape("NATO") == (SH_UPPER | SH_ALLCAPS));
	CHECK(shape("iPhone") == (SH_LOWER | SH_INNERCAP));
	CHECK(shape("U.S.") == (SH_UPPER | SH_ALLCAPS | SH_PERIOD));
	CHECK(shape("G-20") == (SH_UPPER | SH_ALLCAPS | SH_HASDIGIT |
	    SH_HYPHEN));
	CHECK(shape("O'Brien") == (SH_UPPER | SH_APOS));
	CHECK(shape("2015-09-18") == (SH_DIGIT | SH_HASDIGIT | SH_HYPHEN));
	CHECK(shape("%") == SH_PUNCT);
	CHECK(shape("\xe2\x80\x94") == SH_PUNCT);
	check_general_punctuation();

	check_tokens("", "");
	check_tokens("Zyx zyx @A [Z] {z} `a` ~9", "Zyx|zyx|@|A|[|Z|]|{|z|}|`|a|`|~|9");
	check_tokens("Hello, world.", "Hello|,|world|.");
	check_tokens("Xi Jinping's visit", "Xi|Jinping|'s|visit");
	check_tokens("Xi Jinping\xe2\x80\x99s visit",
	    "Xi|Jinping|\xe2\x80\x99s|visit");
	check_tokens("don't stop", "do|n't|stop");
	check_tokens("I\xe2\x80\x99ve seen, we'll see", "I|\xe2\x80\x99ve|seen|,|we|'ll|see");
	check_tokens("'s alone and 'sup", "'|s|alone|and|'|sup");
	check_tokens("the U.S. and U.K. said", "the|U.S.|and|U.K.|said");
	check_tokens("J. R. R. Tolkien", "J.|R.|R.|Tolkien");
	check_tokens("By Wang Xu(China Daily)",
	    "By|Wang|Xu|(|China|Daily|)");
	check_tokens("O'Brien in Côte d'Ivoire", "O'Brien|in|Côte|d'Ivoire");
	check_tokens("$5.5 billion, 1,000 and 5%", "$|5.5|billion|,|1,000|and|5|%");
	check_tokens("at 07:40 on 2015-09-18", "at|07:40|on|2015-09-18");
	check_tokens("AT&T and a&lt;b", "AT&T|and|a|&lt;|b");
	check_tokens("US-led talks.", "US-led|talks|.");
	check_tokens("end.", "end|.");
	check_tokens("St. Louis, Main St. and St.", "St.|Louis|,|Main|St|.|and|St|.");
	check_tokens("\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3 said",
	    "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3|said");
	return check_report("test-tokenize");
}
