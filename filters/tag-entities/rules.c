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

static size_t spaced_number(const struct sent *st, size_t i);

/* the end of a count at i: a number (its digits in groups apart by a
 * space too: "5 000 ans"), or number words joined as
 * Portuguese writes them ("setenta e cinco", WC_NUMBER_AND; at most
 * three joins, "duzentos e setenta e cinco", so that a line of "dois e
 * dois e ..." costs a bounded look from each word); i if none */
static size_t
count_end(const struct sent *st, size_t i)
{
	size_t k;

	if ((k = spaced_number(st, i)) > i)
		return k;
	if (is_number(st, i))
		return i + 1;
	if (!free_at(st, i) || !tok_class(st, i, WC_NUMBER_WORD))
		return i;
	for (k = i + 1; k < i + 7 && free_at(st, k) && free_at(st, k + 1) &&
	    tok_class(st, k, WC_NUMBER_AND) &&
	    tok_class(st, k + 1, WC_NUMBER_WORD); k += 2)
		;
	return k;
}

/* the length of the number that opens token i: digits with , and . */
static size_t
number_prefix(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), k = 0;

	if (!isdigit((unsigned char)p[0]))
		return 0;
	while (k < n && (isdigit((unsigned char)p[k]) || p[k] == '.' ||
	    p[k] == ','))
		k++;
	return k;
}

/* digits then letters: 5bn, 7pm, 1990s */
static int
number_then(const struct sent *st, size_t i, int cls)
{
	size_t n = TOK_N(st, i), k;

	if (!free_at(st, i))
		return 0;
	k = number_prefix(st, i);
	if (k == 0 || k == n)
		return 0;
	return (word_classes(st->words, TOK_P(st, i) + k, n - k) & WC(cls)) !=
	    0;
}

/* whether token i follows the one before it with no space between */
static int
glued(const struct sent *st, size_t i)
{
	return i > 0 && i < st->n && st->tok[i].start == st->tok[i - 1].end;
}

/* the value of p[0..n) if it is 1 to 4 digits, else -1 */
static int
small_number(const char *p, size_t n)
{
	int v = 0;
	size_t k;

	if (n < 1 || n > 4)
		return -1;
	for (k = 0; k < n; k++) {
		if (!isdigit((unsigned char)p[k]))
			return -1;
		v = v * 10 + p[k] - '0';
	}
	return v;
}

/* whether the words [a, b), apart by one space each, are a phrase of
 * class cls: a word of the data may be several ("il y a", "a las"), for
 * the rules that read phrases */
static int
phrase_class(const struct sent *st, size_t a, size_t b, int cls)
{
	size_t k;

	if (a >= b || b > st->n)
		return 0;
	for (k = a; k < b; k++)
		if (st->used[k] || (k > a &&
		    (st->tok[k].start != st->tok[k - 1].end + 1 ||
		    st->s[st->tok[k - 1].end] != ' ')))
			return 0;
	return (word_classes(st->words, TOK_P(st, a),
	    st->tok[b - 1].end - st->tok[a].start) & WC(cls)) != 0;
}

/* past the word that links the parts of a date or a sum at i (the "de"
 * of "3 de outubro", "2 milhões de reais"), if there is one */
