/* gazetteer.h: the word lists tag-entities knows, compiled in.
 *
 * The table (gazetteer-data.c, made by gen-gazetteer.sh) maps phrases,
 * ASCII-folded to lower case with words joined by one space, to GAZ_* bits.
 */
#ifndef TAG_ENTITIES_GAZETTEER_H
#define TAG_ENTITIES_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum {
	GAZ_COUNTRY = 1 << 0,	/* iso-codes 3166-1 and common spellings */
	GAZ_SUBDIV = 1 << 1,	/* iso-codes 3166-2 */
	GAZ_CITY = 1 << 2,	/* GeoNames cities15000 */
	GAZ_PLACE = 1 << 3,	/* continents, regions, seas */
	GAZ_FIRST = 1 << 4,	/* US SSA first names, world-names.txt */
	GAZ_TITLE = 1 << 5,	/* titles and honorifics */
	GAZ_ORGSUFFIX = 1 << 6,	/* Inc, Ministry, University ... last word */
	GAZ_ORGHEAD = 1 << 7,	/* Ministry, University ... first word */
	GAZ_DEMONYM = 1 << 8,	/* Chinese, Iraqi */
	GAZ_COMMON = 1 << 9,	/* The, However: capitalised, not names */
	GAZ_CURCODE = 1 << 10,	/* iso-codes 4217 USD, EUR */
	GAZ_PREFIX = 1 << 11,	/* a longer phrase starts with this */
	GAZ_ORG = 1 << 12,	/* well-known organisations */
	GAZ_RULE = 1 << 13,	/* may start a date, time, sum, percentage */
	GAZ_LOWER = 1 << 14	/* a word running text writes in lower case
				 * (lower-words.txt, dict-words.txt) */
};

#define GAZ_LOCATION (GAZ_COUNTRY | GAZ_SUBDIV | GAZ_CITY | GAZ_PLACE)

/* keys are offsets into gaz_keys: no pointers, so no relocations to
 * apply at start-up */
struct gaz_entry {
	uint32_t key, len;
	unsigned flags;
};

extern const char gaz_keys[];
extern const struct gaz_entry gaz_table[];
extern const size_t gaz_table_len;
/* the most words a phrase of the table has: a longer one is unknown */
extern const size_t gaz_max_words;

/* an open-addressing index over gaz_table, built at start-up */
struct gaz_slot {
	uint32_t hash;
	uint32_t key;		/* offset in gaz_keys */
	uint16_t len;		/* 0 = empty */
	uint16_t flags;		/* the entry's bits: no second lookup */
};

struct gazetteer {
	struct gaz_slot *slot;
	size_t mask;
	/* the few words of GAZ_RULE alone: a small table that stays in
	 * cache, for the many lower-case words far from any name */
	struct gaz_slot small[512];
};

void gaz_open(struct gazetteer *g);
void gaz_close(struct gazetteer *g);
/* whether every entry fits the slots (for the unit tests) */
int gaz_ok(void);
/* the bits of key[0..n), already folded; 0 if unknown */
unsigned gaz_lookup(const struct gazetteer *g, const char *key, size_t n);
/* the same with gaz_hash(key, n) given */
unsigned gaz_lookup_hash(const struct gazetteer *g, const char *key, size_t n,
    uint32_t h);
/* the same for the GAZ_RULE words only */
unsigned gaz_lookup_rule_hash(const struct gazetteer *g, const char *key,
    size_t n, uint32_t h);
/* the hash of the index (FNV-1a), whole or a byte at a time from
 * GAZ_HASH_START, for a caller that hashes a key as it makes it */
uint32_t gaz_hash(const char *s, size_t n);
#define GAZ_HASH_START 2166136261u
static inline uint32_t
gaz_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

#endif
