/* rules.c: DATE, TIME, MONEY and PERCENT by rule, over tokens. */
#include <ctype.h>
#include <string.h>

#include "rules.h"
#include "stream.h"
#include "xalloc.h"

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
	    tok_class(st, i, WC_NUMBER_WORD));
}

/* digits then letters: 5bn, 7pm, 1990s */
static int
number_then(const struct sent *st, size_t i, int cls)
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
	return (word_classes(st->words, p + k, n - k) & WC(cls)) != 0;
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
	if (n >= 3 && (word_classes(st->words, p + n - 2, 2) &
	    WC(WC_ORDINAL_SUFFIX)))
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
	    tok_class(st, i, WC_MONTH);
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
	return i < st->n && tok_class(st, i, WC_WEEKDAY_ABBREV) &&
	    (st->tok[i].shape & SH_UPPER);
}

/* whether weekday abbreviation i stands beside another weekday, with
 * only a period, a comma, a dash, a slash, "or", "and" or "to" between */
static int
abbrev_in_list(const struct sent *st, size_t i)
{
	size_t j, gap;

	for (j = i + 1, gap = 0; j < st->n && gap < 3; j++, gap++) {
		if (weekday_abbrev(st, j) || tok_class(st, j, WC_WEEKDAY))
			return 1;
		if (!tok_class(st, j, WC_WEEKDAY_JOIN))
			break;
	}
	for (j = i, gap = 0; j-- > 0 && gap < 3; gap++) {
		if (weekday_abbrev(st, j) || tok_class(st, j, WC_WEEKDAY))
			return 1;
		if (!tok_class(st, j, WC_WEEKDAY_JOIN))
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
		if (!tok_class(st, i, WC_AMBIGUOUS_MONTH))
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
	if (free_at(st, i) && tok_class(st, i, WC_WEEKDAY)) {
		if (free_at(st, i + 1) && tok_class(st, i + 1, WC_DAY_PART))
			return i + 2;
		return i + 1;
	}
	if (free_at(st, i) && tok_class(st, i, WC_DAY_WORD))
		return i + 1;
	/* next week, last year, this Monday */
	if (free_at(st, i) && tok_class(st, i, WC_RELATIVE) && free_at(st, i + 1) &&
	    (tok_class(st, i + 1, WC_PERIOD) || tok_class(st, i + 1, WC_WEEKDAY)))
		return i + 2;
	/* four days, 10 years (ago) */
	if (is_count(st, i) && free_at(st, i + 1) &&
	    tok_class(st, i + 1, WC_UNIT)) {
		if (free_at(st, i + 2) && tok_class(st, i + 2, WC_AGO))
			return i + 3;
		return i + 2;
	}
	/* the 1990s */
	if (number_then(st, i, WC_DECADE_SUFFIX) &&
	    TOK_N(st, i) == 5)
		return i + 1;
	/* a year where a year is expected */
	if (is_year(st, i) && i > 0 && !st->used[i - 1] &&
	    tok_class(st, i - 1, WC_YEAR_PREP))
		return i + 1;
	return i;
}

static size_t
match_time(const struct sent *st, size_t i)
{
	size_t j;

	if (is_clock(st, i) || (is_number(st, i) && TOK_N(st, i) <= 2 &&
	    free_at(st, i + 1) && tok_class(st, i + 1, WC_AMPM))) {
		j = i + 1;
		if (free_at(st, j) && tok_class(st, j, WC_AMPM))
			j++;
		if (free_at(st, j) && (st->tok[j].shape & SH_ALLCAPS) &&
		    tok_class(st, j, WC_ZONE))
			j++;
		return j;
	}
	if (number_then(st, i, WC_AMPM))
		return i + 1;
	if (free_at(st, i) && tok_class(st, i, WC_TIME_WORD))
		return i + 1;
	/* this morning */
	if (free_at(st, i) && tok_class(st, i, WC_DAY_PART_HEAD) &&
	    free_at(st, i + 1) &&
	    tok_class(st, i + 1, WC_DAY_PART))
		return i + 2;
	/* three hours */
	if (is_count(st, i) && free_at(st, i + 1) &&
	    tok_class(st, i + 1, WC_TIME_UNIT))
		return i + 2;
	return i;
}

static int
is_currency_symbol(const struct sent *st, size_t i)
{
	return free_at(st, i) && tok_class(st, i, WC_CURRENCY_SIGN);
}

/* a number with an optional scale: 5, 5 billion, 5bn */
static size_t
amount(const struct sent *st, size_t i)
{
	if (number_then(st, i, WC_SCALE))
		return i + 1;
	if (!is_number(st, i))
		return i;
	if (free_at(st, i + 1) && tok_class(st, i + 1, WC_SCALE))
		return i + 2;
	return i + 1;
}

static size_t
match_money(const struct sent *st, size_t i)
{
	size_t j, k;

	/* US$ 5 billion, $5, €3.5m */
	j = i;
	if (free_at(st, i) && tok_class(st, i, WC_DOLLAR_PREFIX) &&
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
	if (k > i && free_at(st, k) && (tok_class(st, k, WC_CURRENCY_WORD) ||
	    ((st->gaz[k] & GAZ_CURCODE) && (st->tok[k].shape & SH_ALLCAPS))))
		return k + 1;
	/* 25 €, 1.250,50 € (the sign after the sum, as most of Europe
	 * writes it); not when the sign starts the next sum ("in 2015 $5") */
	if (k > i && is_currency_symbol(st, k) && amount(st, k + 1) == k + 1)
		return k + 1;
	return i;
}

static size_t
match_percent(const struct sent *st, size_t i)
{
	size_t k;

	if (!is_number(st, i) && !tok_class(st, i, WC_NUMBER_WORD))
		return i;
	if (!free_at(st, i))
		return i;
	k = i + 1;
	if (free_at(st, k) && tok_is(st, k, "%"))
		return k + 1;
	if (free_at(st, k) && tok_class(st, k, WC_PERCENT_WORD))
		return k + 1;
	/* "per cent", "percentage points" */
	if (free_at(st, k + 1) && ((tok_class(st, k, WC_PER) &&
	    tok_class(st, k + 1, WC_CENT)) || (tok_class(st, k, WC_PERCENTAGE) &&
	    tok_class(st, k + 1, WC_POINTS))))
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
