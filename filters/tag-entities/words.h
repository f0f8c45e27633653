/* words.h: the word classes of a language, from data/LANG-words.txt and
 * data/signs.txt (gen-words.sh makes the table into build/gen/).
 *
 * The rules and the post-rule passes ask "is this word a month, a title,
 * a company form?" of a language's table, never of a list in C: a
 * language is its data.  A class is a bit; the data names it in lower
 * case with '-' ("[ambiguous-month]" is WC_AMBIGUOUS_MONTH).
 */
#ifndef TAG_ENTITIES_WORDS_H
#define TAG_ENTITIES_WORDS_H

#include <stddef.h>
#include <stdint.h>

enum {
	/* the rules: dates, times, sums, percentages */
	WC_MONTH = 0,
	WC_AMBIGUOUS_MONTH,
	WC_WEEKDAY,
	WC_WEEKDAY_ABBREV,
	WC_WEEKDAY_JOIN,
	WC_RELATIVE,
	WC_PERIOD,
	WC_UNIT,
	WC_TIME_UNIT,
	WC_DAY_WORD,
	WC_TIME_WORD,
	WC_DAY_PART,
	WC_DAY_PART_HEAD,
	WC_AMPM,
	WC_ZONE,
	WC_NUMBER_WORD,
	WC_SCALE,
	WC_CURRENCY_WORD,
	WC_CURRENCY_SIGN,
	WC_DOLLAR_PREFIX,
	WC_PERCENT_WORD,
	WC_PER,
	WC_CENT,
	WC_PERCENTAGE,
	WC_POINTS,
	WC_ORDINAL_SUFFIX,
	WC_YEAR_PREP,
	WC_AGO,
	WC_DECADE_SUFFIX,
	/* the rules' classes that English has no words for (German,
	 * Portuguese, Spanish, French: data/de-words.txt, pt-words.txt,
	 * es-words.txt, fr-words.txt; Spanish and French needed no class
	 * of their own, see doc/tag-entities.md) */
	WC_LOWER_MONTH,
	WC_MONTH_PREP,
	WC_DATE_HEAD,
	WC_DATE_DOT,
	WC_NUMBER_LINK,
	WC_NAME_WEEKDAY,
	WC_RELATIVE_AFTER,
	WC_CLOCK_WORD,
	WC_HOUR_MARK,
	WC_CURRENCY_FIRST,
	WC_AGO_BEFORE,
	WC_DECADE_NOUN,
	WC_DECADE_HEAD,
	WC_NUMBER_AND,
	/* the post-rule passes over names */
	WC_HONORIFIC,
	WC_GREETING,
	WC_PLACE_WORD,
	WC_COMPASS,
	WC_CORP_ABBREV,
	WC_NOT_NAME,
	WC_MISC_WORD,
	WC_CLUB_HEAD,
	WC_MATCH_VERB,
	WC_MATCH_LINK,
	WC_CLUB_VERB,
	WC_STOCK_EXCHANGE,
	WC_COMPANY_NOUN,
	WC_COMPANY_LINK,
	WC_TRADE_NOUN,
	WC_ARTICLE,
	WC_NAME_LINK,
	WC_AND,
	/* the name model's features */
	WC_CONNECTOR,
	WC_NCLASSES
};

#define WC(c) ((uint64_t)1 << (c))
/* no class: a token whose classes were not looked up yet */
#define WC_UNASKED WC(63)
_Static_assert(WC_NCLASSES < 63, "word classes fit in 63 bits");

/* the classes whose words may start a rule: gen-gazetteer.sh marks
 * their English words GAZ_RULE, so that rules.c looks no further at other
 * words of an English line.  Only English's: GAZ_RULE is a feature of
 * every name model, which were trained with English's words alone. */
#define WC_STARTS (WC(WC_MONTH) | WC(WC_WEEKDAY) | WC(WC_WEEKDAY_ABBREV) | \
	WC(WC_RELATIVE) | WC(WC_DAY_WORD) | WC(WC_TIME_WORD) | \
	WC(WC_NUMBER_WORD) | WC(WC_DAY_PART_HEAD) | WC(WC_DOLLAR_PREFIX))
/* the classes whose words may start a rule in any language: rules.c asks
 * the line's own table of a word (the table's gaz_rule spares English
 * the lookups).  The classes beyond WC_STARTS have no English word that
 * starts a rule ("week" of WC_PERIOD starts only "ano passado", with
 * WC_RELATIVE_AFTER); an English word there would need WC_STARTS, so
 * GAZ_RULE, so retrained models. */
#define WC_OPENERS (WC_STARTS | WC(WC_DATE_HEAD) | WC(WC_PERIOD) | \
	WC(WC_CURRENCY_FIRST) | WC(WC_AGO_BEFORE) | WC(WC_DECADE_HEAD))

/* a word and its classes; keys are offsets into the table's text */
struct word_entry {
	uint32_t key, len;
	uint64_t classes;
};

/* the words of one language (and the signs), sorted bytewise */
struct word_table {
	const char *text;
	const struct word_entry *v;
	/* open addressing over v by word_hash (words.c; gen-words.sh
	 * computes the same): v's index + 1, 0 = empty */
	const uint16_t *index;
	size_t mask;		/* the index's size - 1 */
	size_t n;
	size_t maxlen;		/* the longest word, in bytes */
	int gaz_rule;		/* the gazetteer marks this language's words
				 * that start a rule GAZ_RULE (English's,
				 * see WC_STARTS): rules.c need not ask the
				 * table of a word without it */
};

extern const struct word_table words_en;
extern const struct word_table words_pt;
extern const struct word_table words_de;
extern const struct word_table words_es;
extern const struct word_table words_fr;
/* the signs alone: a language whose words we do not have */
extern const struct word_table words_none;

/* the classes of s[0..n), ASCII case ignored; 0 if none */
uint64_t word_classes(const struct word_table *t, const char *s, size_t n);

#endif
