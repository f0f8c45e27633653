/* post.c: post-rules over the model's names. */
#include <string.h>

#include "post.h"
#include "stream.h"

static int
is_punct(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_PUNCT) != 0;
}

static int
is_possessive(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_APOS) && TOK_N(st, i) <= 5 &&
	    (TOK_P(st, i)[0] == '\'' ||
	    (unsigned char)TOK_P(st, i)[0] == 0xe2);
}

/* whether token i is digits only, at most max of them */
static int
short_digits(const struct sent *st, size_t i, size_t max)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), k;

	if (n > max)
		return 0;
	for (k = 0; k < n; k++)
		if (p[k] < '0' || p[k] > '9')
			return 0;
	return 1;
}

/* a number no name ends with: more than four digits, or digits with
 * other signs ("77388-5746", "36349"; "Apollo 11" and "Windows 2000"
 * keep theirs) */
static int
long_number(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_DIGIT) && !short_digits(st, i, 4);
}

/* a comma or a dash: what follows a dateline's place */
static int
dateline_punct(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i);

	return (n == 1 && (p[0] == ',' || p[0] == '-')) ||
	    (n == 3 && memcmp(p, "\xe2\x80", 2) == 0 &&
	    ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94));
}

/* whether a name from mention `from` on holds any of words a..b */
static int
meets(const struct mentions *m, size_t from, size_t a, size_t b)
{
	size_t k;

	for (k = from; k < m->n; k++)
		if (m->v[k].type >= 0 && m->v[k].a < b && a < m->v[k].b)
			return 1;
	return 0;
}

/* whether word i opens a club's name: capitalised, and in capitals if
 * it has two letters ("AS Roma", not "As Madrid voted") */
static int
club_head(const struct sent *st, size_t i)
{
	uint16_t sh = st->tok[i].shape;

	return tok_class(st, i, WC_CLUB_HEAD) && (sh & SH_UPPER) &&
	    (TOK_N(st, i) > 2 || (sh & SH_ALLCAPS));
}

/* whether words a..b are a club's word then a known place */
static int
club_form(const struct sent *st, size_t a, size_t b)
{
	return b - a >= 2 && club_head(st, a) &&
	    (phrase_gaz(st, a + 1, b) & GAZ_LOCATION);
}

/* whether word i is a score: digits, a hyphen or a dash, digits */
static int
is_score(const struct sent *st, size_t i)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), k = 0, d1 = 0, d2 = 0;

	while (k < n && p[k] >= '0' && p[k] <= '9')
		k++, d1++;
	if (d1 == 0 || d1 > 3 || k == n)
		return 0;
	if (p[k] == '-')
		k++;
	else if (n - k > 3 && memcmp(p + k, "\xe2\x80\x93", 3) == 0)
		k += 3;
	else
		return 0;
	while (k < n && p[k] >= '0' && p[k] <= '9')
		k++, d2++;
	return k == n && d2 >= 1 && d2 <= 3;
}

/* clubs named after their cities in a match report ("Liverpool beat
 * Everton 3-1", "Barcelona drew with Sevilla 1-1"): in a line with a
 * score, a city the model took for a place or a person beside a match
 * verb is a club.  Countries stay places (national teams are). */
static void
match_clubs(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t i, k;
	unsigned g;

	(void)add;	/* it changes names, finds none */

	if (m->n == from)
		return;
	for (i = 0; i < st->n; i++)
		if ((st->tok[i].shape & SH_DIGIT) && is_score(st, i))
			break;
	if (i == st->n)
		return;
	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t a = x->a, b = x->b;

		if (x->type != ENT_LOCATION && x->type != ENT_PERSON)
			continue;
		g = phrase_gaz(st, a, b);
		if (!(g & (GAZ_CITY | GAZ_PLACE)) || (g & GAZ_COUNTRY))
			continue;
		if ((b < st->n && tok_class(st, b, WC_MATCH_VERB)) ||
		    (a >= 1 && tok_class(st, a - 1, WC_MATCH_VERB)) ||
		    (a >= 2 && tok_class(st, a - 2, WC_MATCH_VERB) &&
		    (tok_class(st, a - 1, WC_MATCH_LINK))) ||
		    (b < st->n && is_score(st, b)) ||
		    (a >= 1 && is_score(st, a - 1)))
			x->type = ENT_ORGANIZATION;
	}
}

