/* abbrev.h: the word lists split-sentences decides with (abbreviations,
 * sentence starters, prepositions), one set per language, compiled in
 * from data/LANG.txt and extendable from a file of the same format. */
#ifndef SPLIT_ABBREV_H
#define SPLIT_ABBREV_H

#include <stddef.h>
#include <stdint.h>

/* what a word is; one word may be several (flags) */
enum {
	AB_NONFINAL = 1 << 0,	/* never ends a sentence: Mr. e.g. */
	AB_NUMBER = 1 << 1,	/* stands before a number: No. 5, p. 55 */
	AB_FINAL = 1 << 2,	/* often ends a sentence: etc. a.m. */
	AB_PLAIN = 1 << 3,	/* other abbreviations: Inc. U.S. */
	AB_STARTER = 1 << 4,	/* a frequent first word of a sentence */
	AB_PREP = 1 << 5,	/* a preposition */
	AB_SPEECH = 1 << 6,	/* a verb of saying: said, asked */
	AB_DATE = 1 << 7,	/* follows a time of day: Tuesday, EST */
	AB_LABEL = 1 << 8	/* numbers a caption: Figure 1.5 */
};
#define AB_ABBREV (AB_NONFINAL | AB_NUMBER | AB_FINAL | AB_PLAIN)

/* rules a language turns on in its [setting] section */
enum {
	/* a number of one to three digits with a period is an ordinal
	 * ("am 3. Oktober", "Der 1. FC"): it ends a sentence only before
	 * a sentence starter */
	AB_SET_ORDINAL = 1 << 0
};

/* characters a language adds to . ! ? in its [terminator] section */
#define AB_MAX_TERMS 8

struct abbrev_entry {
	uint32_t hash;
	uint32_t len;		/* 0: empty slot */
	size_t key;		/* offset of the key in keys */
	unsigned flags;
};

struct abbrev_table {
	struct abbrev_entry *slots;
	size_t cap, n;		/* cap is a power of two */
	size_t maxlen;		/* of the longest key: longer words miss */
	char *keys;
	size_t keys_len, keys_cap;
	unsigned settings;	/* AB_SET_* */
	int32_t terms[AB_MAX_TERMS];
	size_t nterms;
};

/* the compiled-in lists (generated from data/ by gen-abbrev.sh) */
struct abbrev_builtin {
	const char *lang;
	const char *data;
	size_t len;
};
extern const struct abbrev_builtin abbrev_builtin[];

void abbrev_init(struct abbrev_table *t);
void abbrev_free(struct abbrev_table *t);

/*
 * Add the words of a list in the data/ format: "[class]" lines start a
 * section (nonfinal, number, final, plain, starter, prep, speech, date,
 * label),
 * other lines are
 * words; '#' starts a comment line.  Words before any section are plain.
 * Two sections hold no words: [setting] names rules (ordinal) and
 * [terminator] holds one character a line that ends sentences too.
 * Returns 0, or the 1-based number of the first bad line (an unknown
 * class, setting or terminator).
 */
int abbrev_load(struct abbrev_table *t, const char *s, size_t n);

/* the compiled-in list of lang, or NULL */
const struct abbrev_builtin *abbrev_find_lang(const char *lang);

/* the flags of word s[0..n), compared without case (Unicode's simple
 * lowercase); 0 if absent */
unsigned abbrev_lookup(const struct abbrev_table *t, const char *s, size_t n);

#endif
