/* Unit tests of lang.c: language tags, the sample, the decision. */
#include "../../tests/unit/check.h"
#include "lang.h"

static const char *
primary(const char *tag)
{
	static char out[LANG_MAX];

	if (!lang_primary(out, tag, strlen(tag)))
		return "(none)";
	return out;
}

static void
test_primary(void)
{
	CHECK_STR(primary("de"), "de");
	CHECK_STR(primary("de-DE"), "de");
	CHECK_STR(primary("pt_BR"), "pt");
	CHECK_STR(primary("EN-gb"), "en");
	CHECK_STR(primary("fil-PH"), "fil");
	CHECK_STR(primary("zh-Hant-TW"), "zh");
	CHECK_STR(primary("de, en"), "de");
	CHECK_STR(primary(" \"fr\""), "fr");
	CHECK_STR(primary("iw"), "he");
	CHECK_STR(primary("in"), "id");
	CHECK_STR(primary("jw"), "jv");
	CHECK_STR(primary(""), "(none)");
	CHECK_STR(primary("x-default"), "(none)");
	CHECK_STR(primary("und"), "(none)");
	CHECK_STR(primary("zxx"), "(none)");
	CHECK_STR(primary("*"), "(none)");
	CHECK_STR(primary("english"), "(none)");
	CHECK_STR(primary("e1"), "(none)");
	CHECK_STR(primary("deu"), "deu");
	CHECK(lang_same("nb", "no") && lang_same("nn", "nb"));
	CHECK(lang_same("sr", "hr") && !lang_same("de", "nl"));
}

static void
test_sample(void)
{
	struct lang_sample s;
	char para[LANG_SAMPLE * 2];
	size_t i;

	lang_sample_init(&s);
	lang_sample_add(&s, "Home", 4);
	CHECK(s.prose.len == 0 && s.bits.len == 4);
	/* a long paragraph of "é" (2 bytes): cut on a character boundary */
	for (i = 0; i + 1 < sizeof para; i += 2) {
		para[i] = (char)0xC3;
		para[i + 1] = (char)0xA9;
	}
	lang_sample_add(&s, "x", 0);
	lang_sample_add(&s, para, 100);
	CHECK(s.prose.len == 100);
	/* 411 bytes of room after the newline: 205 characters */
	lang_sample_add(&s, para, sizeof para);
	CHECK(s.prose.len == LANG_SAMPLE - 1);
	for (i = 0; i < s.prose.len; i++)
		if ((unsigned char)s.prose.data[i] == 0xC3)
			CHECK(i + 1 < s.prose.len &&
			    (unsigned char)s.prose.data[i + 1] == 0xA9);
	/* full: nothing more */
	i = s.prose.len;
	lang_sample_add(&s, para, 200);
	CHECK(s.prose.len == i);
	lang_sample_reset(&s);
	CHECK(s.prose.len == 0 && s.bits.len == 0);
	lang_sample_free(&s);
}

static void
test_decide(void)
{
	static const char de[] = "Nach monatelangen Diskussionen hat der "
	    "Stadtrat am Dienstagabend mit knapper Mehrheit beschlossen, "
	    "entlang der Hauptstraße einen durchgehenden Radweg anzulegen.";
	struct lang_sample s;
	char out[LANG_MAX];

	lang_sample_init(&s);
	CHECK(!lang_decide(out, NULL, &s));	/* nothing at all */
	CHECK(lang_decide(out, "pt", &s) && !strcmp(out, "pt"));
	lang_sample_add(&s, de, strlen(de));
	CHECK(lang_decide(out, NULL, &s) && !strcmp(out, "de"));
	CHECK(lang_decide(out, "en", &s) && !strcmp(out, "de"));
	CHECK(lang_decide(out, "de", &s) && !strcmp(out, "de"));
	lang_sample_reset(&s);
	lang_sample_add(&s, "12 345", 6);
	CHECK(!lang_decide(out, NULL, &s));
	CHECK(lang_decide(out, "fr", &s) && !strcmp(out, "fr"));
	lang_sample_free(&s);
}

int
main(void)
{
	lang_detector_init();
	test_primary();
	test_sample();
	test_decide();
	return check_report("test-lang");
}
