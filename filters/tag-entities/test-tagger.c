/* Unit tests of tag-entities' tagger: rules, names, post-rules, memory,
 * the model loader and the stream guarantees, with the built-in model. */
#include <stdlib.h>
#include <string.h>

#include "../../tests/unit/check.h"
#include "feat.h"
#include "model.h"
#include "stream.h"
#include "tagger.h"

#define ALL ((1u << ENT_NTYPES) - 1 - (1u << ENT_MISC))

static struct tagger t;
static struct buf out, again, plain, plain_in;

/* tag a line; the result, with the guarantees checked on the way */
static const char *
tag(const char *in)
{
	buf_clear(&out);
	tagger_line(&t, in, strlen(in));
	tagger_format(&t, &out);
	/* removing the tags gives the input back */
	buf_clear(&plain);
	stream_strip_tags(&plain, out.data, out.len);
	buf_clear(&plain_in);
	stream_strip_tags(&plain_in, in, strlen(in));
	CHECK_MEM(plain.data, plain.len, plain_in.data);
	/* a second run changes nothing */
	buf_clear(&again);
	tagger_line(&t, out.data, out.len);
	tagger_format(&t, &again);
	CHECK_MEM(again.data, again.len, out.data);
	return out.data;
}

static void
check(const char *in, const char *want)
{
	const char *got;

	tagger_doc(&t, lang_find("en", 2));
	got = tag(in);
	CHECK_STR(got, want);
}

static void
test_rules(void)
{
	check("Sales rose 5 percent to $5 billion, or 3.5%, on Monday.",
	    "Sales rose <PERCENT>5 percent</PERCENT> to <MONEY>$5 billion"
	    "</MONEY>, or <PERCENT>3.5%</PERCENT>, on <DATE>Monday</DATE>.");
	check("It opened at 07:40 on 2015-09-18, four days ago.",
	    "It opened at <TIME>07:40</TIME> on <DATE>2015-09-18</DATE>, "
	    "<DATE>four days ago</DATE>.");
	check("He paid 300 yuan and USD 20 million next week.",
	    "He paid <MONEY>300 yuan</MONEY> and <MONEY>USD 20 million"
	    "</MONEY> <DATE>next week</DATE>.");
	/* weekdays' abbreviations: dates beside a weekday or a date,
	 * words or names elsewhere */
	check("Games are on Fri, Sat, or Sun.",
	    "Games are on <DATE>Fri</DATE>, <DATE>Sat</DATE>, or <DATE>Sun"
	    "</DATE>.");
	check("It opens Tue Sep 5 and the Sat exam is hard.",
	    "It opens <DATE>Tue Sep 5</DATE> and the Sat exam is hard.");
	check("They met on September 18, 2015 at 7 p.m.",
	    "They met on <DATE>September 18, 2015</DATE> at "
	    "<TIME>7 p.m.</TIME>");
	check("You may go.", "You may go.");
}

static void
test_names(void)
{
	check("President Xi Jinping flew to the US.",
	    "President <PERSON>Xi Jinping</PERSON> flew to the "
	    "<LOCATION>US</LOCATION>.");
	check("Mr. Obama met Chinese officials.",
	    "Mr. <PERSON>Obama</PERSON> met Chinese officials.");
	check("She works for the China Institute of International Studies.",
	    "She works for the <ORGANIZATION>China Institute of "
	    "International Studies</ORGANIZATION>.");
}

