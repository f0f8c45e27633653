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

struct model {
	uint32_t nfeat;
	float scale;
	float trans[NLABELS * NLABELS];
	uint32_t *key;
	uint32_t *start;	/* nfeat + 1: each feature's first weight */
	uint8_t *label;
	int16_t *weight;
	uint32_t *slot;		/* index over key: row + 1, 0 = empty */
	size_t mask;
};

/* parse a model image; 0 on success, -1 if it is not one */
int model_load(struct model *m, const unsigned char *p, size_t n);
void model_free(struct model *m);
/* the index of a feature, or -1 */
long model_find(const struct model *m, uint64_t feature);

/* the built-in model (model-data.c, made by gen-model.sh) */
extern const unsigned char te_model_blob[];
extern const size_t te_model_blob_len;

#endif
