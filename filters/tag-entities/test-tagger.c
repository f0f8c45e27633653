/* Unit tests of tag-entities' tagger: memory, languages and word classes,
 * the model loader and the stream guarantees, with the built-in model.
 * The examples of the rules and post-rules are a table:
 * tests/data/tag-entities/post-rules.tsv (tests/tag-entities.bats). */
#include <stdlib.h>
#include <string.h>

#include "../../tests/unit/check.h"
#include "feat.h"
#include "model.h"
#include "stream.h"
#include "tagger.h"

#define ALL ((1u << ENT_NTYPES) - 1 - (1u << ENT_MISC))

static struct tagger t;
static struct buf out, again, plain, plain_in, spilled;

/* a tagger_writer that collects what it is handed and counts its calls */
struct collect {
	struct buf got;
	size_t calls;
};

static void
collect(void *arg, const char *s, size_t n)
{
	struct collect *c = arg;

	buf_add(&c->got, s, n);
	c->calls++;
}

/* the line in pieces at a spill of a few bytes gives the bytes of
 * tagger_format, out never holds more than spill and one tag, and a
 * line that fits is never handed to the writer */
static void
check_spill(const struct buf *whole)
{
	static const size_t spills[] = { 0, 1, 5, 16, 64, 4096 };
	size_t i, longest_tag = 0;

	for (i = 0; i < t.nspans; i++) {
		size_t n = t.spans[i].end - t.spans[i].start + 5 +
		    2 * strlen(entity_type_names[t.spans[i].type]);

		if (n > longest_tag)
			longest_tag = n;
	}
	for (i = 0; i < sizeof spills / sizeof *spills; i++) {
		struct collect c = { BUF_INIT, 0 };
		size_t most = spills[i] + longest_tag;

		buf_clear(&spilled);
		tagger_spill(&t, &spilled, spills[i], collect, &c);
		CHECK(spilled.len <= most);
		buf_add(&c.got, spilled.data, spilled.len);
		CHECK(c.got.len == whole->len);
		CHECK(c.got.len == 0 ||
		    memcmp(c.got.data, whole->data, whole->len) == 0);
		if (whole->len <= spills[i])
			CHECK(c.calls == 0);
		buf_free(&c.got);
	}
}