/* web text, and the post-rules */
static void
test_web(void)
{
	check("Hi Kevin, the report is ready.",
	    "Hi <PERSON>Kevin</PERSON>, the report is ready.");
	check("See http://news.bbc.co.uk/1/hi/world or mail chris.abel@enron.com.",
	    "See http://news.bbc.co.uk/1/hi/world or mail chris.abel@enron.com.");
	/* abbreviations in capitals and a company form alone are no names */
	check("Please send the RFP to me ASAP.",
	    "Please send the RFP to me ASAP.");
	check("I need the PDF by noon, LOL.",
	    "I need the PDF by <TIME>noon</TIME>, LOL.");
	check("The LTD. was dissolved.", "The LTD. was dissolved.");
	check("He works at Google, Inc. in Mountain View.",
	    "He works at <ORGANIZATION>Google, Inc.</ORGANIZATION> in "
	    "<LOCATION>Mountain View</LOCATION>.");
	check("how many ounces in a pint in ireland?",
	    "how many ounces in a pint in <LOCATION>ireland</LOCATION>?");
	check("He met Sulla and Trump.",
	    "He met <PERSON>Sulla</PERSON> and <PERSON>Trump</PERSON>.");
	check("Chris Abel Manager, Risk Controls",
	    "<PERSON>Chris Abel</PERSON> Manager, Risk Controls");
	check("The hotel is in Invercargill New Zealand.",
	    "The hotel is in <LOCATION>Invercargill</LOCATION> "
	    "<LOCATION>New Zealand</LOCATION>.");
	/* a region of iso-codes called "Bay" or "South" is no second
	 * place after the first */
	check("I could not find one in Tampa Bay.",
	    "I could not find one in <LOCATION>Tampa Bay</LOCATION>.");
	check("He flew the flag of South Vietnam.",
	    "He flew the flag of <LOCATION>South Vietnam</LOCATION>.");
	/* two organisations joined by "and", each in a company's or a
	 * club's form, are two; a club's word makes a place a club */
	check("Bank of America and Marriott International agreed.",
	    "<ORGANIZATION>Bank of America</ORGANIZATION> and <ORGANIZATION>"
	    "Marriott International</ORGANIZATION> agreed.");
	check("Real Madrid beat FC Porto.",
	    "<ORGANIZATION>Real Madrid</ORGANIZATION> beat <ORGANIZATION>FC "
	    "Porto</ORGANIZATION>.");
	/* a city beside a match verb in a line with a score is a club;
	 * a country stays a place; the score is no part of a name */
	check("Sevilla drew with Valencia 1-1.",
	    "<ORGANIZATION>Sevilla</ORGANIZATION> drew with <ORGANIZATION>"
	    "Valencia</ORGANIZATION> 1-1.");
	check("Germany beat France 2-1.",
	    "<LOCATION>Germany</LOCATION> beat <LOCATION>France</LOCATION> "
	    "2-1.");
	check("Prices rose 3-4 percent in Madrid.",
	    "Prices rose 3-4 percent in <LOCATION>Madrid</LOCATION>.");
	check("As Berlin grew, real estate fell.",
	    "As <LOCATION>Berlin</LOCATION> grew, real estate fell.");
	/* a well-known organisation the model missed comes from the
	 * gazetteer; a company then a country is the company's arm */
	check("She spoke at the World Trade Organization.",
	    "She spoke at the <ORGANIZATION>World Trade Organization"
	    "</ORGANIZATION>.");
	check("Someone in Sony Australia noticed.",
	    "Someone in <ORGANIZATION>Sony Australia</ORGANIZATION> noticed.");
	check("He read the New York Times.",
	    "He read the <ORGANIZATION>New York Times</ORGANIZATION>.");
	/* the pronoun I after a name is no part of it; a regnal number is */
	check("The Hank Green I know is kind.",
	    "The <PERSON>Hank Green</PERSON> I know is kind.");
	check("Queen Elizabeth I died.",
	    "Queen <PERSON>Elizabeth I</PERSON> died.");
	/* an organisation runs on to its company word */
	check("Shares of Samsung Electronics fell in Milan.",
	    "Shares of <ORGANIZATION>Samsung Electronics</ORGANIZATION> fell "
	    "in <LOCATION>Milan</LOCATION>.");
	/* a title and a person the model ran into a name end it */
	check("Lagos State Governor Babajide Sanwo-Olu visited Ikeja.",
	    "<LOCATION>Lagos</LOCATION> State Governor <PERSON>Babajide "
	    "Sanwo-Olu</PERSON> visited <LOCATION>Ikeja</LOCATION>.");
	/* a known place of several words is a place, whatever its last
	 * word suggests */
	check("He toured the West Bank last year.",
	    "He toured the <LOCATION>West Bank</LOCATION> <DATE>last year"
	    "</DATE>.");
	/* "St." keeps its dot and the gazetteer knows both spellings */
	check("He was born in St. Louis and moved to St Petersburg.",
	    "He was born in <LOCATION>St. Louis</LOCATION> and moved to "
	    "<LOCATION>St Petersburg</LOCATION>.");
	check("We hiked in the Hudson Valley.",
	    "We hiked in the <LOCATION>Hudson Valley</LOCATION>.");
	check("HANOI \xe2\x80\x94 Vietnam Airlines said flights would resume.",
	    "<LOCATION>HANOI</LOCATION> \xe2\x80\x94 <ORGANIZATION>Vietnam "
	    "Airlines</ORGANIZATION> said flights would resume.");
}

static void
test_memory(void)
{
	tagger_doc(&t, lang_find("en", 2));
	tag("Assistant Foreign Minister Zheng Zeguang spoke.");
	CHECK_STR(tag("Later Zheng said no."),
	    "Later <PERSON>Zheng</PERSON> said no.");
	/* a name takes the type the document gave it most often */
	tagger_doc(&t, lang_find("en", 2));
	CHECK_STR(tag("Then Paris left for London."),
	    "Then <LOCATION>Paris</LOCATION> left for "
	    "<LOCATION>London</LOCATION>.");
	tagger_doc(&t, lang_find("en", 2));
	tag("<PERSON>Paris</PERSON> sang.");
	tag("<PERSON>Paris</PERSON> danced.");
	CHECK_STR(tag("Then Paris left for London."),
	    "Then <PERSON>Paris</PERSON> left for "
	    "<LOCATION>London</LOCATION>.");
	/* a new document forgets */
	tagger_doc(&t, lang_find("en", 2));
	CHECK(t.mem.n == 0);
}

