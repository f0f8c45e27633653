/* Unit tests of meta.c: dates and their bounds, languages offered. */
#include "../../tests/unit/check.h"
#include "meta.h"

#include <stdio.h>
#include <stdlib.h>

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
	meta_dateline(m, s, strlen(s), 0);
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
	/* Albanian and Arabic; a day of another calendar is not the day */
	CHECK_STR(dateline(&m, "sq", "13 gusht 2020, 09:08"), "2020-08-13");
	CHECK_STR(dateline(&m, "ar", "التاريخ: 03 يونيو 2020"), "2020-06-03");
	CHECK_STR(dateline(&m, "ar", "11 شوال 1441هـ - 03 يونيو 2020م"),
	    "2020-06-03");
	CHECK_STR(dateline(&m, "ar", "الإثنين، 24 أغسطس، 2020"), "2020-08-24");
	/* text run together where the markup had no space */
	CHECK_STR(dateline(&m, "es", "La Informaci\xC3\xB3n16.08.2020 - 21:03h"),
	    "2020-08-16");
	CHECK_STR(dateline(&m, "en", "By Ann Lee2020-02-20 13:52:51 UTC"),
	    "2020-02-20");
	CHECK_STR(dateline(&m, "en", "Item 116.08.2020"), "(none)");
	/* a two-digit year */
	CHECK_STR(dateline(&m, "de", "Von: Bj\xC3\xB6rn Jahner | 31.10.23"),
	    "2023-10-31");
	CHECK_STR(dateline(&m, "de", "28.01.22 / 0 Kommentare"), "2022-01-28");
	CHECK_STR(dateline(&m, "de", "Version 1.10.23.4"), "(none)");
	CHECK_STR(dateline(&m, "de", "Version 2.31.10.23"), "(none)");
	CHECK_STR(dateline(&m, "de", "31.10.234"), "(none)");
	CHECK_STR(dateline(&m, "de", "31.13.23"), "(none)");
	/* a space after each dot */
	CHECK_STR(dateline(&m, "de", "Von Deutscher Tennis Bund 4. 2. 2022."),
	    "2022-02-04");
	CHECK_STR(dateline(&m, "de", "4. 2.2022"), "(none)");
	/* a line of items: the dated item */
	CHECK_STR(dateline(&m, "en", "\xE2\x8B\x85 November 22, 2011 \xE2\x8B"
	    "\x85 Email this post \xE2\x8B\x85 Diese Seite ausdrucken "
	    "\xE2\x8B\x85 Kommentieren"), "2011-11-22");
	CHECK_STR(dateline(&m, "de", "Zuschauerr\xC3\xBC" "ckkehr bei den "
	    "Proficlubs der Region 02.02.2022 \xE2\x80\xA2 Handball, "
	    "Bundesliga, Zuschauer"), "2022-02-02");
	CHECK_STR(dateline(&m, "en", "By Ann Lee and Bob Smith | Politics, "
	    "Elections and Local news | April 13, 2020 | 5 min read"),
	    "2020-04-13");
	/* a longer line without separators is none; nor is a masthead */
	CHECK_STR(dateline(&m, "en", "In Politics, Elections and Local "
	    "news on April 13, 2020 by Ann Lee and Bob Smith, 5 min read"),
	    "(none)");
	CHECK_STR(dateline(&m, "en", "Sunday, July 19, 2020 | Today's Paper "
	    "| Subscribe | Sign in | Newsletters | Events | Jobs | Obituaries"),
	    "(none)");
	/* a lead that starts with its date, after a place at most */
	CHECK_STR(dateline(&m, "de", "27.1.2022 - Bei der Erinnerung an die "
	    "Verfolgten des NS-Regimes waren queere Opfer oft unsichtbar."),
	    "2022-01-27");
	CHECK_STR(dateline(&m, "de", "Karlsruhe, (12.11.2021). Traditionell "
	    "gedenken evangelische Christen am Ewigkeitssonntag der Toten."),
	    "2021-11-12");
	CHECK_STR(dateline(&m, "de", "31. Oktober 2023. Dragqueens sind "
	    "Kunstfiguren aus Make-Up und Glitzer, und sie sind politisch."),
	    "2023-10-31");
	CHECK_STR(dateline(&m, "de", "Die Konferenz vom 27.1.2022 - so der "
	    "Veranstalter - war ein Erfolg f\xC3\xBCr alle und die Stadt."),
	    "(none)");
	CHECK_STR(dateline(&m, "de", "27.1.2022 war der Tag, an dem die "
	    "Konferenz begann, und alle Beteiligten waren sehr zufrieden."),
	    "(none)");
	/* a line labelled as of publication: its date, whatever follows */
	CHECK_STR(dateline(&m, "de", "Ver\xC3\xB6" "ffentlicht am 16.08.2019 "
	    "Dauer: 1 Stunde 4 Minuten Lizenz: CC BY 4.0, "
	    "Helmholtz-Gemeinschaft"), "2019-08-16");
	CHECK_STR(dateline(&m, "en", "PUBLISHED: November 8, 2023 at 4:56 "
	    "p.m. | UPDATED: November 8, 2023 at 6:00 p.m."), "2023-11-08");
	CHECK_STR(dateline(&m, "en", "Posted on 2020-04-13 10:00 by Ann Lee "
	    "in Politics, Elections, Local news and Opinion"), "2020-04-13");
	/* not without the label, nor with the label further on */
	CHECK_STR(dateline(&m, "de", "Folge 158 mit Holger Klein, Dauer: 1 "
	    "Stunde 4 Minuten, ver\xC3\xB6" "ffentlicht am 16.08.2019"),
	    "(none)");
	/* no year, no date; and a sentence is no dateline */
	CHECK_STR(dateline(&m, "en", "Sunday, July 19"), "(none)");
	CHECK_STR(dateline(&m, "en", "On 17 March 2020 the council met to "
	    "talk about the budget of the city"), "(none)");
	meta_free(&m);
}