/* a place then an organisation word alone right after it is one
 * organisation: "Manchester United"; so is a club's word
 * then a place: "Real Madrid", "FC Porto" */
static void
join_clubs(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, q;

	(void)add;	/* it changes names, finds none */

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];

		if (x->type < 0 || x->type > ENT_LOCATION)
			continue;
		if (club_form(st, x->a, x->b)) {
			x->type = ENT_ORGANIZATION;
			continue;
		}
		if (x->type != ENT_LOCATION)
			continue;
		if (x->a > 0 && !st->used[x->a - 1] &&
		    !meets(m, from, x->a - 1, x->a) && club_head(st, x->a - 1) &&
		    (x->a == 1 || !(st->tok[x->a - 2].shape & SH_UPPER))) {
			x->a--;
			x->type = ENT_ORGANIZATION;
			continue;
		}
		for (q = from; q < m->n; q++) {
			struct mention *y = &m->v[q];

			if (y->type != ENT_ORGANIZATION || y->a != x->b ||
			    y->b - y->a != 1 ||
			    !(st->gaz[y->a] & GAZ_ORGSUFFIX))
				continue;
			x->b = y->b;
			x->type = ENT_ORGANIZATION;
			y->type = -1;
			break;
		}
	}
}

/* whether word i is a title and nothing else a name is made of */
static int
bare_title(const struct sent *st, size_t i)
{
	return (st->gaz[i] & GAZ_TITLE) && !(st->gaz[i] & (GAZ_ORGSUFFIX |
	    GAZ_ORGHEAD | GAZ_LOCATION | GAZ_FIRST | GAZ_ORG));
}

/* an organisation or a place that the model ran on into a title and a
 * person ("Lagos State Governor Babajide Sanwo-Olu"): the person after
 * the last title, the name before the titles */
static void
title_inside(const struct sent *st, struct mentions *m, size_t k,
    struct mentions *add)
{
	size_t a = m->v[k].a, b = m->v[k].b, q, p;

	if (b - a < 3)
		return;
	for (q = b - 2; q > a; q--)
		if (bare_title(st, q))
			break;
	if (q == a)
		return;
	for (p = q + 1; p < b; p++)
		if (st->gaz[p] & (GAZ_TITLE | GAZ_ORGSUFFIX | GAZ_ORGHEAD |
		    GAZ_LOCATION | GAZ_ORG) ||
		    !(st->tok[p].shape & (SH_UPPER | SH_NOCASE)))
			return;
	mentions_add(add, q + 1, b, ENT_PERSON);
	while (q > a && bare_title(st, q - 1))
		q--;
	m->v[k].b = (uint32_t)q;
	if (q == a)
		m->v[k].type = -1;
	else if (phrase_gaz(st, a, q) & GAZ_LOCATION)
		m->v[k].type = ENT_LOCATION;
}

/* titles written out: "National Security Advisor Susan Rice" is a
 * title, then a person; "Secretary of State" is a title alone */
static void
title_phrases(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, q;

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];

		if (x->type != ENT_ORGANIZATION && x->type != ENT_LOCATION)
			continue;
		/* a first name at the end belongs to the person after it */
		if (x->b - x->a >= 2 && (st->gaz[x->b - 1] & GAZ_FIRST))
			for (q = from; q < m->n; q++)
				if (m->v[q].type == ENT_PERSON &&
				    m->v[q].a == x->b) {
					x->b--;
					m->v[q].a--;
					break;
				}
		if ((st->gaz[x->b - 1] & GAZ_TITLE) &&
		    !(st->gaz[x->b - 1] & (GAZ_ORGSUFFIX | GAZ_LOCATION)) &&
		    (x->b - x->a >= 2 || (x->a >= 2 &&
		    tok_class(st, x->a - 1, WC_NAME_LINK) &&
		    (st->gaz[x->a - 2] & GAZ_TITLE))))
			x->type = -1;
		else
			title_inside(st, m, k, add);
	}
}

/* whether words a..b (two or more) have the form of an organisation's
 * name: a company word last ("Marriott International"), or first before
 * "of" ("Bank of America"), or a club's ("Real Madrid") */
static int
org_form(const struct sent *st, size_t a, size_t b)
{
	return (st->gaz[b - 1] & GAZ_ORGSUFFIX) ||
	    ((st->gaz[a] & GAZ_ORGHEAD) && tok_class(st, a + 1, WC_NAME_LINK)) ||
	    club_form(st, a, b);
}

