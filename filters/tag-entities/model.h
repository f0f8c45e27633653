/* model.h: the name model's weights and how they are stored.
 *
 * File format (native byte order; the trainer and the tagger run on the
 * same machine, and the built-in copy is compiled for it).  Rows are
 * sparse: most features have weights for two or three labels only.
 *   "CDNER02\n"
 *   uint32 nlabels (= NLABELS), uint32 nfeat, uint32 nnz, float scale
 *   float trans[NLABELS][NLABELS]
 *   uint32 key[nfeat]          (sorted; a feature hash's top 32 bits)
 *   uint8 count[nfeat]         (weights of each feature)
 *   uint8 label[nnz]
 *   int16 weight[nnz]          (weight = value / scale)
 */
#ifndef TAG_ENTITIES_MODEL_H
#define TAG_ENTITIES_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "feat.h"

#define MODEL_MAGIC "CDNER02\n"

/* the index: open addressing over entries that each hold a key and its
 * row, two to a cache line, so that a feature costs one line.  Rows
 * hold the weights of the 12 labels other than O, less the weight of O
 * (scores then differ from the full ones by the same amount for every
 * label of a token, which changes no decision and saves a column). */
struct model_entry {
	int16_t w[NLABELS - 1];
	uint32_t key;		/* 0 = empty (a key of 0 is stored as 1) */
	uint32_t pad;
};

struct model {
	uint32_t nfeat;
	float scale;
	float trans[NLABELS * NLABELS];
	struct model_entry *ent;
	size_t mask;
};

static inline uint32_t
model_key(uint64_t f)
{
	uint32_t k = (uint32_t)(f >> 32);

	return k ? k : 1;
}

/* the entry a feature's search starts at (to prefetch) */
#define MODEL_SLOT0(m, f) (&(m)->ent[model_key(f) & (m)->mask])

/* parse a model image; 0 on success, -1 if it is not one */
int model_load(struct model *m, const unsigned char *p, size_t n);
void model_free(struct model *m);
/* the row of a feature (NLABELS - 1 weights), or NULL */
const int16_t *model_find(const struct model *m, uint64_t feature);

/* the built-in model: model.bin as a C array (model-data.c in the build
 * folder, made by gen-model.sh) */
extern const unsigned char te_model_blob[];
extern const size_t te_model_blob_len;
/* the Portuguese one (model-pt.bin, model-pt-data.c) */
extern const unsigned char te_model_pt_blob[];
extern const size_t te_model_pt_blob_len;

#endif
