/* rules.c: DATE, TIME, MONEY and PERCENT by rule, over tokens. */
#include <ctype.h>
#include <string.h>

#include "rules.h"
#include "stream.h"
#include "xalloc.h"

static const char *const en_months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", NULL
};
/* month names that are also common words need a number beside them */
static const char *const en_ambiguous_months[] = {
	"march", "may", "mar", "jan", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "feb", "apr", NULL
};
static const char *const en_weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};
/* abbreviations of weekdays: also words and names ("Sun", "Sat",
 * "Wed"), so a date only beside another weekday or a date */
static const char *const en_weekday_abbrevs[] = {
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
	"sun", NULL
};
static const char *const en_relative[] = {
	"next", "last", "this", "coming", "past", "previous", "early",
	"late", "mid", NULL
};
static const char *const en_periods[] = {
	"week", "month", "year", "weekend", "decade", "century", "quarter",
	"spring", "summer", "autumn", "fall", "winter", "season", NULL
};
static const char *const en_units[] = {
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"decade", "decades", "century", "centuries", "weekend", "weekends",
	NULL
};
static const char *const en_time_units[] = {
	"hour", "hours", "minute", "minutes", "second", "seconds", NULL
};
static const char *const en_day_words[] = {
	"today", "yesterday", "tomorrow", NULL
};
static const char *const en_time_words[] = {
	"noon", "midnight", "tonight", NULL
};
static const char *const en_day_parts[] = {
	"morning", "afternoon", "evening", "night", NULL
};
static const char *const en_ampm[] = {
	"am", "pm", "a.m.", "p.m.", "a.m", "p.m", NULL
};
static const char *const en_zones[] = {
	"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst",
	"cet", "cest", "jst", "ist", NULL
};
static const char *const en_number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
	"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
	"hundred", "several", "few", "a", "dozen", "dozens", "hundreds",
	"thousands", "many", NULL
};
static const char *const en_scales[] = {
	"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
	"b", "tn", NULL
};
static const char *const en_currency_words[] = {
	"dollar", "dollars", "euro", "euros", "yuan", "renminbi", "rmb",
	"pound", "pounds", "sterling", "yen", "rupee", "rupees", "rouble",
	"roubles", "ruble", "rubles", "won", "franc", "francs", "peso",
	"pesos", "dinar", "dinars", "riyal", "riyals", "rial", "rials",
	"lira", "real", "reais", "rand", "krona", "kronor", "krone",
	"kroner", "shekel", "shekels", "naira", "baht", "ringgit", "rupiah",
	"dirham", "dirhams", "cents", "cent", "pence", "p", NULL
};
static const char *const currency_symbols[] = {
	"$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5", "\xe2\x82\xb9",
	"\xe2\x82\xa9", "\xe2\x82\xbd", "\xe2\x82\xba", NULL
};
/* letters glued before a $: US$, HK$, A$ */
static const char *const dollar_prefixes[] = {
	"us", "hk", "a", "c", "nz", "s", "nt", "r", NULL
};
static const char *const en_percent_words[] = {
	"percent", "pct", NULL
};
static const char *const en_year_preps[] = {
	"in", "since", "of", "by", "until", "till", "from", "to", "through",
	"during", "before", "after", "year", "early", "late", "mid",
	"between", "and", "fiscal", NULL
};

/* "four days ago" */
static const char *const en_ago_words[] = {
	"ago", "earlier", "later", NULL
};
/* "this morning" */
static const char *const en_day_part_heads[] = {
	"this", "last", "tomorrow", "yesterday", NULL
};
/* "the 1990s" */
static const char *const en_decade_suffixes[] = { "s", NULL };
/* percentages in two words, in pairs: "per cent", "percentage points" */
static const char *const en_percent_pairs[] = {
	"per", "cent", "percentage", "points", "percentage", "point", NULL
};

const struct rule_words rule_words_en = {
	en_months, en_ambiguous_months, en_weekdays, en_weekday_abbrevs,
	en_relative, en_periods, en_units, en_time_units, en_day_words,
	en_time_words, en_day_parts, en_ampm, en_zones, en_number_words,
	en_scales, en_currency_words, en_percent_words, en_year_preps,
	en_ago_words, en_day_part_heads, en_decade_suffixes,
	en_percent_pairs
};

/* a language whose words the rules do not know: only what is written
 * with signs and digits is tagged (currency signs and codes, %, clock
 * times, ISO and slashed dates) */
static const char *const no_words[] = { NULL };
const struct rule_words rule_words_none = {
	no_words, no_words, no_words, no_words, no_words, no_words,
	no_words, no_words, no_words, no_words, no_words, no_words,
	no_words, no_words, no_words, no_words, no_words, no_words,
	no_words, no_words, no_words, no_words
};