/* "Uber and Snapchat": two known names joined by "and" are two names,
 * unless the whole is one ("Bosnia and Herzegovina") */
static void
split_and(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, q;

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		unsigned left, right;

		if (x->type < 0 || x->type > ENT_LOCATION || x->b - x->a < 3 ||
		    (phrase_gaz(st, x->a, x->b) & (GAZ_LOCATION | GAZ_ORG)))
			continue;
		for (q = x->a + 1; q + 1 < x->b; q++)
			if (tok_class(st, q, WC_AND) || tok_is(st, q, "&"))
				break;
		if (q + 1 >= x->b)
			continue;
		left = phrase_gaz(st, x->a, q);
		right = phrase_gaz(st, q + 1, x->b);
		/* a person or a place joined by "and" is two ("Sulla and
		 * Trump", "Kamchatka and Sakhalin"); an organisation only
		 * if both halves are known ones ("Marks and Spencer" is
		 * one) */
		if (x->type == ENT_PERSON || (x->type == ENT_LOCATION &&
		    !(left & GAZ_ORG) && !(right & GAZ_ORG))) {
			int ty = x->type;

			mentions_add(add, q + 1, x->b, ty);
			x->b = (uint32_t)q;
			continue;
		}
		/* two single words: two names ("Uber and Snapchat"; the
		 * training data joins them now and then, by mistake) */
		if (x->b - x->a == 3 && tok_class(st, q, WC_AND)) {
			mentions_add(add, q + 1, x->b,
			    (right & GAZ_LOCATION) ? ENT_LOCATION : x->type);
			x->b = (uint32_t)q;
			if (left & GAZ_LOCATION)
				x->type = ENT_LOCATION;
			continue;
		}
		/* two organisations, each ending in a company word or
		 * opening with one before "of" ("Amnesty International and
		 * Marriott International", "Bank of America and Wells Fargo
		 * Bank") */
		if (q - x->a >= 2 && x->b - q >= 3 &&
		    org_form(st, x->a, q) && org_form(st, q + 1, x->b)) {
			mentions_add(add, q + 1, x->b, ENT_ORGANIZATION);
			x->b = (uint32_t)q;
			x->type = ENT_ORGANIZATION;
			continue;
		}
		if (!(left & (GAZ_LOCATION | GAZ_ORG)) ||
		    !(right & (GAZ_LOCATION | GAZ_ORG)))
			continue;
		mentions_add(add, q + 1, x->b, (right & GAZ_ORG) ?
		    ENT_ORGANIZATION : ENT_LOCATION);
		x->b = (uint32_t)q;
		x->type = (left & GAZ_ORG) ? ENT_ORGANIZATION : ENT_LOCATION;
	}
}

/* whether words a..b are one word that is a landform or a point of the
 * compass: iso-codes has regions called "Bay" and "South", which are
 * parts of longer names far more often than places of their own */
static int
generic_place(const struct sent *st, size_t a, size_t b)
{
	return b - a == 1 && (tok_class(st, a, WC_PLACE_WORD) ||
	    tok_class(st, a, WC_COMPASS));
}

/* mention k, a place (or what the model took for an organisation) of
 * words a..b: split it into two places where a known place ends and a
 * country or state follows ("Austin Texas", not "Tampa Bay" or "South
 * Vietnam"); 1 if it did */
static int
split_place(const struct sent *st, struct mentions *m, size_t k,
    struct mentions *add)
{
	size_t a = m->v[k].a, b = m->v[k].b, q;

	for (q = b - 1; q > a; q--) {
		unsigned right = phrase_gaz(st, q, b);

		if (!(right & (GAZ_COUNTRY | GAZ_SUBDIV)) ||
		    !(phrase_gaz(st, a, q) & GAZ_LOCATION) ||
		    generic_place(st, q, b) || generic_place(st, a, q))
			continue;
		m->v[k].b = (uint32_t)q;
		m->v[k].type = ENT_LOCATION;
		mentions_add(add, q, b, ENT_LOCATION);
		return 1;
	}
	return 0;
}

/* "Google, Inc." and "Enron Corp." whole: the company form after a
 * comma, and its period */