/* s as meta_iso_date reads it, "(none)" if it does not */
static const char *
iso(struct buf *b, const char *s)
{
	buf_clear(b);
	if (!meta_iso_date(b, s, strlen(s)))
		return "(none)";
	buf_addc(b, '\0');
	return b->data;
}

static void
test_iso(void)
{
	struct buf b = BUF_INIT;

	CHECK_STR(iso(&b, "2019-11-20T10:13:00+0000"),
	    "2019-11-20T10:13:00+00:00");
	CHECK_STR(iso(&b, "2019/11/20 10:13:00"), "2019-11-20T10:13:00");
	CHECK_STR(iso(&b, "2020.10.04"), "2020-10-04");
	CHECK_STR(iso(&b, "20191120"), "2019-11-20");
	CHECK_STR(iso(&b, "20191120T101300Z"), "2019-11-20T10:13:00Z");
	CHECK_STR(iso(&b, "20191120T10:13:00Z"), "2019-11-20T10:13:00Z");
	/* a one-digit second keeps the zone */
	CHECK_STR(iso(&b, "2020-12-05T23:15:0Z"), "2020-12-05T23:15:00Z");
	CHECK_STR(iso(&b, "November 20, 2019"), "2019-11-20");
	CHECK_STR(iso(&b, "2019-13-20"), "(none)");
	CHECK_STR(iso(&b, "201911201"), "(none)");
	buf_free(&b);
}

/* "date source" meta_to_doc writes for a date offered by JSON-LD and a
 * dateline of the page */
static const char *
local(struct meta *m, struct buf *out, const char *machine, const char *line)
{
	struct doc d = DOC_INIT;
	const char *v;

	meta_reset(m);
	meta_offer(m, M_DATE, P_JSONLD, machine, strlen(machine));
	meta_dateline(m, line, strlen(line), 0);
	meta_to_doc(m, &d);
	buf_clear(out);
	buf_adds(out, (v = doc_get(&d, "date")) ? v : "(none)");
	buf_addc(out, ' ');
	buf_adds(out, (v = doc_get(&d, "date_source")) ? v : "(none)");
	buf_addc(out, '\0');
	doc_free(&d);
	return out->data;
}