static size_t
skip_link(const struct sent *st, size_t i)
{
	return free_at(st, i) && tok_class(st, i, WC_NUMBER_LINK) ? i + 1 : i;
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

/* a month with a capital ("may", "march" are English words), or in
 * lower case where the language writes it so ("outubro") */
static int
is_month(const struct sent *st, size_t i)
{
	return free_at(st, i) && tok_class(st, i, WC_MONTH) &&
	    ((st->tok[i].shape & SH_UPPER) ||
	    tok_class(st, i, WC_LOWER_MONTH));
}

/* the end of a day's number at i: "18", "18th", "1º", and the German
 * "18." with its period (WC_DATE_DOT); i if none */
static size_t
day_end(const struct sent *st, size_t i)
{
	if (!is_day(st, i))
		return i;
	if (free_at(st, i + 1) && glued(st, i + 1) &&
	    tok_class(st, i + 1, WC_DATE_DOT))
		return i + 2;
	return i + 1;
}

/* the end of a year at j, or after a linking word there ("outubro de
 * 2021"); j if none */
static size_t
year_at(const struct sent *st, size_t j)
{
	size_t k;

	if (is_year(st, j))
		return j + 1;
	k = skip_link(st, j);
	if (k > j && is_year(st, k))
		return k + 1;
	return j;
}

/* whether month i is a name unless its year is beside it: where months
 * are written in lower case ([lower-month]), a capitalised one that is
 * also [ambiguous-month] names a place, an event or a person ("Plaza 2 de
 * Mayo", "rue du 4 Septembre", "Julio"; Spanish and French), while "2 de
 * Mayo de 1808" is a date */
static int
month_needs_year(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_UPPER) &&
	    tok_class(st, i, WC_AMBIGUOUS_MONTH) &&
	    tok_class(st, i, WC_LOWER_MONTH);
}

/* a month that is also a name or a word ("Mai", "August") stands alone
 * as a date only after a word that makes it one ("im Mai"); one written
 * in lower case where months are ("en mayo") is a date */
static int
month_alone(const struct sent *st, size_t i)
{
	if (!tok_class(st, i, WC_AMBIGUOUS_MONTH))
		return 1;
	if (tok_class(st, i, WC_LOWER_MONTH) &&
	    !(st->tok[i].shape & SH_UPPER))
		return 1;
	return i > 0 && free_at(st, i - 1) &&
	    tok_class(st, i - 1, WC_MONTH_PREP);
}

/* a numeric date with dots where the language writes them so ("3.10.2021",
 * "03.10.21"): day 1-31, month 1-12, a year of four digits, or of two
 * when day and month have two too (not a version "1.2.10") */
static int
is_dotted_date(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i), *a, *b;
	size_t n = TOK_N(st, i), la, lb, lc;
	int d, m;

	if (!(word_classes(st->words, ".", 1) & WC(WC_DATE_DOT)))
		return 0;
	a = memchr(p, '.', n);
	if (!a)
		return 0;
	b = memchr(a + 1, '.', n - (size_t)(a + 1 - p));
	if (!b)
		return 0;
	la = (size_t)(a - p);
	lb = (size_t)(b - a - 1);
	lc = n - (size_t)(b + 1 - p);
	d = small_number(p, la);
	m = small_number(a + 1, lb);
	if (la > 2 || lb > 2 || d < 1 || d > 31 || m < 1 || m > 12 ||
	    small_number(b + 1, lc) < 0)
		return 0;
	if (lc == 4)
		return (b[1] == '1' && b[2] >= '5') || (b[1] == '2' &&
		    b[2] == '0');
	return lc == 2 && la == 2 && lb == 2;
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
		} else if (p[k] == '.') {
			return is_dotted_date(st, i);
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

/* the end of a date whose month is token k: its year after it, past the
 * abbreviation's period ("3. Okt. 2021"); else the month alone, without
 * a period that may end the sentence ("am 3. Mai.") */
static size_t
month_then_year(const struct sent *st, size_t k)
{
	size_t j = skip_period(st, k + 1), y = year_at(st, j);

	if (y > j)
		return y;
	return month_needs_year(st, k) ? k : k + 1;
}

/* whether word i ends the name of a known place or organisation that
 * starts with a capital: "Rio de Janeiro", "Santo Domingo" */
static int
ends_known_name(const struct sent *st, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i; k++)
		if ((st->tok[i - k].shape & SH_UPPER) &&
		    (phrase_gaz(st, i - k, i + 1) & (GAZ_LOCATION | GAZ_ORG)))
			return 1;
	return 0;
}

/* whether the day at d opens a date that names a place: linked to its
 * month ("25 de Abril"), after a capitalised word that does not open the
 * line and is no weekday ("Ponte 25 de Abril", "Estádio 1º de Maio") */
