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

int
main(void)
{
	test_bounds();
	test_lang();
	return check_report("test-meta");
}