static void
corp_forms(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, q, b;

	(void)add;	/* it changes names, finds none */

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];

		if (x->type != ENT_ORGANIZATION)
			continue;
		b = x->b;
		if (b + 1 < st->n && TOK_N(st, b) == 1 && TOK_P(st, b)[0] == ',' &&
		    !st->used[b] && !st->used[b + 1] && tok_class(st, b + 1, WC_CORP_ABBREV) &&
		    (st->tok[b + 1].shape & SH_UPPER))
			b += 2;
		if (b < st->n && tok_class(st, b - 1, WC_CORP_ABBREV) &&
		    TOK_N(st, b) == 1 && TOK_P(st, b)[0] == '.' &&
		    st->tok[b].start == st->tok[b - 1].end && !st->used[b])
			b++;
		if (b == x->b)
			continue;
		/* the form may have been a name of its own: it goes */
		for (q = from; q < m->n; q++)
			if (q != k && m->v[q].type >= 0 && m->v[q].a < b &&
			    m->v[q].b > x->b && (m->v[q].a < x->b ||
			    m->v[q].b > b))
				break;
		if (q < m->n)
			continue;
		for (q = from; q < m->n; q++)
			if (q != k && m->v[q].type >= 0 && m->v[q].a >= x->b &&
			    m->v[q].b <= b)
				m->v[q].type = -1;
		x->b = (uint32_t)b;
	}
}

/* an organisation the model cut short of its company word: "Samsung
 * Electronics", "Royal Canadian Mounted Police" (up to three free
 * capitalised words, the last one a company word) */
static void
org_tails(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, e, j;

	(void)add;	/* it changes names, finds none */

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];

		if (x->type != ENT_ORGANIZATION)
			continue;
		e = 0;
		for (j = x->b; j < st->n && j < x->b + 3; j++) {
			if (st->used[j] || !(st->tok[j].shape & SH_UPPER) ||
			    (st->tok[j].shape & SH_PUNCT))
				break;
			if (st->gaz[j] & GAZ_ORGSUFFIX)
				e = j + 1;
		}
		if (e && !meets(m, from, x->b, e))
			x->b = (uint32_t)e;
	}
}

/* a well-known organisation of several words that the model missed
 * ("World Trade Organization", whose "Trade" is also a minister's
 * title) or cut into names ("New York" of "New York Times") is tagged
 * from the gazetteer: the longest phrase, capitalised, that no other
 * mention reaches out of */
static void
known_orgs(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t i, j, k, best;

	(void)from;	/* it weighs every mention of the line, the rules'
			 * too: a known name never runs over a date */
	for (i = 0; i + 1 < st->n; i++) {
		if (!(st->gaz[i] & GAZ_PREFIX) || st->used[i] ||
		    !(st->tok[i].shape & SH_UPPER))
			continue;
		best = 0;
		for (j = i + 2; j <= st->n && j <= i + 6; j++) {
			unsigned bits = phrase_gaz(st, i, j);

			if ((bits & GAZ_ORG) &&
			    (st->tok[j - 1].shape & SH_UPPER))
				best = j;
			if (!(bits & GAZ_PREFIX))
				break;
		}
		if (!best)
			continue;
		/* names inside it ("New York" in "New York Times") give
		 * way; one that reaches out of it keeps its words */
		for (k = 0; k < m->n; k++)
			if (m->v[k].type >= 0 && m->v[k].a < best &&
			    m->v[k].b > i && (m->v[k].a < i ||
			    m->v[k].b > best || m->v[k].type > ENT_LOCATION))
				break;
		for (j = i; j < best && k == m->n; j++)
			if (st->used[j])
				break;
		if (k == m->n && j == best) {
			for (k = 0; k < m->n; k++)
				if (m->v[k].type >= 0 && m->v[k].a < best &&
				    m->v[k].b > i)
					m->v[k].type = -1;
			mentions_add(add, i, best, ENT_ORGANIZATION);
		}
		i = best - 1;
	}
}

/* whether mention x is a name (what the passes below work on) of one
 * word or more */
static int
is_name(const struct mention *x)
{
	return (x->type == ENT_PERSON || x->type == ENT_ORGANIZATION ||
	    x->type == ENT_LOCATION) && x->a < x->b;
}

/* off a name's edges: a leading "the", titles of a person, greetings,
 * stray punctuation, a possessive, a postal code, a long number or a
 * score, the pronoun I; a name left with a title, a greeting or a sign
 * alone is none */