static void
test_local_day(void)
{
	struct meta m;
	struct buf b = BUF_INIT;

	meta_init(&m);
	/* UTC+1 or more: the next day */
	CHECK_STR(local(&m, &b, "2020-12-05T23:15:00Z", "6 December 2020"),
	    "2020-12-06 text");
	/* UTC-1 or less: the day before */
	CHECK_STR(local(&m, &b, "2020-04-14T00:38:07+00:00", "April 13, 2020"),
	    "2020-04-13 text");
	/* no zone reaches the dateline's day from that hour */
	CHECK_STR(local(&m, &b, "2020-12-05T09:15:00Z", "6 December 2020"),
	    "2020-12-05T09:15:00Z json-ld");
	CHECK_STR(local(&m, &b, "2020-12-06T12:32:58Z", "5 December 2020"),
	    "2020-12-06T12:32:58Z json-ld");
	/* nor one where news is written (UTC-8 to UTC+9): a masthead's day */
	CHECK_STR(local(&m, &b, "2022-02-03T14:54:56Z", "4 February 2022"),
	    "2022-02-03T14:54:56Z json-ld");
	CHECK_STR(local(&m, &b, "2023-10-31T09:41:58Z", "30 October 2023"),
	    "2023-10-31T09:41:58Z json-ld");
	CHECK_STR(local(&m, &b, "2022-02-03T15:00:00Z", "4 February 2022"),
	    "2022-02-04 text");
	CHECK_STR(local(&m, &b, "2023-10-31T07:59:00Z", "30 October 2023"),
	    "2023-10-30 text");
	/* a local time, a day without a time, a dateline two days off */
	CHECK_STR(local(&m, &b, "2020-12-05T23:15:00+01:00",
	    "6 December 2020"), "2020-12-05T23:15:00+01:00 json-ld");
	CHECK_STR(local(&m, &b, "2020-12-05", "6 December 2020"),
	    "2020-12-05 json-ld");
	CHECK_STR(local(&m, &b, "2020-12-05T23:15:00Z", "7 December 2020"),
	    "2020-12-05T23:15:00Z json-ld");
	/* across a month and a year */
	CHECK_STR(local(&m, &b, "2020-12-31T22:00:00Z", "1 January 2021"),
	    "2021-01-01 text");
	CHECK_STR(local(&m, &b, "2020-03-01T03:00:00Z", "29 February 2020"),
	    "2020-02-29 text");
	buf_free(&b);
	meta_free(&m);
}

/* the date meta_to_doc writes for a UTC date offered after a local time */
static const char *
same_instant(struct meta *m, struct buf *out, const char *here,
    const char *utc)
{
	struct doc d = DOC_INIT;
	const char *v;

	meta_reset(m);
	meta_offer(m, M_DATE, P_TAG, here, strlen(here));
	meta_offer(m, M_DATE, P_JSONLD, utc, strlen(utc));
	meta_to_doc(m, &d);
	buf_clear(out);
	buf_adds(out, (v = doc_get(&d, "date")) ? v : "(none)");
	buf_addc(out, '\0');
	doc_free(&d);
	return out->data;
}

