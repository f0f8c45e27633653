/* Unit tests of the sentence-boundary rules (seg_boundaries, seg_line). */
#include <stdlib.h>
#include <string.h>

#include "../../tests/unit/check.h"
#include "abbrev.h"
#include "buf.h"
#include "segment.h"

static struct segmenter sg;

/* the sentences of text joined by " | ", each trimmed */
static void
split(const char *text, int tagged, struct buf *out)
{
	static struct seg_offsets cuts;
	static struct seg_scratch w;
	size_t n, a = 0, i, b, e;

	if (!text) {
		seg_offsets_free(&cuts);
		seg_scratch_free(&w);
		return;
	}
	n = strlen(text);
	if (tagged)
		seg_line(&sg, text, n, &cuts, &w);
	else
		seg_boundaries(&sg, text, n, &cuts);
	buf_clear(out);
	for (i = 0; i <= cuts.n; i++) {
		e = i < cuts.n ? cuts.v[i] : n;
		b = e;
		while (a < b && text[a] == ' ')
			a++;
		while (b > a && text[b - 1] == ' ')
			b--;
		if (i > 0)
			buf_adds(out, " | ");
		buf_add(out, text + a, b - a);
		a = e;
	}
}

#define SPLITS(text, want) do { \
	struct buf got_ = BUF_INIT; \
	split((text), 0, &got_); \
	CHECK_MEM(got_.data, got_.len, (want)); \
	buf_free(&got_); \
} while (0)

#define SPLITS_TAGGED(text, want) do { \
	struct buf got_ = BUF_INIT; \
	split((text), 1, &got_); \
	CHECK_MEM(got_.data, got_.len, (want)); \
	buf_free(&got_); \
} while (0)

static void
test_basic(void)
{
	SPLITS("", "");
	SPLITS("One.", "One.");
	SPLITS("Hello World. My name is Jonas.",
	    "Hello World. | My name is Jonas.");
	SPLITS("What? No! Yes.", "What? | No! | Yes.");
	SPLITS("Hello?! Is that you?", "Hello?! | Is that you?");
	SPLITS("It ends.   ", "It ends.");
	SPLITS("   It ends. Here", "It ends. | Here");
	SPLITS("Born in 1990. 5 people came.", "Born in 1990. | 5 people came.");
}

static void
test_abbreviations(void)
{
	SPLITS("Mr. Smith and Dr. Who met Gen. Lee at Mt. Fuji.",
	    "Mr. Smith and Dr. Who met Gen. Lee at Mt. Fuji.");
	SPLITS("He works for Acme Inc. The firm is big.",
	    "He works for Acme Inc. | The firm is big.");
	SPLITS("Acme Inc. Chief Executive Bob spoke.",
	    "Acme Inc. Chief Executive Bob spoke.");
	SPLITS("apples, pears etc. Then we left.",
	    "apples, pears etc. | Then we left.");
	SPLITS("Fruit, e.g. Apples, is good.", "Fruit, e.g. Apples, is good.");
	SPLITS("See No. 5 and p. 55 and pp. 3-4.",
	    "See No. 5 and p. 55 and pp. 3-4.");
	SPLITS("He said no. Then he left.", "He said no. | Then he left.");
	SPLITS("I live in the U.S. How about you?",
	    "I live in the U.S. | How about you?");
	SPLITS("I work for the U.S. Government.",
	    "I work for the U.S. Government.");
	SPLITS("At 5 a.m. Mr. Smith left. He came back at 6 p.m. Mr. Jones "
	    "stayed.", "At 5 a.m. Mr. Smith left. | He came back at 6 p.m. | "
	    "Mr. Jones stayed.");
	SPLITS("Smith et al. The results hold.",
	    "Smith et al. | The results hold.");
	SPLITS("Smith vs. Jones was heard.", "Smith vs. Jones was heard.");
}