static void
trim_edges(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k;

	(void)add;
	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t a = x->a, b = x->b;

		if (!is_name(x))
			continue;
		for (;;) {
			if (b - a > 1 && tok_class(st, a, WC_ARTICLE)) {
				a++;
			} else if (b - a > 1 && tok_class(st, a, WC_HONORIFIC)) {
				a++;
				x->type = ENT_PERSON;
			} else if (b - a > 1 && x->type == ENT_PERSON &&
			    (st->gaz[a] & GAZ_TITLE) &&
			    !(st->gaz[a] & GAZ_FIRST)) {
				a++;
			} else if (b - a > 1 && is_punct(st, a)) {
				a++;
			} else if (b - a > 1 && tok_class(st, a, WC_GREETING)) {
				a++;
			} else {
				break;
			}
		}
		/* "Chris Abel Manager", "TX 77388-5746", "Everton 2-0" */
		for (;;) {
			if (b - a > 1 && (is_punct(st, b - 1) ||
			    is_possessive(st, b - 1)))
				b--;
			else if (b - a > 1 && x->type == ENT_PERSON &&
			    (st->gaz[b - 1] & GAZ_TITLE) &&
			    !(st->gaz[b - 1] & GAZ_FIRST))
				b--;
			else if (b - a > 1 && (long_number(st, b - 1) ||
			    is_score(st, b - 1)))
				b--;
			/* "The Hank Green I know": the pronoun, not a
			 * regnal number ("Elizabeth I") */
			else if (b - a > 2 && x->type == ENT_PERSON &&
			    TOK_N(st, b - 1) == 1 && TOK_P(st, b - 1)[0] == 'I' &&
			    b < st->n && (st->tok[b].shape & SH_LOWER))
				b--;
			else
				break;
		}
		if ((b - a == 1 && (is_punct(st, a) ||
		    tok_class(st, a, WC_HONORIFIC) || tok_class(st, a, WC_GREETING))) ||
		    (b - a == 1 && x->type == ENT_PERSON &&
		    (st->gaz[a] & GAZ_TITLE) && !(st->gaz[a] & GAZ_FIRST)) ||
		    (b - a == 1 && bare_title(st, a))) {
			x->type = -1;
			continue;
		}
		x->a = (uint32_t)a;
		x->b = (uint32_t)b;
	}
}

/* what the model took for a name and is none: a demonym ("Chinese"), a
 * letter, a company form alone ("Inc."), a common abbreviation in
 * capitals ("ASAP", "CEO", "DVD"), an event, a law or an award */
static void
drop_non_names(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k;

	(void)add;
	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t a = x->a, b = x->b;
		unsigned whole;

		if (!is_name(x))
			continue;
		whole = phrase_gaz(st, a, b);
		if ((b - a == 1 && (whole & GAZ_DEMONYM) &&
		    !(whole & (GAZ_LOCATION | GAZ_ORG))) ||
		    (b - a == 1 && !(whole & (GAZ_LOCATION | GAZ_ORG)) &&
		    (TOK_N(st, a) == 1 ||
		    (x->type == ENT_ORGANIZATION && tok_class(st, a, WC_CORP_ABBREV)) ||
		    (x->type != ENT_LOCATION &&
		    (st->tok[a].shape & SH_ALLCAPS) && tok_class(st, a, WC_NOT_NAME)))) ||
		    (b - a >= 2 && tok_class(st, b - 1, WC_MISC_WORD)))
			x->type = -1;
	}
}

/* a name's type from its form, the first rule that holds: a known
 * company then a country is its arm there ("Sony Australia"); a place
 * then its country without a comma is two places ("Austin Texas"); a
 * country alone, or a known place the model took for an organisation
 * ("West Bank"), is a place; so is a dateline ("HANOI -") and a name
 * ending in Valley, River, Sea; a company word makes an organisation */
