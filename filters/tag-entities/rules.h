/* rules.h: DATE, TIME, MONEY and PERCENT by rule, over tokens. */
#ifndef TAG_ENTITIES_RULES_H
#define TAG_ENTITIES_RULES_H

#include "gazetteer.h"
#include "sent.h"

/* the words the rules of one language know (each list NULL-terminated,
 * in lower case, possibly empty).  What is written with signs and
 * digits (currency signs and codes, %, clock times, ISO and slashed
 * dates) needs no words and is tagged in every language. */
struct rule_words {
	const char *const *months;
	const char *const *ambiguous_months;	/* need a number beside */
	const char *const *weekdays;
	const char *const *weekday_abbrevs;	/* need another weekday */
	const char *const *relative;		/* "next" week */
	const char *const *periods;		/* next "week" */
	const char *const *units;		/* four "days" */
	const char *const *time_units;		/* three "hours" */
	const char *const *day_words;		/* "today" */
	const char *const *time_words;		/* "noon" */
	const char *const *day_parts;		/* Monday "morning" */
	const char *const *ampm;		/* 7 "p.m." */
	const char *const *zones;		/* 14:00 "GMT" */
	const char *const *number_words;	/* "four" days */
	const char *const *scales;		/* 5 "billion" */
	const char *const *currency_words;	/* 300 "yuan" */
	const char *const *percent_words;	/* 5 "percent" */
	const char *const *year_preps;		/* "in" 2015 */
	const char *const *ago_words;		/* four days "ago" */
	const char *const *day_part_heads;	/* "this" morning */
	const char *const *decade_suffixes;	/* 1990"s" */
	const char *const *percent_pairs;	/* "per", "cent", ... */
};

extern const struct rule_words rule_words_en;
/* no words: what holds in any language */
extern const struct rule_words rule_words_none;

/* append the dates, times, sums and percentages of a line (in the words
 * of st->words) to out */
void rules_tag(const struct sent *st, struct mentions *out);
/* whether a language's rule words are in lower case and those that may
 * start a rule carry GAZ_RULE (for the unit tests) */
int rules_words_ok(const struct gazetteer *g, const struct rule_words *rw);

#endif