static void
test_same_instant(void)
{
	struct meta m;
	struct buf b = BUF_INIT;

	meta_init(&m);
	CHECK_STR(same_instant(&m, &b, "2023-11-08 18:09:55",
	    "2023-11-09T01:09:55Z"), "2023-11-08T18:09:55-07:00");
	CHECK_STR(same_instant(&m, &b, "2023-11-09T10:09:55.000",
	    "2023-11-09T01:09:55+00:00"), "2023-11-09T10:09:55+09:00");
	/* across a year */
	CHECK_STR(same_instant(&m, &b, "2020-12-31 23:30:00",
	    "2021-01-01T04:30:00Z"), "2020-12-31T23:30:00-05:00");
	/* a zone given other than UTC's is the local time's too */
	CHECK_STR(same_instant(&m, &b, "2023-11-08T18:09:55-07:00",
	    "2023-11-09T01:09:55Z"), "2023-11-08T18:09:55-07:00");
	CHECK_STR(same_instant(&m, &b, "2023-11-09T10:09:55.000+0900",
	    "2023-11-09T01:09:55Z"), "2023-11-09T10:09:55+09:00");
	/* other seconds, a zone beyond UTC-12, UTC's own zone: another
	 * instant or no local time */
	CHECK_STR(same_instant(&m, &b, "2023-11-08 18:09:54",
	    "2023-11-09T01:09:55Z"), "2023-11-09T01:09:55Z");
	CHECK_STR(same_instant(&m, &b, "2023-11-07 18:09:55",
	    "2023-11-09T01:09:55Z"), "2023-11-09T01:09:55Z");
	CHECK_STR(same_instant(&m, &b, "2023-11-09T01:09:55+00:00",
	    "2023-11-09T01:09:55Z"), "2023-11-09T01:09:55Z");
	CHECK_STR(same_instant(&m, &b, "2023-11-09T01:09:55Z",
	    "2023-11-09T01:09:55Z"), "2023-11-09T01:09:55Z");
	/* the same day in UTC: kept as it is */
	CHECK_STR(same_instant(&m, &b, "2023-11-09 01:09:55",
	    "2023-11-09T01:09:55Z"), "2023-11-09T01:09:55Z");
	buf_free(&b);
	meta_free(&m);
}

static void
test_aside_class(void)
{
	CHECK(meta_aside_class("comment-list"));
	CHECK(meta_aside_class("wp-block Comments"));
	CHECK(meta_aside_class("c-reply"));
	CHECK(meta_aside_class("commentlist"));
	CHECK(!meta_aside_class("recommended"));
	CHECK(!meta_aside_class("commentary"));
	CHECK(!meta_aside_class("replay"));
	CHECK(!meta_aside_class(""));
}

/* the year looked for sixteen bytes at a time (has_year): found at every
 * place in a line, before, across and after a block's end, in lines
 * shorter and longer than a block; a longer run of digits is none */
static void
test_year_places(void)
{
	struct meta m;
	char line[96];
	int pad, tail;

	meta_init(&m);
	for (pad = 0; pad <= 48; pad++)
		for (tail = 0; tail <= 3; tail++) {
			snprintf(line, sizeof line, "March 12,%*s2020%*s", pad,
			    "", tail, "");
			CHECK_STR(dateline(&m, "en", line), "2020-03-12");
			snprintf(line, sizeof line, "March 12,%*s20201%*s", pad,
			    "", tail, "");
			CHECK_STR(dateline(&m, "en", line), "(none)");
			snprintf(line, sizeof line, "March 12,%*s1989%*s", pad,
			    "", tail, "");
			CHECK_STR(dateline(&m, "en", line), "(none)");
		}
	meta_free(&m);
}

/* ---- the month words' index against a scan of data/dates.txt ---- */

struct month_entry {
	char name[32];
	int month;
	char langs[64];
};

/* whether the space-separated list has the word */
static int
listed(const char *list, const char *w)
{
	size_t k = strlen(w);
	const char *p;

	for (p = list; (p = strstr(p, w)); p += k)
		if ((p == list || p[-1] == ' ') && (p[k] == ' ' || !p[k]))
			return 1;
	return 0;
}

/* the answer of the plain rule: the first entry in the file's order
 * with the name that counts on a page in lang */
static int
month_by_scan(const struct month_entry *e, size_t n, const char *all,
    const char *w, const char *lang)
{
	int known = lang && *lang && listed(all, lang);
	size_t i;

	if (strlen(w) < 3)
		return 0;
	for (i = 0; i < n; i++)
		if (!strcmp(e[i].name, w) &&
		    (!known || strlen(w) >= 4 || listed(e[i].langs, lang)))
			return e[i].month;
	return 0;
}