static int
day_in_name(const struct sent *st, size_t d)
{
	return d >= 2 && (st->tok[d - 1].shape & SH_UPPER) &&
	    !tok_class(st, d - 1, WC_WEEKDAY);
}

/* whether a month or weekday word at i is part of a name here: the end
 * of a known place's name ("Rio de Janeiro"), a month linked to a
 * capitalised word ("Revolução de Abril", "Avenida Nove de Julho"), or a
 * weekday that is also a name (WC_NAME_WEEKDAY) after a name ("Jan
 * Freitag") or, as a first name, before one ("Domingo Cavallo") */
static int
in_name(const struct sent *st, size_t i)
{
	if (!(st->tok[i].shape & SH_UPPER))
		return 0;
	/* a weekday that is a first name, before a capitalised word
	 * ("Domingo Cavallo"; not "Domingo, 3 de octubre") */
	if (tok_class(st, i, WC_NAME_WEEKDAY) && (st->gaz[i] & GAZ_FIRST) &&
	    i + 1 < st->n && (st->tok[i + 1].shape & SH_UPPER))
		return 1;
	if (i == 0)
		return 0;
	if (i >= 2 && tok_class(st, i - 1, WC_NUMBER_LINK) &&
	    ((st->tok[i - 2].shape & SH_UPPER) ||
	    (is_day(st, i - 2) && day_in_name(st, i - 2))))
		return 1;
	/* a capital word before it, a first name or not the line's first
	 * ("Plácido Domingo"; not "Am Freitag") */
	if (tok_class(st, i, WC_NAME_WEEKDAY) &&
	    (st->tok[i - 1].shape & SH_UPPER) && ((st->gaz[i - 1] & GAZ_FIRST) ||
	    i > 1))
		return 1;
	return ends_known_name(st, i);
}

/* a decade: the 1990s, die 1990er (Jahre), die 90er Jahre (two digits
 * only with the noun, WC_DECADE_NOUN) */
static size_t
match_decade(const struct sent *st, size_t i)
{
	size_t digits, j;

	if (!number_then(st, i, WC_DECADE_SUFFIX))
		return i;
	digits = number_prefix(st, i);
	j = i + 1;
	if (free_at(st, j) && tok_class(st, j, WC_DECADE_NOUN))
		return j + 1;
	return digits == 4 ? j : i;
}

/* a decade's number after its head word: "anos 90", "década de 1990" */
static int
is_decade_number(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i);

	if (!free_at(st, i) || small_number(p, n) < 0 || p[n - 1] != '0')
		return 0;
	return n == 2 || is_year(st, i);
}

