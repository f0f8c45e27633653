/* Unit tests of meta.c: dates and their bounds, languages offered. */
#include "../../tests/unit/check.h"
#include "meta.h"

static void
offer_date(struct meta *m, const char *s)
{
	meta_offer(m, M_DATE, P_META, s, strlen(s));
}

static const char *
date(const struct meta *m)
{
	const char *d = meta_get(m, M_DATE);

	return d ? d : "(none)";
}

static void
test_bounds(void)
{
	struct meta m;

	meta_init(&m);
	offer_date(&m, "1994-12-31");
	CHECK_STR(date(&m), "(none)");
	offer_date(&m, "2999-01-01");
	CHECK_STR(date(&m), "(none)");
	offer_date(&m, "2020-04-13T10:00:00Z");
	CHECK_STR(date(&m), "2020-04-13T10:00:00Z");
	/* fetched: nothing after that day */
	meta_reset(&m);
	meta_fetched(&m, "2020-04-12T08:00:00Z", 20);
	offer_date(&m, "2020-04-13");
	CHECK_STR(date(&m), "(none)");
	offer_date(&m, "2020-04-12");
	CHECK_STR(date(&m), "2020-04-12");
	/* a new document forgets it */
	meta_reset(&m);
	offer_date(&m, "2020-04-13");
	CHECK_STR(date(&m), "2020-04-13");
	meta_free(&m);
}

static void
test_lang(void)
{
	struct meta m;

	meta_init(&m);
	meta_lang(&m, LANG_FROM_HTTP, "de-AT, en", 9);
	CHECK_STR(meta_get(&m, M_LANG), "de");
	meta_lang(&m, LANG_FROM_HTML, "x-default", 9);
	CHECK_STR(meta_get(&m, M_LANG), "de");
	meta_lang(&m, LANG_FROM_HTML, "pt_BR", 5);
	CHECK_STR(meta_get(&m, M_LANG), "pt");
	/* weaker sources do not override */
	meta_lang(&m, LANG_FROM_JSON, "fr", 2);
	CHECK_STR(meta_get(&m, M_LANG), "pt");
	meta_free(&m);
}

/* the date the paragraph s gives as a dateline on a page in lang */
static const char *
dateline(struct meta *m, const char *lang, const char *s)
{
	meta_reset(m);
	if (lang)
		meta_lang(m, LANG_FROM_HTML, lang, strlen(lang));
	meta_dateline(m, s, strlen(s));
	return date(m);
}

static void
test_dateline(void)
{
	struct meta m;

	meta_init(&m);
	/* a time or a temperature is no day */
	CHECK_STR(dateline(&m, "en", "Revision as of 07:47, 28 March 2020"),
	    "2020-03-28");
	CHECK_STR(dateline(&m, "en", "22:30, 9 MAY 2020"), "2020-05-09");
	CHECK_STR(dateline(&m, "en", "Ann Lee 9:46 am Sat Dec 12, 2020"),
	    "2020-12-12");
	CHECK_STR(dateline(&m, "fr", "15h30, le 4 mars 2020"), "2020-03-04");
	CHECK_STR(dateline(&m, "es", "21 \xC2\xB0" "C Sevilla jueves 16 de abril "
	    "de 2020"), "2020-04-16");
	/* a range, two months, the masthead's "today": no date */
	CHECK_STR(dateline(&m, "en", "Fair set for July 15-24, 2021"),
	    "(none)");
	CHECK_STR(dateline(&m, "en", "15\xE2\x80\x93" "24 July 2021"),
	    "(none)");
	CHECK_STR(dateline(&m, "en", "March 3 to April 5, 2020"), "(none)");
	CHECK_STR(dateline(&m, "en", "Sunday, July 19, 2020 | Today's Paper"),
	    "(none)");
	CHECK_STR(dateline(&m, "es", "Hoy: 15/04/2020"), "(none)");
	/* a three-letter month counts in its languages only */
	CHECK_STR(dateline(&m, "en", "Set 12, 2020"), "(none)");
	CHECK_STR(dateline(&m, "pt", "12 set 2020"), "2020-09-12");
	/* a longer name counts whatever the page declares */
	CHECK_STR(dateline(&m, "en", "duminic\xC4\x83, 20 septembrie 2020"),
	    "2020-09-20");
	/* the year first */
	CHECK_STR(dateline(&m, "zh", "2020/03/12 20:19"), "2020-03-12");
	CHECK_STR(dateline(&m, "ko", "2020. 08. 27. 20:27"), "2020-08-27");
	CHECK_STR(dateline(&m, "sv", "Publicerad 2020-09-26 kl 12.07"),
	    "2020-09-26");
	CHECK_STR(dateline(&m, "ja", "2020\xE5\xB9\xB4" "3\xE6\x9C\x88"
	    "12\xE6\x97\xA5 20:19"), "2020-03-12");
	CHECK_STR(dateline(&m, "ko", "2020\xEB\x85\x84 8\xEC\x9B\x94 "
	    "27\xEC\x9D\xBC"), "2020-08-27");
	CHECK_STR(dateline(&m, "zh", "2020/13/12"), "(none)");
	/* Cyrillic, Turkish, Hungarian and Czech month names */
	CHECK_STR(dateline(&m, "ru", "13 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0"
	    "\xD1\x80\xD1\x8F 2020, 17:04"), "2020-01-13");	/* января */
	CHECK_STR(dateline(&m, "ru", "13 \xD0\xAF\xD0\x9D\xD0\x92\xD0\x90"
	    "\xD0\xA0\xD0\xAF 2020"), "2020-01-13");	/* ЯНВАРЯ */
	CHECK_STR(dateline(&m, "uk", "21 \xD0\xB2\xD0\xB5\xD1\x80\xD0\xB5"
	    "\xD1\x81\xD0\xBD\xD1\x8F 2020"), "2020-09-21");	/* вересня */
	CHECK_STR(dateline(&m, "tr", "18 A\xC4\x9Fustos 2020"), "2020-08-18");
	CHECK_STR(dateline(&m, "tr", "3 \xC5\x9Eubat 2020"), "2020-02-03");
	CHECK_STR(dateline(&m, "hu", "2020. augusztus 18. 21:35"),
	    "2020-08-18");
	CHECK_STR(dateline(&m, "cs", "30. ledna 2020"), "2020-01-30");
	/* no year, no date; and a sentence is no dateline */
	CHECK_STR(dateline(&m, "en", "Sunday, July 19"), "(none)");
	CHECK_STR(dateline(&m, "en", "On 17 March 2020 the council met to "
	    "talk about the budget of the city"), "(none)");
	meta_free(&m);
}

int
main(void)
{
	test_bounds();
	test_lang();
	test_dateline();
	return check_report("test-meta");
}
