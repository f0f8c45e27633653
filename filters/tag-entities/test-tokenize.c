/* Unit tests of tag-entities' tokenizer: offsets, splits, what stays whole. */
#include <stdlib.h>
#include <string.h>

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

int
main(void)
{
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
	check_tokens("\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3 said",
	    "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3|said");
	return check_report("test-tokenize");
}