static int
free_at(const struct sent *st, size_t i)
{
	return i < st->n && !st->used[i];
}

/* digits with , . : only */
static int
is_number(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), k;

	if (!free_at(st, i) || !(st->tok[i].shape & SH_DIGIT))
		return 0;
	for (k = 0; k < n; k++)
		if (!isdigit((unsigned char)p[k]) && p[k] != ',' &&
		    p[k] != '.')
			return 0;
	return 1;
}

static int
is_count(const struct sent *st, size_t i)
{
	return is_number(st, i) || (free_at(st, i) &&
	    tok_in(st, i, st->words->number_words));
}

/* digits then letters: 5bn, 7pm, 1990s */
static int
number_then(const struct sent *st, size_t i, const char *const *list)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), k = 0;

	if (!free_at(st, i))
		return 0;
	while (k < n && (isdigit((unsigned char)p[k]) || p[k] == '.' ||
	    p[k] == ','))
		k++;
	if (k == 0 || k == n || !isdigit((unsigned char)p[0]))
		return 0;
	for (; *list; list++)
		if (strlen(*list) == n - k && strncasecmp(p + k, *list,
		    n - k) == 0)
			return 1;
	return 0;
}

static int
is_year(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);

	/* 1500 to 2099 */
	return free_at(st, i) && TOK_N(st, i) == 4 &&
	    ((p[0] == '1' && p[1] >= '5' && p[1] <= '9') ||
	    (p[0] == '2' && p[1] == '0')) &&
	    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]);
}

static int
is_day(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i);
	int d;

	if (!free_at(st, i))
		return 0;
	/* 18, 18th, 1st, 2nd, 3rd */
	if (n >= 3 && (strncasecmp(p + n - 2, "th", 2) == 0 ||
	    strncasecmp(p + n - 2, "st", 2) == 0 ||
	    strncasecmp(p + n - 2, "nd", 2) == 0 ||
	    strncasecmp(p + n - 2, "rd", 2) == 0))
		n -= 2;
	if (n < 1 || n > 2 || !isdigit((unsigned char)p[0]) ||
	    (n == 2 && !isdigit((unsigned char)p[1])))
		return 0;
	d = p[0] - '0';
	if (n == 2)
		d = d * 10 + p[1] - '0';
	return d >= 1 && d <= 31;
}

static int
is_month(const struct sent *st, size_t i)
{
	return free_at(st, i) && (st->tok[i].shape & (SH_UPPER)) &&
	    tok_in(st, i, st->words->months);
}

/* ISO 2015-09-18, 18/09/2015, 9/18/15 */
static int
is_numeric_date(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), k, seps = 0, digits = 0;
	char sep = 0;

	if (!free_at(st, i) || n < 6 || n > 10)
		return 0;
	for (k = 0; k < n; k++) {
		if (isdigit((unsigned char)p[k])) {
			digits++;
		} else if (p[k] == '-' || p[k] == '/') {
			if (sep && p[k] != sep)
				return 0;
			sep = p[k];
			seps++;
		} else {
			return 0;
		}
	}
	if (seps != 2)
		return 0;
	if (sep == '-')
		return n == 10 && p[4] == '-' && p[7] == '-';
	return digits >= 4;
}

/* hh:mm or hh:mm:ss */
static int
is_clock(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i);

	if (!free_at(st, i) || n < 4 || n > 8)
		return 0;
	if (n >= 4 && p[n - 3] == ':' && isdigit((unsigned char)p[0]) &&
	    isdigit((unsigned char)p[n - 1]) &&
	    isdigit((unsigned char)p[n - 2]))
		return (n == 4 || n == 5 || n == 7 || n == 8);
	return 0;
}

static size_t
skip_period(const struct sent *st, size_t i)
{
	/* "Sept." */
	if (free_at(st, i) && tok_is(st, i, ".") &&
	    st->tok[i].start == st->tok[i - 1].end)
		return i + 1;
	return i;
}

/* whether word i is a weekday's abbreviation written as one ("Fri") */
static int
weekday_abbrev(const struct sent *st, size_t i)
{
	return i < st->n && tok_in(st, i, st->words->weekday_abbrevs) &&
	    (st->tok[i].shape & SH_UPPER);
}

/* whether weekday abbreviation i stands beside another weekday, with
 * only a period, a comma, a dash, a slash, "or", "and" or "to" between */
static int
abbrev_in_list(const struct sent *st, size_t i)
{
	static const char *const joins[] = { ".", ",", "-", "/", "&", "or",
	    "and", "to", "\xe2\x80\x93", NULL };
	size_t j, gap;

	for (j = i + 1, gap = 0; j < st->n && gap < 3; j++, gap++) {
		if (weekday_abbrev(st, j) || tok_in(st, j, st->words->weekdays))
			return 1;
		if (!tok_in(st, j, joins))
			break;
	}
	for (j = i, gap = 0; j-- > 0 && gap < 3; gap++) {
		if (weekday_abbrev(st, j) || tok_in(st, j, st->words->weekdays))
			return 1;
		if (!tok_in(st, j, joins))
			break;
	}
	return 0;
}

