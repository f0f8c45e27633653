/* feat.h: the hashed sparse features of the name model, shared by the
 * tagger and the trainer so that both see exactly the same thing.
 *
 * Labels are BILOU over PERSON, ORGANIZATION, LOCATION: 0 is O, then for
 * type k (0..2) B, I, L, U are 1 + 4k + 0..3.
 *
 * Only "live" tokens are scored: capitalised words, words without case,
 * and the lower-case connectors and numbers that sit between or after
 * them ("Bank of China", "Apollo 11").  Every other token is O by
 * construction; this is what makes the tagger fast, and the trainer
 * applies the same rule.  Liveness depends on the words only, never on
 * tags already present, so a second run sees the same segments; tokens
 * already tagged are forced to their labels (see names-model.c).
 */
#ifndef TAG_ENTITIES_FEATURES_H
#define TAG_ENTITIES_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "sent.h"

#define NLABELS 13
#define NTYPES_NAME 3
/* at most 19 fixed templates, 14 gazetteer bits for each of three words
 * and 8 more: 69; FEATS_WIDE adds 6 */
#define FEAT_MAX 80

/* feature sets (struct sent's feats): a language's model is trained with
 * one and must be tagged with it */
enum {
	FEATS_EN,	/* the English model's */
	/* and more context and longer suffixes, for a language where
	 * capitals say less (German capitalises every noun; "-ministerium",
	 * "-verband", "-ung") */
	FEATS_WIDE
};

/* the entity type of name type k (0..2) */
extern const int name_types[NTYPES_NAME];

struct feat_work {
	uint64_t *lower, *exact, *shape, *p2, *p3, *s2, *s3, *s4;
	uint8_t *live, *phrase, *start;
	size_t cap;
};

void feat_free(struct feat_work *w);
/* per-token hashes and live flags of a line */
void feat_prepare(struct feat_work *w, const struct sent *st);
/* the features of live token i; returns their number */
size_t feat_token(const struct feat_work *w, const struct sent *st, size_t i,
    uint64_t *out);

/* ---- decoding ---- */

/* whether label b may follow label a (0 = O stands before the start and
 * after the end of a segment) */
int label_allowed(int a, int b);
int label_table_ok(void);
int label_preds_ok(void);
/* best labels of n tokens from emit[n][NLABELS] and trans[NLABELS][NLABELS]
 * into out; back is scratch of n * NLABELS bytes, delta of 2 * NLABELS */
void viterbi(const float *emit, size_t n, const float *trans, uint8_t *out,
    uint8_t *back);
/* force[i] >= 0 pins token i to that label: emission 0 there, -inf
 * elsewhere */
void force_labels(float *emit, const int8_t *force, size_t n);
/* label -> type k (0..2) and position 'B','I','L','U'; O is -1 */
int label_type(int label);
int label_pos(int label);

#endif