/* a date starting at i; returns its end, or i */
static size_t
match_date(const struct sent *st, size_t i)
{
	size_t j, k, m;

	if (is_numeric_date(st, i))
		return i + 1;
	/* September 18, 2015 / September 2015 / outubro de 2021 /
	 * September; not the "Janeiro" of "Rio de Janeiro" */
	if (is_month(st, i) && !in_name(st, i)) {
		j = skip_period(st, i + 1);
		if (is_day(st, j)) {
			k = j + 1;
			if (free_at(st, k) && tok_is(st, k, ",") &&
			    is_year(st, k + 1))
				return k + 2;
			if (is_year(st, k))
				return k + 1;
			if (!month_needs_year(st, i))
				return k;
		}
		if ((k = year_at(st, j)) > j)
			return k;
		if (month_alone(st, i))
			return i + 1;
		return i;
	}
	/* 18 September 2015, 3. Oktober 2021, 3 de outubro de 2021; not a
	 * date that names a place (day_in_name) */
	if ((j = day_end(st, i)) > i) {
		k = skip_link(st, j);
		if (k > j && day_in_name(st, i))
			return i;
		/* English's "18 Sept." keeps its period (and "18
		 * September." too, as before); a month written in lower case
		 * is no abbreviation, its period ends the sentence ("le 12
		 * octobre.") */
		if (is_month(st, k) && k == i + 1 &&
		    !tok_class(st, k, WC_LOWER_MONTH)) {
			j = skip_period(st, k + 1);
			return year_at(st, j);
		}
		if (is_month(st, k) && (m = month_then_year(st, k)) > k)
			return m;
	}
	/* Anfang März (2021), Mitte 2021, meados de maio, Mitte nächsten
	 * Jahres */
	if (free_at(st, i) && tok_class(st, i, WC_DATE_HEAD)) {
		j = skip_link(st, i + 1);
		if (is_month(st, j) && (m = month_then_year(st, j)) > j)
			return m;
		if (is_year(st, j))
			return j + 1;
		if (free_at(st, j) && tok_class(st, j, WC_RELATIVE) &&
		    free_at(st, j + 1) && tok_class(st, j + 1, WC_PERIOD))
			return j + 2;
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
	/* Monday, Monday morning, domingo passado */
	if (free_at(st, i) && tok_class(st, i, WC_WEEKDAY) &&
	    !in_name(st, i)) {
		if (free_at(st, i + 1) && (tok_class(st, i + 1, WC_DAY_PART) ||
		    tok_class(st, i + 1, WC_RELATIVE_AFTER)))
			return i + 2;
		return i + 1;
	}
	if (free_at(st, i) && tok_class(st, i, WC_DAY_WORD))
		return i + 1;
	/* next week, last year, this Monday, próximo mês de junho */
	if (free_at(st, i) && tok_class(st, i, WC_RELATIVE) && free_at(st, i + 1) &&
	    (tok_class(st, i + 1, WC_PERIOD) || tok_class(st, i + 1, WC_WEEKDAY))) {
		j = skip_link(st, i + 2);
		if (j > i + 2 && is_month(st, j))
			return j + 1;
		return i + 2;
	}
	/* o ano passado */
	if (free_at(st, i) && tok_class(st, i, WC_PERIOD) &&
	    free_at(st, i + 1) && tok_class(st, i + 1, WC_RELATIVE_AFTER))
		return i + 2;
	/* vor drei Jahren, há três anos, il y a trois ans (a phrase: its
	 * first word is of the class too, to open the rule) */
	if (free_at(st, i) && tok_class(st, i, WC_AGO_BEFORE)) {
		for (m = i + 3; m > i + 1 &&
		    !phrase_class(st, i, m, WC_AGO_BEFORE); m--)
			;
		if ((k = count_end(st, m)) > m && free_at(st, k) &&
		    tok_class(st, k, WC_UNIT))
			return k + 1;
	}
	/* four days, 10 years (ago) */
	if ((k = count_end(st, i)) > i && free_at(st, k) &&
	    tok_class(st, k, WC_UNIT)) {
		if (free_at(st, k + 1) && tok_class(st, k + 1, WC_AGO))
			return k + 2;
		return k + 1;
	}
	/* the 1990s, die 1990er Jahre */
	if ((k = match_decade(st, i)) > i)
		return k;
	/* os anos 90, a década de 1990 */
	if (free_at(st, i) && tok_class(st, i, WC_DECADE_HEAD)) {
		m = skip_link(st, i + 1);
		if (is_decade_number(st, m))
			return m + 1;
	}
	/* a year where a year is expected */
	if (is_year(st, i) && i > 0 && !st->used[i - 1] &&
	    tok_class(st, i - 1, WC_YEAR_PREP))
		return i + 1;
	return i;
}

/* past the clock's word at j and a part of the day after it: "Uhr",
 * "Uhr morgens" (WC_CLOCK_WORD, WC_DAY_PART); j if none */
static size_t
clock_word(const struct sent *st, size_t j)
{
	if (!free_at(st, j) || !tok_class(st, j, WC_CLOCK_WORD))
		return j;
	if (free_at(st, j + 1) && tok_class(st, j + 1, WC_DAY_PART))
		return j + 2;
	return j + 1;
}

/* an hour as a number: "9", "14", or hours and minutes with a dot or a
 * comma ("14.30"); 1 for an hour alone, 2 with its minutes, 0 if none */
static int
is_hour(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), h;

	if (!is_number(st, i))
		return 0;
	for (h = 0; h < n && isdigit((unsigned char)p[h]); h++)
		;
	if (h < 1 || h > 2 || small_number(p, h) > 24)
		return 0;
	if (h == n)
		return 1;
	return n - h == 3 && small_number(p + h + 1, 2) >= 0 &&
	    small_number(p + h + 1, 2) < 60 ? 2 : 0;
}