static void
retype(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k;

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t a = x->a, b = x->b;
		unsigned whole;

		if (!is_name(x))
			continue;
		whole = phrase_gaz(st, a, b);
		if (b - a >= 2 && (st->gaz[a] & GAZ_ORG) &&
		    !(st->gaz[a] & GAZ_LOCATION) &&
		    (phrase_gaz(st, a + 1, b) & GAZ_COUNTRY))
			x->type = ENT_ORGANIZATION;
		else if ((x->type == ENT_LOCATION ||
		    x->type == ENT_ORGANIZATION) && b - a >= 2 &&
		    !(whole & (GAZ_LOCATION | GAZ_ORG)) &&
		    split_place(st, m, k, add))
			;	/* two places now */
		else if ((whole & GAZ_COUNTRY) || (b - a >= 2 &&
		    x->type == ENT_ORGANIZATION && (whole & GAZ_LOCATION) &&
		    !(whole & GAZ_ORG)))
			x->type = ENT_LOCATION;
		else if (a == 0 && (whole & GAZ_LOCATION) &&
		    (st->tok[a].shape & SH_ALLCAPS) && b < st->n &&
		    is_punct(st, b) && dateline_punct(st, b))
			x->type = ENT_LOCATION;
		else if (b - a >= 2 && x->type == ENT_ORGANIZATION &&
		    tok_class(st, b - 1, WC_PLACE_WORD) &&
		    !(st->gaz[b - 1] & GAZ_ORGSUFFIX))
			x->type = ENT_LOCATION;
		else if (b - a >= 2 && !(whole & GAZ_LOCATION) &&
		    org_form(st, a, b))
			x->type = ENT_ORGANIZATION;
	}
}

/* whether token i is a small count: one to three digits and nothing else
 * (a score of a results table, a column of a standings table) */
static int
small_count(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_DIGIT) && short_digits(st, i, 3);
}

/* whether the name a..b of a table line is a club: a city or place, or
 * one followed by a club's word ("Manchester United"), before a count;
 * countries stay places (national teams are), as in match_clubs */
static int
club_in_table(const struct sent *st, size_t a, size_t b)
{
	unsigned g = phrase_gaz(st, a, b);

	if (b >= st->n || !small_count(st, b) || (g & GAZ_COUNTRY))
		return 0;
	return ((g | st->gaz[a]) & (GAZ_CITY | GAZ_PLACE | GAZ_SUBDIV)) != 0;
}

/* clubs named after their cities in a results or standings table, a line
 * of names and counts without a lower-case word ("Barnsley 3 Leeds 1",
 * "Leeds 12 5 4 3 20 15 19"): a city or place followed by a count is a
 * club (club_in_table) */
static void
table_clubs(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t i, k, counts = 0;

	if (st->lowcase)
		return;
	for (i = 0; i < st->n; i++) {
		if ((st->tok[i].shape & SH_LOWER) && st->span_of[i] < 0)
			return;
		counts += small_count(st, i);
	}
	if (counts < 2)
		return;
	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t c;

		if (x->type < 0 || x->type > ENT_LOCATION)
			continue;
		/* a count inside a name ends it: "Manchester United 2
		 * Leeds" is two names */
		for (c = x->a + 1; c + 1 < x->b && !small_count(st, c); c++)
			;
		if (c + 1 < x->b) {
			mentions_add(add, c + 1, x->b, club_in_table(st, c + 1,
			    x->b) ? ENT_ORGANIZATION : x->type);
			x->b = (uint32_t)c;
		}
		if (x->type != ENT_ORGANIZATION && club_in_table(st, x->a, x->b))
			x->type = ENT_ORGANIZATION;
	}
	/* a city the model left out, before a count: a club too */
	for (i = 0; i + 1 < st->n; i++) {
		size_t a = i;

		if (!small_count(st, i + 1) || !(st->tok[i].shape & SH_UPPER))
			continue;
		while (a > 0 && i + 1 - a < 4 &&
		    (st->tok[a - 1].shape & SH_UPPER))
			a--;
		while (a <= i && !(phrase_gaz(st, a, i + 1) &
		    (GAZ_CITY | GAZ_PLACE | GAZ_SUBDIV)))
			a++;
		if (a > i || meets(m, from, a, i + 1) ||
		    (phrase_gaz(st, a, i + 1) & GAZ_COUNTRY))
			continue;
		for (k = a; k <= i && !st->used[k]; k++)
			;
		if (k > i)
			mentions_add(add, a, i + 1, ENT_ORGANIZATION);
	}
}

/* whether a share listing follows word b: "(NYSE: IBM)", "(Nasdaq: AAPL)" */
static int
listing_after(const struct sent *st, size_t b)
{
	/* the bracket by its byte first: this is asked of every word */
	return b + 2 < st->n && TOK_N(st, b) == 1 && TOK_P(st, b)[0] == '(' &&
	    tok_class(st, b + 1, WC_STOCK_EXCHANGE) && tok_is(st, b + 2, ":");
}

