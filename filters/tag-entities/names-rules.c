/* names-rules.c: the first PERSON/ORGANIZATION/LOCATION tagger, from
 * capitalisation and the gazetteers.  It sits behind names.h so that a
 * learned model can replace it. */
#include <stdlib.h>

#include "err.h"
#include "names.h"
#include "stream.h"
#include "xalloc.h"

struct names {
	int dummy;
};

struct names_work {
	int dummy;
};

/* lower-case words that may sit inside a name between capitalised ones */
static const char *const connectors[] = {
	"of", "and", "for", "the", "de", "del", "della", "der", "den", "van",
	"von", "da", "di", "du", "la", "le", "al", "bin", "ibn", "&", "on",
	NULL
};
static const char *const said[] = {
	"said", "says", "told", "added", "wrote", "asked", NULL
};
static const char *const place_preps[] = {
	"in", "at", "from", "to", "near", NULL
};

struct names *
names_open(const char *path)
{
	if (path)
		die("%s: this build has no learned model", path);
	return xcalloc(1, sizeof(struct names));
}

void
names_close(struct names *m)
{
	free(m);
}

struct names_work *
names_work_new(const struct names *m)
{
	(void)m;
	return xcalloc(1, sizeof(struct names_work));
}

void
names_work_free(struct names_work *w)
{
	free(w);
}

static int
capitalised(const struct sent *st, size_t i)
{
	uint16_t sh = st->tok[i].shape;

	if (st->used[i] || (sh & SH_PUNCT))
		return 0;
	if (st->allcaps)
		return (sh & SH_UPPER) != 0;
	return (sh & SH_UPPER) != 0;
}

/* the sentence starts at token i: first token, or after . ! ? or a quote */
static int
sentence_start(const struct sent *st, size_t i)
{
	size_t j = i;

	while (j > 0 && (st->tok[j - 1].shape & SH_PUNCT) &&
	    !tok_is(st, j - 1, ".") && !tok_is(st, j - 1, "!") &&
	    !tok_is(st, j - 1, "?") && !tok_is(st, j - 1, ":"))
		j--;
	return j == 0 || tok_is(st, j - 1, ".") || tok_is(st, j - 1, "!") ||
	    tok_is(st, j - 1, "?") || tok_is(st, j - 1, ":");
}

static int
classify(const struct sent *st, size_t a, size_t b, int titled)
{
	unsigned whole = phrase_gaz(st, a, b);
	size_t i;
	int connector = 0;

	for (i = a; i < b; i++)
		if (!(st->tok[i].shape & SH_UPPER))
			connector = 1;
	if (b - a >= 2 && ((st->gaz[b - 1] & GAZ_ORGSUFFIX) ||
	    (st->gaz[a] & GAZ_ORGHEAD)))
		return ENT_ORGANIZATION;
	/* a short acronym is an organisation unless it is a country:
	 * "UN" is not the city of Un */
	if (b - a == 1 && (st->tok[a].shape & SH_ALLCAPS) && !st->allcaps &&
	    TOK_N(st, a) <= 4 && !(whole & GAZ_COUNTRY))
		return ENT_ORGANIZATION;
	if (whole & GAZ_LOCATION)
		return ENT_LOCATION;
	if (titled)
		return ENT_PERSON;
	if (b - a == 1) {
		if (st->gaz[a] & (GAZ_DEMONYM | GAZ_COMMON | GAZ_TITLE))
			return -1;
		if ((st->tok[a].shape & SH_ALLCAPS) && !st->allcaps &&
		    TOK_N(st, a) >= 2 && TOK_N(st, a) <= 6)
			return ENT_ORGANIZATION;
		if (b < st->n && tok_in(st, b, said))
			return ENT_PERSON;
		if (a > 0 && tok_in(st, a - 1, place_preps) &&
		    !sentence_start(st, a))
			return ENT_LOCATION;
		return -1;
	}
	if (connector)
		return ENT_ORGANIZATION;
	if (st->gaz[a] & GAZ_FIRST)
		return ENT_PERSON;
	if (b - a <= 3)
		return ENT_PERSON;
	return ENT_ORGANIZATION;
}

void
names_tag(const struct names *m, struct names_work *w, const struct sent *st,
    struct mentions *out)
{
	size_t i, j, a, b;
	int titled, type;

	(void)m;
	(void)w;
	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (!capitalised(st, i))
			continue;
		/* the run of capitalised words and connectors */
		for (b = i + 1; b < st->n; b++) {
			if (capitalised(st, b))
				continue;
			if (b + 1 < st->n && !st->used[b] &&
			    (st->tok[b].shape & SH_LOWER) &&
			    tok_in(st, b, connectors) && capitalised(st, b + 1))
				continue;
			break;
		}
		j = b;
		a = i;
		titled = 0;
		/* leading common words and titles are not part of it */
		while (a < b && ((st->gaz[a] & GAZ_TITLE) ||
		    ((st->gaz[a] & GAZ_COMMON) && !(st->gaz[a] & GAZ_FIRST)) ||
		    (sentence_start(st, a) && (st->gaz[a] & GAZ_COMMON)) ||
		    (st->gaz[a] & GAZ_DEMONYM && b - a > 1 &&
		    !(phrase_gaz(st, a, b) & GAZ_LOCATION) &&
		    !(st->gaz[b - 1] & GAZ_ORGSUFFIX)) ||
		    !(st->tok[a].shape & SH_UPPER))) {
			if (st->gaz[a] & GAZ_TITLE)
				titled = 1;
			a++;
		}
		while (b > a && !(st->tok[b - 1].shape & SH_UPPER))
			b--;
		if (a == b)
			continue;
		/* a lone capitalised word opening a sentence is too weak */
		if (b - a == 1 && sentence_start(st, a) && !titled &&
		    !(st->gaz[a] & GAZ_LOCATION))
			continue;
		type = classify(st, a, b, titled);
		if (type >= 0)
			mentions_add(out, a, b, type);
	}
}