/* tag a line; the result, with the guarantees checked on the way */
static const char *
tag(const char *in)
{
	buf_clear(&out);
	tagger_line(&t, in, strlen(in));
	tagger_format(&t, &out);
	check_spill(&out);
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

/* lines with no words (the examples of words are in
 * tests/data/tag-entities/post-rules.tsv, run by tests/tag-entities.bats) */
static void
test_empty(void)
{
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
	CHECK(lang_find("EN-us", 5)->model != NULL);
	CHECK(lang_find("de", 2)->model == NULL);
	/* Portuguese has its own model; English post-rules are off there */
	CHECK(lang_find("pt-BR", 5)->model == te_model_pt_blob);
	CHECK(!lang_find("pt", 2)->post_rules && lang_find("en", 2)->post_rules);
	CHECK(lang_index(lang_find("en", 2)) == 0);
	/* Portuguese words: its connectors (data/pt-words.txt), no English
	 * month */
	CHECK(lang_find("pt", 2)->words == &words_pt);
	CHECK(word_classes(&words_pt, "da", 2) & WC(WC_CONNECTOR));
	CHECK(!(word_classes(&words_pt, "March", 5) & WC(WC_MONTH)));
	CHECK(lang_index(lang_find("xx", 2)) == -1);
	CHECK(lang_find("de", 2)->words == &words_de);
	/* Spanish and French: the rules' words, no name model */
	CHECK(lang_find("fr", 2)->words == &words_fr);
	CHECK(lang_find("es-MX", 5)->words == &words_es);
	CHECK(lang_find("es", 2)->model == NULL && lang_find("fr", 2)->model == NULL);
	CHECK(lang_find("it", 2)->words == &words_none);
	CHECK(word_classes(&words_fr, "il y a", 6) & WC(WC_AGO_BEFORE));
	CHECK(word_classes(&words_es, "Octubre", 7) & WC(WC_LOWER_MONTH));
	CHECK(!(word_classes(&words_fr, "octubre", 7) & WC(WC_MONTH)));
	/* German words: the connectors of names, and the rules' own */
	CHECK(word_classes(&words_de, "f\xc3\xbcr", 4) & WC(WC_CONNECTOR));
	CHECK(!(word_classes(&words_de, "Monday", 6) & WC(WC_WEEKDAY)));
	CHECK(word_classes(&words_de, "Montag", 6) & WC(WC_WEEKDAY));
	CHECK(word_classes(&words_de, "M\xc3\xa4rz", 5) &
	    WC(WC_AMBIGUOUS_MONTH));
	CHECK(word_classes(&words_de, "Uhr", 3) & WC(WC_CLOCK_WORD));
	CHECK(!(word_classes(&words_en, "Uhr", 3) & WC(WC_CLOCK_WORD)));
	/* Portuguese months are dates in lower case, English ones not */
	CHECK(word_classes(&words_pt, "outubro", 7) & WC(WC_LOWER_MONTH));
	CHECK(!(word_classes(&words_en, "may", 3) & WC(WC_LOWER_MONTH)));
	/* GAZ_RULE covers English's words only (gen-gazetteer.sh) */
	CHECK(words_en.gaz_rule && !words_de.gaz_rule && !words_pt.gaz_rule);
	/* word classes, from data/en-words.txt and data/signs.txt */
	CHECK(word_classes(&words_en, "March", 5) & WC(WC_MONTH));
	CHECK(word_classes(&words_en, "MARCH", 5) & WC(WC_AMBIGUOUS_MONTH));
	CHECK(!(word_classes(&words_en, "Marc", 4) & WC(WC_MONTH)));
	CHECK(word_classes(&words_en, "Atl\xc3\xa9tico", 9) & WC(WC_CLUB_HEAD));
	CHECK(word_classes(&words_en, "\xe2\x82\xac", 3) & WC(WC_CURRENCY_SIGN));
	CHECK(word_classes(&words_none, "\xe2\x82\xac", 3) & WC(WC_CURRENCY_SIGN));
	CHECK(word_classes(&words_none, "march", 5) == 0);
	CHECK(word_classes(&words_en, "", 0) == 0);
	CHECK(lang_find("", 0)->model == NULL);
	tagger_doc(&t, lang_find("de", 2));
	CHECK_STR(tag(line), "Angela Merkel came on Monday, March 5 at "
	    "<TIME>14:30</TIME> or 7 p.m.; sales rose 5 percent, or "
	    "<PERCENT>3.5%</PERCENT>, to <MONEY>$5 billion</MONEY> or "
	    "<MONEY>\xe2\x82\xac" "3.50</MONEY> and <MONEY>USD 20</MONEY> "
	    "(<DATE>2015-09-18</DATE>), four days ago.");
	/* and German's own words ("Billion" is German too) */
	CHECK_STR(tag("Am 3. Oktober 2021 um 14.30 Uhr stieg der Kurs um "
	    "5,2 Prozent auf 3,5 Mrd. Euro."), "Am <DATE>3. Oktober "
	    "2021</DATE> um <TIME>14.30 Uhr</TIME> stieg der Kurs um "
	    "<PERCENT>5,2 Prozent</PERCENT> auf <MONEY>3,5 Mrd. "
	    "Euro</MONEY>.");
	/* "Mai" and "August" are names too: a date with a day, or after
	 * "im" */
	CHECK_STR(tag("August Bebel kam im Mai, nicht am 1. Mai."),
	    "August Bebel kam im <DATE>Mai</DATE>, nicht am <DATE>1. "
	    "Mai</DATE>.");
	tagger_doc(&t, lang_find("pt", 2));
	CHECK_STR(tag("Em 3 de outubro de 2021, \xc3\xa0s 14h30, custou "
	    "R$ 5,3 bilh\xc3\xb5" "es."), "Em <DATE>3 de outubro de "
	    "2021</DATE>, \xc3\xa0s <TIME>14h30</TIME>, custou <MONEY>R$ "
	    "5,3 bilh\xc3\xb5" "es</MONEY>.");
	tagger_doc(&t, lang_find("en", 2));
	CHECK_STR(tag(line), "<PERSON>Angela Merkel</PERSON> came on "
	    "<DATE>Monday</DATE>, <DATE>March 5</DATE> at <TIME>14:30</TIME> "
	    "or <TIME>7 p.m.</TIME>; sales rose <PERCENT>5 percent</PERCENT>, "
	    "or <PERCENT>3.5%</PERCENT>, to <MONEY>$5 billion</MONEY> or "
	    "<MONEY>\xe2\x82\xac" "3.50</MONEY> and <MONEY>USD 20</MONEY> "
	    "(<DATE>2015-09-18</DATE>), <DATE>four days ago</DATE>.");
}

/* Viterbi as defined: every allowed predecessor of every label, in
 * increasing order, the first best kept */
static void
viterbi_plain(const float *emit, size_t n, const float *trans, uint8_t *out)
{
	float delta[NLABELS], next[NLABELS], best, s;
	uint8_t back[64][NLABELS];
	size_t i;
	int a, b, arg;

	for (b = 0; b < NLABELS; b++)
		delta[b] = label_allowed(0, b) ? trans[b] + emit[b] : -1e30f;
	for (i = 1; i < n; i++) {
		for (b = 0; b < NLABELS; b++) {
			best = -1e30f;
			arg = 0;
			for (a = 0; a < NLABELS; a++) {
				if (!label_allowed(a, b))
					continue;
				s = delta[a] + trans[a * NLABELS + b];
				if (s > best) {
					best = s;
					arg = a;
				}
			}
			next[b] = best + emit[i * NLABELS + b];
			back[i][b] = (uint8_t)arg;
		}
		memcpy(delta, next, sizeof delta);
	}
	best = -1e31f;
	arg = 0;
	for (a = 0; a < NLABELS; a++) {
		if (!label_allowed(a, 0))
			continue;
		s = delta[a] + trans[a * NLABELS];
		if (s > best) {
			best = s;
			arg = a;
		}
	}
	for (i = n; i-- > 0;) {
		out[i] = (uint8_t)arg;
		if (i > 0)
			arg = back[i][arg];
	}
}

/* viterbi (its step written out label by label) agrees with the plain
 * definition on random scores, small integers so that ties are common,
 * and with labels pinned as force_labels pins them */
static void
test_viterbi(void)
{
	float emit[64 * NLABELS], trans[NLABELS * NLABELS];
	uint8_t got[64], want[64], back[64 * NLABELS];
	int8_t force[64];
	unsigned seed = 12345;
	size_t run, n, i;

	for (run = 0; run < 2000; run++) {
		n = 1 + run % 64;
		for (i = 0; i < NLABELS * NLABELS; i++) {
			seed = seed * 1103515245u + 12345u;
			trans[i] = (float)((int)(seed >> 16) % 7 - 3);
		}
		for (i = 0; i < n * NLABELS; i++) {
			seed = seed * 1103515245u + 12345u;
			emit[i] = run % 2 ? (float)((int)(seed >> 16) % 5 - 2) :
			    (float)(seed >> 8) / 65536.0f - 128.0f;
		}
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			force[i] = (int8_t)(run % 3 == 0 && (seed >> 16) % 4 == 0 ?
			    (int)((seed >> 20) % NLABELS) : -1);
		}
		force_labels(emit, force, n);
		viterbi(emit, n, trans, got, back);
		viterbi_plain(emit, n, trans, want);
		CHECK(memcmp(got, want, n) == 0);
	}
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

/* the features of "Bundesministerium" in a German and an English line:
 * the German set (FEATS_WIDE) has six more (the rows' word classes
 * differ, so the others need not be the same) */
static void
test_feature_sets(void)
{
	const char *line = "Das Bundesministerium der Finanzen teilte mit .";
	struct feat_work fw;
	uint64_t en[FEAT_MAX], de[FEAT_MAX];
	size_t nen, nde;

	memset(&fw, 0, sizeof fw);
	tagger_doc(&t, lang_find("en", 2));
	tagger_prepare(&t, line, strlen(line));
	CHECK(t.st.feats == FEATS_EN);
	feat_prepare(&fw, &t.st);
	CHECK(fw.live[1]);
	nen = feat_token(&fw, &t.st, 1, en);
	tagger_doc(&t, lang_find("de", 2));
	tagger_prepare(&t, line, strlen(line));
	CHECK(t.st.feats == FEATS_WIDE);
	feat_prepare(&fw, &t.st);
	nde = feat_token(&fw, &t.st, 1, de);
	CHECK(nde == nen + 6 && nde <= FEAT_MAX);
	feat_free(&fw);
	tagger_doc(&t, lang_find("en", 2));
}

/* every word of every table is found through its index, in any ASCII
 * case, with all its classes (gen-words.sh hashes in awk what words.c
 * hashes in C: were they to differ, words would go missing), and the
 * index holds each word once */
static void
test_word_index(void)
{
	const struct word_table *tables[] = { &words_en, &words_pt, &words_de,
	    &words_es, &words_fr, &words_none };
	size_t k, i, used;
	char up[64];

	for (k = 0; k < sizeof tables / sizeof *tables; k++) {
		const struct word_table *wt = tables[k];

		for (i = 0, used = 0; i <= wt->mask; i++)
			used += wt->index[i] != 0;
		CHECK(used == wt->n && wt->mask + 1 >= 4 * wt->n);
		for (i = 0; i < wt->n; i++) {
			const char *w = wt->text + wt->v[i].key;
			size_t n = wt->v[i].len, q;

			CHECK(n <= sizeof up);
			CHECK(word_classes(wt, w, n) == wt->v[i].classes);
			for (q = 0; q < n && q < sizeof up; q++)
				up[q] = (char)(w[q] >= 'a' && w[q] <= 'z' ?
				    w[q] - 'a' + 'A' : w[q]);
			CHECK(word_classes(wt, up, n) == wt->v[i].classes);
		}
	}
	CHECK(word_classes(&words_en, "Septembre", 9) == 0);
	CHECK(word_classes(&words_en, "", 0) == 0);
}

int
main(void)
{
	tagger_open(&t, NULL, NULL, 1, ALL);
	test_memory();
	test_empty();
	test_lang();
	test_model();
	test_feature_sets();
	test_word_index();
	test_viterbi();
	tagger_close(&t);
	buf_free(&out);
	buf_free(&again);
	buf_free(&plain);
	buf_free(&plain_in);
	buf_free(&spilled);
	return check_report("test-tagger");
}