static void
test_existing(void)
{
	check("<LOCATION>Paris Hilton</LOCATION> met &lt;PERSON> in Paris.",
	    "<LOCATION>Paris Hilton</LOCATION> met &lt;PERSON> in "
	    "<LOCATION>Paris</LOCATION>.");
	check("", "");
	check("   ", "   ");
}

/* languages: names only with a model; without the language's words
 * only what signs and digits say */
static void
test_lang(void)
{
	char code[LANG_CODE_MAX + 1];
	const char *line = "Angela Merkel came on Monday, March 5 at 14:30 "
	    "or 7 p.m.; sales rose 5 percent, or 3.5%, to $5 billion or "
	    "\xe2\x82\xac" "3.50 and USD 20 (2015-09-18), four days ago.";

	CHECK(lang_primary("de-CH", 5, code) == 2 && strcmp(code, "de") == 0);
	CHECK(lang_primary("PT_br", 5, code) == 2 && strcmp(code, "pt") == 0);
	CHECK(lang_primary("x", 1, code) == 0);
	CHECK(lang_primary("e1", 2, code) == 0);
	CHECK(lang_primary("abcdefghi", 9, code) == 0);
	CHECK(lang_find("EN-us", 5)->names);
	CHECK(!lang_find("de", 2)->names);
	CHECK(lang_find("de", 2)->words == &words_none);
	/* word classes, from data/en-words.txt and data/signs.txt */
	CHECK(word_classes(&words_en, "March", 5) & WC(WC_MONTH));
	CHECK(word_classes(&words_en, "MARCH", 5) & WC(WC_AMBIGUOUS_MONTH));
	CHECK(!(word_classes(&words_en, "Marc", 4) & WC(WC_MONTH)));
	CHECK(word_classes(&words_en, "Atl\xc3\xa9tico", 9) & WC(WC_CLUB_HEAD));
	CHECK(word_classes(&words_en, "\xe2\x82\xac", 3) & WC(WC_CURRENCY_SIGN));
	CHECK(word_classes(&words_none, "\xe2\x82\xac", 3) & WC(WC_CURRENCY_SIGN));
	CHECK(word_classes(&words_none, "march", 5) == 0);
	CHECK(word_classes(&words_en, "", 0) == 0);
	CHECK(!lang_find("", 0)->names);
	tagger_doc(&t, lang_find("de", 2));
	CHECK_STR(tag(line), "Angela Merkel came on Monday, March 5 at "
	    "<TIME>14:30</TIME> or 7 p.m.; sales rose 5 percent, or "
	    "<PERCENT>3.5%</PERCENT>, to <MONEY>$5</MONEY> billion or "
	    "<MONEY>\xe2\x82\xac" "3.50</MONEY> and <MONEY>USD 20</MONEY> "
	    "(<DATE>2015-09-18</DATE>), four days ago.");
	tagger_doc(&t, lang_find("en", 2));
	CHECK_STR(tag(line), "<PERSON>Angela Merkel</PERSON> came on "
	    "<DATE>Monday</DATE>, <DATE>March 5</DATE> at <TIME>14:30</TIME> "
	    "or <TIME>7 p.m.</TIME>; sales rose <PERCENT>5 percent</PERCENT>, "
	    "or <PERCENT>3.5%</PERCENT>, to <MONEY>$5 billion</MONEY> or "
	    "<MONEY>\xe2\x82\xac" "3.50</MONEY> and <MONEY>USD 20</MONEY> "
	    "(<DATE>2015-09-18</DATE>), <DATE>four days ago</DATE>.");
}

static void
test_model(void)
{
	struct model m;
	unsigned char junk[64] = "CDNER02\n";

	CHECK(label_table_ok());
	CHECK(label_preds_ok());
	CHECK(model_load(&m, junk, sizeof junk) == -1);
	CHECK(model_load(&m, (const unsigned char *)"x", 1) == -1);
	CHECK(model_load(&m, te_model_blob, te_model_blob_len) == 0);
	CHECK(m.nfeat > 1000);
	model_free(&m);
	CHECK(gaz_ok());
}

int
main(void)
{
	tagger_open(&t, NULL, 1, ALL);
	test_rules();
	test_names();
	test_web();
	test_memory();
	test_existing();
	test_lang();
	test_model();
	tagger_close(&t);
	buf_free(&out);
	buf_free(&again);
	buf_free(&plain);
	buf_free(&plain_in);
	return check_report("test-tagger");
}