/* whether an apposition that calls the name before it a company follows
 * word b: ", the Ohio-based maker of", ", a unit of", ", the world's
 * biggest brewer,": a comma, an article, then within five words a
 * company noun that ends the phrase (not "the company's chief", "a bank
 * manager") */
static int
company_apposition(const struct sent *st, size_t b)
{
	size_t j, end;

	if (b + 2 >= st->n || TOK_N(st, b) != 1 || TOK_P(st, b)[0] != ',' ||
	    !(tok_is(st, b + 1, "the") ||
	    tok_is(st, b + 1, "a") || tok_is(st, b + 1, "an")))
		return 0;
	end = b + 2 + 5 < st->n ? b + 2 + 5 : st->n;
	for (j = b + 2; j < end; j++) {
		/* "a group of volunteers" counts them */
		if (tok_class(st, j, WC_COMPANY_NOUN) &&
		    (st->tok[j].shape & SH_LOWER))
			return j + 1 == st->n || is_punct(st, j + 1) ||
			    (tok_class(st, j + 1, WC_COMPANY_LINK) &&
			    !(tok_is(st, j, "group") && tok_is(st, j + 1, "of")));
		/* the noun heads the apposition: not "a veteran of the
		 * company" */
		if ((is_punct(st, j) && !is_possessive(st, j)) ||
		    tok_class(st, j, WC_COMPANY_LINK))
			return 0;
	}
	return 0;
}

/* a name with a company's evidence around it is an organisation: a share
 * listing after it, an apposition that calls it a company, or a trade
 * noun in lower case right before it ("carmaker Toyota", "brewer
 * SABMiller", "miner BHP Billiton"); countries stay places ("Germany, the
 * world's biggest maker of cars") */
static void
company_evidence(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, i, a;
	unsigned g;

	/* a listing after capitalised words no name holds: "Acme Mining
	 * (NYSE: ACM)" */
	for (i = 1; i < st->n; i++) {
		if (TOK_P(st, i)[0] != '(' || !listing_after(st, i) ||
		    !(st->tok[i - 1].shape & SH_UPPER) ||
		    st->used[i - 1] || meets(m, from, i - 1, i))
			continue;
		for (a = i - 1; a > 0 && i - a < 6 &&
		    (st->tok[a - 1].shape & SH_UPPER) && !st->used[a - 1] &&
		    !meets(m, from, a - 1, a); a--)
			;
		while (a < i - 1 && ((st->gaz[a] & GAZ_COMMON) ||
		    tok_class(st, a, WC_ARTICLE)))
			a++;
		if (!(st->gaz[a] & GAZ_COMMON) && !tok_class(st, a, WC_ARTICLE))
			mentions_add(add, a, i, ENT_ORGANIZATION);
	}
	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];

		int listed, apposition, trade;

		if (x->type != ENT_PERSON && x->type != ENT_LOCATION)
			continue;
		listed = listing_after(st, x->b);
		apposition = !listed && company_apposition(st, x->b);
		trade = !listed && !apposition && x->a > 0 &&
		    (st->tok[x->a - 1].shape & SH_LOWER) &&
		    tok_class(st, x->a - 1, WC_TRADE_NOUN);
		if (!listed && !apposition && !trade)
			continue;
		g = phrase_gaz(st, x->a, x->b);
		/* a known place is no company for an apposition ("West
		 * Virginia, a state that") */
		if (!(g & GAZ_COUNTRY) && !(apposition && (g & GAZ_LOCATION)))
			x->type = ENT_ORGANIZATION;
	}
}

/* whether word i, in capitals, is the initials of the capitalised words
 * of a..b ("FDA" of "Food and Drug Administration") */
static int
initials_of(const struct sent *st, size_t i, size_t a, size_t b)
{
	const char *p = TOK_P(st, i);
	size_t n = TOK_N(st, i), q = 0, j;

	if (!(st->tok[i].shape & SH_ALLCAPS) || n < 2)
		return 0;
	for (j = a; j < b; j++) {
		if (!(st->tok[j].shape & SH_UPPER))
			continue;
		if (q == n || TOK_P(st, j)[0] != p[q])
			return 0;
		q++;
	}
	return q == n;
}