/* every word of data/dates.txt (each section's, each of a phrase's),
 * in the page languages of [months] and a few others, gets the scan's
 * answer from meta_month_word; every month's name is found */
static void
test_month_index(const char *top)
{
	static struct month_entry e[512];
	static char words[2048][32], all[1024];
	struct buf path = BUF_INIT;
	char line[256], *w, *save;
	int in_months = 0;
	const char *langs[80] = { NULL, "", "en", "xx", "pt" };
	size_t n = 0, nw = 0, nl = 5, i, j;
	FILE *f;

	buf_printf(&path, "%s/filters/strip-markup/data/dates.txt", top);
	f = fopen(path.data, "r");
	buf_free(&path);
	CHECK(f != NULL);
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || !line[strspn(line, " \t")])
			continue;
		if (line[0] == '[') {
			in_months = !strncmp(line, "[months]", 8);
			continue;
		}
		if (in_months && n < 512) {
			char name[32];
			int month, at = 0;

			CHECK(sscanf(line, "%31s %d %n", name, &month,
			    &at) == 2 && at > 0);
			snprintf(e[n].name, sizeof e[n].name, "%.31s", name);
			e[n].month = month;
			snprintf(e[n].langs, sizeof e[n].langs, "%.63s",
			    line + at);
			for (w = strtok_r(line + at, " ", &save); w;
			    w = strtok_r(NULL, " ", &save))
				if (!listed(all, w) && nl < 80) {
					if (*all)
						strcat(all, " ");
					strcat(all, w);
					langs[nl++] = strstr(all, w);
				}
			snprintf(words[nw++], sizeof words[0], "%.31s", name);
			n++;
			continue;
		}
		for (w = strtok_r(line, " ", &save); w && nw < 2048;
		    w = strtok_r(NULL, " ", &save))
			snprintf(words[nw++], sizeof words[0], "%.31s", w);
	}
	fclose(f);
	CHECK(n > 200);
	/* the language codes point into all: cut them out as words */
	for (i = 5; i < nl; i++) {
		static char code[80][8];

		snprintf(code[i], sizeof code[i], "%.*s",
		    (int)strcspn(langs[i], " "), langs[i]);
		langs[i] = code[i];
	}
	for (i = 0; i < n; i++)
		CHECK(meta_month_word(e[i].name, strlen(e[i].name), NULL) ==
		    month_by_scan(e, n, all, e[i].name, NULL) &&
		    meta_month_word(e[i].name, strlen(e[i].name), NULL) > 0);
	for (i = 0; i < nw; i++)
		for (j = 0; j < nl; j++) {
			char cap[32];
			int want = month_by_scan(e, n, all, words[i], langs[j]);

			CHECK(meta_month_word(words[i], strlen(words[i]),
			    langs[j]) == want);
			/* a capital first letter reads the same */
			snprintf(cap, sizeof cap, "%.31s", words[i]);
			if (cap[0] >= 'a' && cap[0] <= 'z')
				cap[0] = (char)(cap[0] - 32);
			CHECK(meta_month_word(cap, strlen(cap), langs[j]) ==
			    want);
		}
	/* not a month: neither a name's start nor a longer word */
	CHECK(meta_month_word("janu", 4, NULL) == 0);
	CHECK(meta_month_word("januaryy", 8, NULL) == 0);
	CHECK(meta_month_word("MÄRZ", 5, "de") == 3);
	CHECK(meta_month_word("set", 3, "en") == 0);
	CHECK(meta_month_word("set", 3, "pt") == 9);
}

int
main(int argc, char *argv[])
{
	char top[4096];

	check_top(argc, argv, top, sizeof top);
	test_bounds();
	test_lang();
	test_dateline();
	test_iso();
	test_local_day();
	test_same_instant();
	test_aside_class();
	test_year_places();
	test_month_index(top);
	return check_report("test-meta");
}