static void
test_initials(void)
{
	SPLITS("My name is Jonas E. Smith.", "My name is Jonas E. Smith.");
	SPLITS("L. Ron Hubbard wrote it.", "L. Ron Hubbard wrote it.");
	SPLITS("you and I. Did you see Albert I. Jones?",
	    "you and I. | Did you see Albert I. Jones?");
	SPLITS("They chose plan B. The rest failed.",
	    "They chose plan B. | The rest failed.");
}

static void
test_numbers(void)
{
	SPLITS("She has $100.00 in her bag.", "She has $100.00 in her bag.");
	SPLITS("She has $100.00. It is in her bag.",
	    "She has $100.00. | It is in her bag.");
	SPLITS("Version 2.4.1 is out. Get it.", "Version 2.4.1 is out. | Get it.");
	SPLITS("It rose 3.5% to 1,000.5 points.",
	    "It rose 3.5% to 1,000.5 points.");
}

static void
test_glued(void)
{
	SPLITS("Hello world.Today is Tuesday.Mr. Smith went.",
	    "Hello world. | Today is Tuesday. | Mr. Smith went.");
	SPLITS("He bought 1,000.That is a lot.",
	    "He bought 1,000. | That is a lot.");
	SPLITS("Mail Jane.Doe@example.com. Now.",
	    "Mail Jane.Doe@example.com. | Now.");
	SPLITS("Use ASP.NET and www.Example.com today.",
	    "Use ASP.NET and www.Example.com today.");
	SPLITS("See https://x.org/A.Html now.", "See https://x.org/A.Html now.");
	SPLITS("That is JFK Jr.'s book.", "That is JFK Jr.'s book.");
}

static void
test_quotes(void)
{
	SPLITS("She said, \"This is great.\" she said.",
	    "She said, \"This is great.\" she said.");
	SPLITS("She said, \"This is great.\" She left.",
	    "She said, \"This is great.\" | She left.");
	SPLITS("\"We will act. We are ready,\" he said.",
	    "\"We will act. | We are ready,\" he said.");
	SPLITS("\xe2\x80\x9cWe act.\xe2\x80\x9d Then \xe2\x80\x98no.\xe2\x80\x99 "
	    "Done.", "\xe2\x80\x9cWe act.\xe2\x80\x9d | Then \xe2\x80\x98no."
	    "\xe2\x80\x99 | Done.");
	SPLITS("He teaches (He worked as an engineer.) at school.",
	    "He teaches (He worked as an engineer.) at school.");
	SPLITS("She works at Yahoo! in the city.",
	    "She works at Yahoo! in the city.");
}

static void
test_news(void)
{
	SPLITS("\"Why?\" Smith asked. \"Go!\" The crowd ran.",
	    "\"Why?\" Smith asked. | \"Go!\" | The crowd ran.");
	SPLITS("\"Why?\" Mr. Smith asked.", "\"Why?\" Mr. Smith asked.");
	SPLITS("It opens at 10 a.m. Tuesday and at 9 p.m. EST. Fine.",
	    "It opens at 10 a.m. Tuesday and at 9 p.m. EST. | Fine.");
	SPLITS("At 6 p.m. He left.", "At 6 p.m. | He left.");
	SPLITS("Jonas E. A. Smith came.", "Jonas E. A. Smith came.");
	SPLITS("the U.S. Rep. Smith came.", "the U.S. Rep. Smith came.");
}

/* the same cuts whatever whitespace stands between the words */
static void
test_whitespace(void)
{
	/* (the helper trims spaces only) */
	SPLITS("word.\t. . . The end.", "word. | \t. . . The end.");
	SPLITS("word.  .  .  . The end.", "word. | .  .  . The end.");
	SPLITS("1)\tone  2)\ttwo", "1)\tone | 2)\ttwo");
	SPLITS("One.\xc2\xa0Two.", "One. | \xc2\xa0Two.");
}