/* past the minutes after an hour's clock word at j: the "30" of "14 h
 * 30", "14 Uhr 30" (two digits, below 60); j if none */
static size_t
clock_minutes(const struct sent *st, size_t j)
{
	if (free_at(st, j) && TOK_N(st, j) == 2 &&
	    small_number(TOK_P(st, j), 2) >= 0 &&
	    small_number(TOK_P(st, j), 2) < 60)
		return j + 1;
	return j;
}

/* an hour with its letter: "14h30", "9h" (WC_HOUR_MARK) */
static int
is_marked_hour(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), h, l;

	if (!free_at(st, i))
		return 0;
	for (h = 0; h < n && isdigit((unsigned char)p[h]); h++)
		;
	if (h < 1 || h > 2 || small_number(p, h) > 24)
		return 0;
	for (l = h; l < n && !isdigit((unsigned char)p[l]); l++)
		;
	if (l == h || !(word_classes(st->words, p + h, l - h) &
	    WC(WC_HOUR_MARK)))
		return 0;
	return l == n || (n - l == 2 && small_number(p + l, 2) < 60);
}

static size_t
match_time(const struct sent *st, size_t i)
{
	size_t j;
	int h;

	if (is_clock(st, i) || (is_number(st, i) && TOK_N(st, i) <= 2 &&
	    free_at(st, i + 1) && tok_class(st, i + 1, WC_AMPM))) {
		j = i + 1;
		if (free_at(st, j) && tok_class(st, j, WC_AMPM))
			j++;
		j = clock_word(st, j);
		if (free_at(st, j) && (st->tok[j].shape & SH_ALLCAPS) &&
		    tok_class(st, j, WC_ZONE))
			j++;
		return j;
	}
	/* 14 Uhr, 14.30 Uhr, 9 Uhr morgens, 14 h 30 */
	if ((h = is_hour(st, i)) && (j = clock_word(st, i + 1)) > i + 1) {
		if (h == 1 && j == i + 2)
			return clock_minutes(st, j);
		return j;
	}
	/* a las 14.30: an hour with its minutes after the phrase of a clock
	 * word that names it (never a single word: "el 11 las tropas") */
	if (h == 2 && i >= 2 && phrase_class(st, i - 2, i, WC_CLOCK_WORD))
		return i + 1;
	if (number_then(st, i, WC_AMPM) || is_marked_hour(st, i))
		return i + 1;
	if (free_at(st, i) && tok_class(st, i, WC_TIME_WORD))
		return i + 1;
	/* this morning */
	if (free_at(st, i) && tok_class(st, i, WC_DAY_PART_HEAD) &&
	    free_at(st, i + 1) &&
	    tok_class(st, i + 1, WC_DAY_PART))
		return i + 2;
	/* three hours */
	if ((j = count_end(st, i)) > i && free_at(st, j) &&
	    tok_class(st, j, WC_TIME_UNIT))
		return j + 1;
	return i;
}

static int
is_currency_symbol(const struct sent *st, size_t i)
{
	return free_at(st, i) && tok_class(st, i, WC_CURRENCY_SIGN);
}

/* a number with an optional scale: 5, 5 billion, 5bn, 4,5 mil milhões;
 * or digits in groups apart by a space: £12 000, 5 000 $ */
static size_t
amount(const struct sent *st, size_t i)
{
	size_t k;

	if (number_then(st, i, WC_SCALE))
		return i + 1;
	if ((k = spaced_number(st, i)) > i)
		return k;
	if (!is_number(st, i))
		return i;
	k = i + 1;
	if (free_at(st, k) && tok_class(st, k, WC_SCALE)) {
		k++;
		if (free_at(st, k) && tok_class(st, k, WC_SCALE))
			k++;
	}
	return k;
}