/* initials in brackets after a name are that name and take its type:
 * "Democratic Republic of Congo (DRC)" is a place, "Food and Drug
 * Administration (FDA)" an organisation, so that the document's memory
 * types "DRC" or "FDA" alone the same later */
static void
initials(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, q, n0 = m->n;

	for (k = from; k < n0; k++) {
		const struct mention *x = &m->v[k];
		size_t i = x->b + 1;

		if (!is_name(x) || x->b - x->a < 2 || i + 1 >= st->n ||
		    !tok_is(st, x->b, "(") || !tok_is(st, i + 1, ")") ||
		    !initials_of(st, i, x->a, x->b))
			continue;
		for (q = from; q < n0; q++)
			if (m->v[q].a <= i && m->v[q].b > i)
				break;
		if (q < n0) {
			if (m->v[q].a == i && m->v[q].b == i + 1 &&
			    is_name(&m->v[q]))
				m->v[q].type = x->type;
		} else if (!st->used[i])
			mentions_add(add, i, i + 1, x->type);
	}
}

/* The convention for clubs named after their city, beside match_clubs
 * (a line with a score) and table_clubs (a results table): a city that
 * plays, beats or signs someone is the club ("Leeds signed Brazilian
 * striker Raphinha", "Sevilla beat Real Betis"): a city or place then a
 * club verb then a capitalised word.  "Paris played a role", "Paris won
 * the bid" stay places (the word after is in lower case; "won" is no club
 * verb).  Countries stay places (national teams are). */
static void
club_verbs(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t k, q;
	unsigned g;

	(void)add;	/* it changes names, finds none */

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t b = x->b;

		if ((x->type != ENT_LOCATION && x->type != ENT_PERSON) ||
		    b + 1 >= st->n || !tok_class(st, b, WC_CLUB_VERB) ||
		    !(st->tok[b + 1].shape & SH_UPPER) ||
		    (st->gaz[b + 1] & GAZ_COMMON))
			continue;
		g = phrase_gaz(st, x->a, b);
		if (!(g & (GAZ_CITY | GAZ_PLACE)) || (g & GAZ_COUNTRY))
			continue;
		x->type = ENT_ORGANIZATION;
		/* and the place it plays: "Liverpool play Everton" (a
		 * person stays one: "Leeds signed Smith") */
		for (q = from; q < m->n; q++) {
			struct mention *y = &m->v[q];

			if (y->a != b + 1 || (y->type != ENT_LOCATION &&
			    y->type != ENT_PERSON))
				continue;
			g = phrase_gaz(st, y->a, y->b);
			if ((y->type == ENT_LOCATION ||
			    (g & (GAZ_CITY | GAZ_PLACE))) && !(g & GAZ_COUNTRY))
				y->type = ENT_ORGANIZATION;
		}
	}
}

/* The passes, in order.  Each has one job and the same contract: it
 * visits the names m->v[from..m->n) as they stand when it starts, may
 * change one in place (its words; its type, -1 to drop it), and puts the
 * names it finds anew in `add`, which joins m when the pass is over: no
 * pass sees its own additions, and nothing moves m under it. */
typedef void pass_fn(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add);

static pass_fn *const passes[] = {
	split_and,	/* "Uber and Snapchat": two names */
	join_clubs,	/* "Manchester United", "Real Madrid": one */
	title_phrases,	/* "Secretary of State" no name; a title, then a
			 * person inside an organisation's name */
	trim_edges,	/* "the", titles, greetings, signs off the edges */
	drop_non_names,	/* demonyms, letters, abbreviations, events */
	retype,		/* countries, places, organisations by form */
	match_clubs,	/* cities as clubs in a match report */
	table_clubs,	/* cities as clubs in a results table */
	club_verbs,	/* a city that plays, beats or signs is a club */
	initials,	/* "(DRC)" the type of the name before it */
	company_evidence,	/* "(NYSE: X)", ", the X-based maker of" */
	org_tails,	/* "Samsung" + "Electronics" */
	corp_forms,	/* "Google, Inc." whole */
	known_orgs,	/* "World Trade Organization" from the gazetteer */
};

void
post_rules(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add)
{
	size_t p, k;

	for (p = 0; p < sizeof passes / sizeof passes[0]; p++) {
		add->n = 0;
		passes[p](st, m, from, add);
		for (k = 0; k < add->n; k++)
			mentions_add(m, add->v[k].a, add->v[k].b,
			    add->v[k].type);
	}
}