/* a date starting at i; returns its end, or i */
static size_t
match_date(const struct sent *st, size_t i)
{
	size_t j, k;

	if (is_numeric_date(st, i))
		return i + 1;
	/* September 18, 2015 / September 2015 / September */
	if (is_month(st, i)) {
		j = skip_period(st, i + 1);
		if (is_day(st, j)) {
			k = j + 1;
			if (free_at(st, k) && tok_is(st, k, ",") &&
			    is_year(st, k + 1))
				return k + 2;
			if (is_year(st, k))
				return k + 1;
			return k;
		}
		if (is_year(st, j))
			return j + 1;
		if (!tok_in(st, i, st->words->ambiguous_months))
			return i + 1;
		return i;
	}
	/* 18 September 2015 */
	if (is_day(st, i) && is_month(st, i + 1)) {
		j = skip_period(st, i + 2);
		if (is_year(st, j))
			return j + 1;
		return j;
	}
	/* "Fri, Sat, or Sun", "Tue Sep 5", "Fri. 18 Sept." */
	if (free_at(st, i) && weekday_abbrev(st, i)) {
		j = skip_period(st, i + 1);
		if (j < st->n && free_at(st, j) &&
		    ((is_month(st, j) && is_day(st, j + 1)) ||
		    (is_day(st, j) && is_month(st, j + 1)) ||
		    is_numeric_date(st, j)))
			return match_date(st, j);
		if (abbrev_in_list(st, i))
			return i + 1;
	}
	/* Monday, Monday morning */
	if (free_at(st, i) && tok_in(st, i, st->words->weekdays)) {
		if (free_at(st, i + 1) && tok_in(st, i + 1, st->words->day_parts))
			return i + 2;
		return i + 1;
	}
	if (free_at(st, i) && tok_in(st, i, st->words->day_words))
		return i + 1;
	/* next week, last year, this Monday */
	if (free_at(st, i) && tok_in(st, i, st->words->relative) && free_at(st, i + 1) &&
	    (tok_in(st, i + 1, st->words->periods) || tok_in(st, i + 1, st->words->weekdays)))
		return i + 2;
	/* four days, 10 years (ago) */
	if (is_count(st, i) && free_at(st, i + 1) &&
	    tok_in(st, i + 1, st->words->units)) {
		if (free_at(st, i + 2) && tok_in(st, i + 2,
		    st->words->ago_words))
			return i + 3;
		return i + 2;
	}
	/* the 1990s */
	if (number_then(st, i, st->words->decade_suffixes) &&
	    TOK_N(st, i) == 5)
		return i + 1;
	/* a year where a year is expected */
	if (is_year(st, i) && i > 0 && !st->used[i - 1] &&
	    tok_in(st, i - 1, st->words->year_preps))
		return i + 1;
	return i;
}

static size_t
match_time(const struct sent *st, size_t i)
{
	size_t j;

	if (is_clock(st, i) || (is_number(st, i) && TOK_N(st, i) <= 2 &&
	    free_at(st, i + 1) && tok_in(st, i + 1, st->words->ampm))) {
		j = i + 1;
		if (free_at(st, j) && tok_in(st, j, st->words->ampm))
			j++;
		if (free_at(st, j) && (st->tok[j].shape & SH_ALLCAPS) &&
		    tok_in(st, j, st->words->zones))
			j++;
		return j;
	}
	if (number_then(st, i, st->words->ampm))
		return i + 1;
	if (free_at(st, i) && tok_in(st, i, st->words->time_words))
		return i + 1;
	/* this morning */
	if (free_at(st, i) && tok_in(st, i, st->words->day_part_heads) &&
	    free_at(st, i + 1) &&
	    tok_in(st, i + 1, st->words->day_parts))
		return i + 2;
	/* three hours */
	if (is_count(st, i) && free_at(st, i + 1) &&
	    tok_in(st, i + 1, st->words->time_units))
		return i + 2;
	return i;
}

static int
is_currency_symbol(const struct sent *st, size_t i)
{
	return free_at(st, i) && tok_in(st, i, currency_symbols);
}

/* a number with an optional scale: 5, 5 billion, 5bn */
static size_t
amount(const struct sent *st, size_t i)
{
	if (number_then(st, i, st->words->scales))
		return i + 1;
	if (!is_number(st, i))
		return i;
	if (free_at(st, i + 1) && tok_in(st, i + 1, st->words->scales))
		return i + 2;
	return i + 1;
}