/* a number written in groups of three digits apart by a space, as
 * German and French write sums: "11 490", "1 250 000" (at most five
 * groups after the first, so that a line of them costs a bounded look
 * from each); its end, or i */
static size_t
spaced_number(const struct sent *st, size_t i)
{
	size_t j = i + 1;

	if (!free_at(st, i) || small_number(TOK_P(st, i), TOK_N(st, i)) < 0 ||
	    TOK_N(st, i) > 3)
		return i;
	while (j < i + 6 && free_at(st, j) && TOK_N(st, j) == 3 &&
	    small_number(TOK_P(st, j), 3) >= 0 &&
	    st->tok[j].start == st->tok[j - 1].end + 1 &&
	    st->s[st->tok[j - 1].end] == ' ')
		j++;
	return j > i + 1 ? j : i;
}

/* where a currency word may stand after the sum [i, k): past the period
 * of a short scale ("3,5 Mrd. Euro") and a word linking scale and
 * currency ("2 milhões de reais") */
static size_t
currency_at(const struct sent *st, size_t i, size_t k)
{
	if (k <= i + 1)
		return k;
	if (TOK_N(st, k - 1) <= 4 && free_at(st, k + 1))
		k = skip_period(st, k);
	return skip_link(st, k);
}

/* whether token k names a currency after a sum: a word, or a code in
 * capitals (USD) */
static int
is_currency_after(const struct sent *st, size_t k)
{
	return free_at(st, k) && (tok_class(st, k, WC_CURRENCY_WORD) ||
	    ((st->gaz[k] & GAZ_CURCODE) && (st->tok[k].shape & SH_ALLCAPS)));
}

static size_t match_percent(const struct sent *st, size_t i);

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
	/* Euro 5, Euro 2,50; not Euro 2024 (the championship), nor "der
	 * Euro 5 Prozent" */
	if (free_at(st, i) && tok_class(st, i, WC_CURRENCY_FIRST) &&
	    is_number(st, i + 1) && !is_year(st, i + 1) &&
	    match_percent(st, i + 1) == i + 1) {
		k = amount(st, i + 1);
		if (!is_currency_after(st, currency_at(st, i + 1, k)))
			return k;
	}
	/* 5 million dollars, 300 yuan, 5 USD, 3,5 Mrd. Euro, 11 490 Euro */
	k = amount(st, i);
	if (k > i && is_currency_after(st, (j = currency_at(st, i, k))))
		return j + 1;
	if ((j = spaced_number(st, i)) > i && is_currency_after(st, j))
		return j + 1;
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

	if ((k = count_end(st, i)) == i)
		return i;
	if (free_at(st, k) && tok_is(st, k, "%"))
		return k + 1;
	if (free_at(st, k) && tok_class(st, k, WC_PERCENT_WORD))
		return k + 1;
	/* "per cent", "percentage points", "pontos percentuais" */
	if (free_at(st, k + 1) && ((tok_class(st, k, WC_PER) &&
	    tok_class(st, k + 1, WC_CENT)) || (tok_class(st, k, WC_PERCENTAGE) &&
	    tok_class(st, k + 1, WC_POINTS)) || (tok_class(st, k, WC_POINTS) &&
	    tok_class(st, k + 1, WC_PERCENTAGE))))
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
	if (k->shape & SH_PUNCT)
		return c == '$' || c == 0xC2 || c == 0xE2;
	/* GAZ_RULE marks English's words only (words.h): another
	 * language's from the line's own table (tok_class keeps the answer
	 * for the rules) */
	if (st->words->gaz_rule || !(k->shape & (SH_UPPER | SH_LOWER)))
		return 0;
	tok_class(st, i, WC_MONTH);
	return (st->cls[i] & WC_OPENERS) != 0;
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