static void
test_ellipses(void)
{
	SPLITS("I never meant that.... She left.",
	    "I never meant that.... | She left.");
	SPLITS("Wait... what? Go\xe2\x80\xa6 Now!",
	    "Wait... what? | Go\xe2\x80\xa6 | Now!");
	SPLITS("It is . . . I mean it.", "It is . . . I mean it.");
	SPLITS("a period . . . . Next one.", "a period . . . . | Next one.");
	SPLITS("compounds. . . . The practice. . . .",
	    "compounds. | . . . The practice. . . .");
	SPLITS("\"Bohr [...] used [...]\" (Smith 55).",
	    "\"Bohr [...] used [...]\" (Smith 55).");
}

static void
test_lists(void)
{
	SPLITS("1.) The first item 2.) The second item",
	    "1.) The first item | 2.) The second item");
	SPLITS("1) one 2) two 3) three", "1) one | 2) two | 3) three");
	SPLITS("1. The first item 2. The second item",
	    "1. The first item | 2. The second item");
	SPLITS("a. The first item b. The second item c. The third",
	    "a. The first item | b. The second item | c. The third");
	SPLITS("\xe2\x80\xa2 9. The first item \xe2\x80\xa2 10. The second",
	    "\xe2\x80\xa2 9. The first item | \xe2\x80\xa2 10. The second");
	SPLITS("1) one 3) three", "1) one 3) three");
}

static void
test_cjk(void)
{
	SPLITS("今日は晴れです。明日は雨です！本当？",
	    "今日は晴れです。 | 明日は雨です！ | 本当？");
	SPLITS("我看了《摔跤吧！爸爸》。很好。",
	    "我看了《摔跤吧！爸爸》。 | 很好。");
	SPLITS("「晴れです。」と言った。", "「晴れです。」と言った。");
}

static void
test_tags(void)
{
	SPLITS_TAGGED("I met <PERSON>Jonas E. Smith</PERSON>. He waved.",
	    "I met <PERSON>Jonas E. Smith</PERSON>. | He waved.");
	SPLITS_TAGGED("I met <ORGANIZATION>Yahoo! Inc</ORGANIZATION> today.",
	    "I met <ORGANIZATION>Yahoo! Inc</ORGANIZATION> today.");
	SPLITS_TAGGED("Go to <ORGANIZATION>Acme Inc.</ORGANIZATION> "
	    "It is big.", "Go to <ORGANIZATION>Acme Inc.</ORGANIZATION> | "
	    "It is big.");
	SPLITS_TAGGED("Done. <PERSON>Bob</PERSON> left.",
	    "Done. | <PERSON>Bob</PERSON> left.");
	SPLITS_TAGGED("A &lt;PERSON> bee. Next.", "A &lt;PERSON> bee. | Next.");
}

static void
test_words(void)
{
	struct abbrev_table t;

	abbrev_init(&t);
	CHECK(abbrev_load(&t, "Foo.\n[final]\nbar\n# x\n", 20) == 0);
	CHECK(abbrev_lookup(&t, "FOO", 3) == AB_PLAIN);
	CHECK(abbrev_lookup(&t, "bar", 3) == AB_FINAL);
	CHECK(abbrev_lookup(&t, "baz", 3) == 0);
	CHECK(abbrev_load(&t, "x\n[nonsense]\n", 13) == 2);
	abbrev_free(&t);
	CHECK(abbrev_find_lang("en") != NULL);
	CHECK(abbrev_find_lang("xx") == NULL);
}

int
main(void)
{
	const struct abbrev_builtin *en = abbrev_find_lang("en");

	seg_init(&sg);
	if (!en || seg_load(&sg, en->data, en->len) != 0)
		return 1;
	test_basic();
	test_abbreviations();
	test_initials();
	test_numbers();
	test_glued();
	test_quotes();
	test_news();
	test_whitespace();
	test_ellipses();
	test_lists();
	test_cjk();
	test_tags();
	test_words();
	split(NULL, 0, NULL);
	seg_free(&sg);
	return check_report("test-segment");
}