static size_t
match_money(const struct sent *st, size_t i)
{
	size_t j, k;

	/* US$ 5 billion, $5, €3.5m */
	j = i;
	if (free_at(st, i) && tok_in(st, i, dollar_prefixes) &&
	    (st->tok[i].shape & SH_ALLCAPS) && free_at(st, i + 1) &&
	    tok_is(st, i + 1, "$") && st->tok[i + 1].start == st->tok[i].end)
		j = i + 1;
	if (is_currency_symbol(st, j)) {
		k = amount(st, j + 1);
		if (k > j + 1)
			return k;
		return i;
	}
	/* USD 5 million */
	if (free_at(st, i) && (st->gaz[i] & GAZ_CURCODE) &&
	    (st->tok[i].shape & SH_ALLCAPS)) {
		k = amount(st, i + 1);
		if (k > i + 1)
			return k;
		return i;
	}
	/* 5 million dollars, 300 yuan, 5 USD */
	k = amount(st, i);
	if (k > i && free_at(st, k) && (tok_in(st, k, st->words->currency_words) ||
	    ((st->gaz[k] & GAZ_CURCODE) && (st->tok[k].shape & SH_ALLCAPS))))
		return k + 1;
	return i;
}

static size_t
match_percent(const struct sent *st, size_t i)
{
	const char *const *pair;
	size_t k;

	if (!is_number(st, i) && !tok_in(st, i, st->words->number_words))
		return i;
	if (!free_at(st, i))
		return i;
	k = i + 1;
	if (free_at(st, k) && tok_is(st, k, "%"))
		return k + 1;
	if (free_at(st, k) && tok_in(st, k, st->words->percent_words))
		return k + 1;
	for (pair = st->words->percent_pairs; pair[0] && pair[1]; pair += 2)
		if (free_at(st, k + 1) && tok_is(st, k, pair[0]) &&
		    tok_is(st, k + 1, pair[1]))
			return k + 2;
	return i;
}

/* whether a rule can match at token i: most tokens are ruled out here
 * without looking at any word list (speed) */
static int
may_start(const struct sent *st, size_t i)
{
	const struct token *k = &st->tok[i];
	unsigned char c = (unsigned char)st->s[k->start];

	if (k->shape & SH_HASDIGIT)
		return 1;
	if (st->gaz[i] & (GAZ_RULE | GAZ_CURCODE))
		return 1;
	/* $, and the currency signs: all start with 0xC2 or 0xE2 */
	return (k->shape & SH_PUNCT) && (c == '$' || c == 0xC2 || c == 0xE2);
}

void
rules_tag(const struct sent *st, struct mentions *out)
{
	size_t i, j, k;
	int type;

	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (st->used[i] || !may_start(st, i))
			continue;
		if ((k = match_money(st, i)) > i)
			type = ENT_MONEY;
		else if ((k = match_percent(st, i)) > i)
			type = ENT_PERCENT;
		else if ((k = match_time(st, i)) > i)
			type = ENT_TIME;
		else if ((k = match_date(st, i)) > i)
			type = ENT_DATE;
		else
			continue;
		mentions_add(out, i, k, type);
		for (j = i; j < k; j++)
			st->used[j] = 1;
		j = k;
	}
}

/* whether every word that can start a rule is marked GAZ_RULE in the
 * gazetteer (may_start depends on it); for the unit tests */
/* whether a list is in lower case, as tok_in wants */
static int
lower_list(const char *const *w)
{
	const char *p;

	for (; *w; w++)
		for (p = *w; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				return 0;
	return 1;
}

int
rules_words_ok(const struct gazetteer *g, const struct rule_words *rw)
{
	/* the lists whose words may start a rule */
	const char *const *const starts[] = {
		rw->months, rw->weekdays, rw->weekday_abbrevs, rw->relative,
		rw->day_words, rw->time_words, rw->number_words,
		rw->day_part_heads, dollar_prefixes
	};
	const char *const *const all[] = {
		rw->months, rw->ambiguous_months, rw->weekdays,
		rw->weekday_abbrevs, rw->relative, rw->periods, rw->units,
		rw->time_units, rw->day_words, rw->time_words, rw->day_parts,
		rw->ampm, rw->zones, rw->number_words, rw->scales,
		rw->currency_words, rw->percent_words, rw->year_preps,
		rw->ago_words, rw->day_part_heads, rw->decade_suffixes,
		rw->percent_pairs, currency_symbols, dollar_prefixes
	};
	size_t i;
	const char *const *w;

	for (i = 0; i < sizeof starts / sizeof starts[0]; i++)
		for (w = starts[i]; *w; w++)
			if (!(gaz_lookup(g, *w, strlen(*w)) & GAZ_RULE))
				return 0;
	for (i = 0; i < sizeof all / sizeof all[0]; i++)
		if (!lower_list(all[i]))
			return 0;
	return 1;
}
