/* te-train: train the name model of tag-entities (see `make model`).
 *
 *   te-train [-c cutoff] [-e epochs] [-l lower] [-p prune] [-r runs]
 *       [-s seed] -o model.bin file...
 *
 * Each input line is one sentence in the stream format with inline
 * PERSON, ORGANIZATION and LOCATION tags (the gold).  An averaged
 * structured perceptron (Collins 2002) over BILOU labels learns the weights
 * of the hashed features of feat.c; decoding is Viterbi, as in the
 * tagger.  Some sentences are added again in capitals and in title case so
 * that headlines keep their names, and one in `lower` in lower case, as
 * web text writes (0: none).  `runs` trainings over different orders of
 * the sentences (from `seed`) are averaged.  Everything is deterministic:
 * the same data and options give the same bytes.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "feat.h"
#include "model.h"
#include "stream.h"
#include "tagger.h"
#include "xalloc.h"

/* a segment of live tokens: its features and gold labels */
struct seg {
	size_t tok;		/* first token in the tables below */
	size_t n;
};

struct data {
	uint8_t *forced;	/* per token: O by rule */
	uint64_t *feat;		/* all features */
	size_t nfeat, capfeat;
	size_t *fstart;		/* per token: first feature; +1 entry */
	uint8_t *gold;
	size_t ntok, captok;
	struct seg *seg;
	size_t nseg, capseg;
};

/* the weights while training: w and the averaging sum u */
struct row {
	double w[NLABELS], u[NLABELS];
	double s[NLABELS];	/* the sum of the runs' averaged weights */
};

struct table {
	uint64_t *key;
	uint32_t *idx;		/* row + 1 */
	size_t mask, n;
	struct row *row;
	size_t caprow;
};

static uint32_t
table_find(struct table *t, uint64_t k, int add)
{
	size_t j = (size_t)(k ^ (k >> 29)) & t->mask;

	while (t->idx[j]) {
		if (t->key[j] == k)
			return t->idx[j];
		j = (j + 1) & t->mask;
	}
	if (!add)
		return 0;
	if (t->n == t->caprow) {
		t->caprow = t->caprow ? 2 * t->caprow : 1 << 16;
		t->row = xreallocarray(t->row, t->caprow, sizeof *t->row);
	}
	memset(&t->row[t->n], 0, sizeof t->row[t->n]);
	t->key[j] = k;
	t->idx[j] = (uint32_t)++t->n;
	if (2 * t->n > t->mask) {
		/* grow and reinsert */
		size_t size = 2 * (t->mask + 1), i, m;
		uint64_t *key = xcalloc(size, sizeof *key);
		uint32_t *idx = xcalloc(size, sizeof *idx);
		uint32_t r = t->idx[j];

		for (i = 0; i <= t->mask; i++) {
			if (!t->idx[i])
				continue;
			m = (size_t)(t->key[i] ^ (t->key[i] >> 29)) &
			    (size - 1);
			while (idx[m])
				m = (m + 1) & (size - 1);
			key[m] = t->key[i];
			idx[m] = t->idx[i];
		}
		free(t->key);
		free(t->idx);
		t->key = key;
		t->idx = idx;
		t->mask = size - 1;
		return r;
	}
	return t->idx[j];
}

static void
add_token(struct data *d, const uint64_t *f, size_t nf, int gold, int forced)
{
	if (d->ntok + 2 > d->captok) {
		d->captok = d->captok ? 2 * d->captok : 1 << 16;
		d->fstart = xreallocarray(d->fstart, d->captok,
		    sizeof *d->fstart);
		d->gold = xreallocarray(d->gold, d->captok, 1);
		d->forced = xreallocarray(d->forced, d->captok, 1);
	}
	if (d->nfeat + nf > d->capfeat) {
		d->capfeat = d->capfeat ? 2 * d->capfeat : 1 << 20;
		d->feat = xreallocarray(d->feat, d->capfeat, sizeof *d->feat);
	}
	if (d->ntok == 0)
		d->fstart[0] = 0;
	memcpy(d->feat + d->nfeat, f, nf * sizeof *f);
	d->nfeat += nf;
	d->gold[d->ntok] = (uint8_t)gold;
	d->forced[d->ntok] = (uint8_t)forced;
	d->fstart[++d->ntok] = d->nfeat;
}

static void
data_free(struct data *d)
{
	free(d->forced);
	free(d->feat);
	free(d->fstart);
	free(d->gold);
	free(d->seg);
}

static void
add_seg(struct data *d, size_t tok, size_t n)
{
	if (d->nseg == d->capseg) {
		d->capseg = d->capseg ? 2 * d->capseg : 1 << 14;
		d->seg = xreallocarray(d->seg, d->capseg, sizeof *d->seg);
	}
	d->seg[d->nseg].tok = tok;
	d->seg[d->nseg].n = n;
	d->nseg++;
}

/* one sentence: tokens, rules, live segments, gold BILOU labels */
static void
add_sentence(struct data *d, struct tagger *t, struct feat_work *fw,
    const char *s, size_t n)
{
	struct sent *st = &t->st;
	uint64_t f[FEAT_MAX];
	int *span = NULL;
	size_t i, j, k, sp;

	tagger_prepare(t, s, n);
	/* the gold tags are not fixed for training: free their tokens
	 * (the others the tagger leaves alone stay so: addresses) */
	for (i = 0; i < t->tok.n; i++)
		if (t->span_of[i] >= 0)
			t->used[i] = 0;
	t->ment.n = 0;
	rules_tag(st, &t->ment);
	feat_prepare(fw, st);

	span = xreallocarray(NULL, st->n ? st->n : 1, sizeof *span);
	for (i = 0; i < st->n; i++) {
		span[i] = -1;
		for (sp = 0; sp < t->nspans; sp++)
			if (st->tok[i].start >= t->spans[sp].start &&
			    st->tok[i].end <= t->spans[sp].end) {
				span[i] = (int)sp;
				break;
			}
		if (!fw->live[i] || st->used[i])
			span[i] = -1;
	}
	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (!fw->live[i])
			continue;
		for (j = i; j < st->n && fw->live[j]; j++)
			;
		add_seg(d, d->ntok, j - i);
		for (k = i; k < j; k++) {
			int lab = 0, sid = span[k];

			if (sid >= 0) {
				int first = k == i || span[k - 1] != sid;
				int last = k + 1 == j || span[k + 1] != sid;
				int type = t->spans[sid].type;
				int ty = type == ENT_PERSON ? 0 :
				    type == ENT_ORGANIZATION ? 1 :
				    type == ENT_LOCATION ? 2 : -1;

				if (ty >= 0)
					lab = 1 + 4 * ty + (first && last ? 3 :
					    first ? 0 : last ? 2 : 1);
			}
			add_token(d, f, feat_token(fw, st, k, f), lab,
			    st->used[k]);
		}
	}
	free(span);
}

static const char *const small_words[] = {
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
	"by", "with", "as", "from", NULL
};

/* the line in title case (small words kept), tags untouched */
/* copy the tag that opens at s[i] (to its '>', or to the end) into b;
 * the index after it */
static size_t
copy_tag(struct buf *b, const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && s[j] != '>')
		j++;
	if (j < n)
		j++;
	buf_add(b, s + i, j - i);
	return j;
}

static void
title_case(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, w;

	buf_clear(b);
	while (i < n) {
		if (s[i] == ' ') {
			buf_addc(b, s[i++]);
			continue;
		}
		/* skip tags at the start of the word */
		while (i < n && s[i] == '<')
			i = copy_tag(b, s, n, i);
		for (w = i; w < n && s[w] != ' ' && s[w] != '<'; w++)
			;
		{
			int small = 0;
			const char *const *p;

			for (p = small_words; *p; p++)
				if (strlen(*p) == w - i &&
				    memcmp(*p, s + i, w - i) == 0)
					small = 1;
			if (i < n && !small && s[i] >= 'a' && s[i] <= 'z') {
				buf_addc(b, (char)(s[i] - 32));
				i++;
			}
		}
		while (i < n && s[i] != ' ') {
			/* a tag inside the word goes as it is */
			if (s[i] == '<')
				i = copy_tag(b, s, n, i);
			else
				buf_addc(b, s[i++]);
		}
	}
}

static void
all_caps(struct buf *b, const char *s, size_t n)
{
	size_t i;

	buf_clear(b);
	for (i = 0; i < n; i++)
		buf_addc(b, s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) :
		    s[i]);
}

/* the line in lower case, tags untouched: web text writes names so */
static void
lower_case(struct buf *b, const char *s, size_t n)
{
	size_t i;
	int in_tag = 0;

	buf_clear(b);
	for (i = 0; i < n; i++) {
		if (s[i] == '<')
			in_tag = 1;
		buf_addc(b, !in_tag && s[i] >= 'A' && s[i] <= 'Z' ?
		    (char)(s[i] + 32) : s[i]);
		if (s[i] == '>')
			in_tag = 0;
	}
}

static void
read_data(struct data *d, const char *path, unsigned lower_every,
    const struct lang *lang)
{
	FILE *fp = fopen(path, "r");
	struct tagger t;
	struct feat_work fw;
	struct buf aug = BUF_INIT;
	char *line = NULL;
	size_t cap = 0, k = 0;
	ssize_t n;

	if (!fp)
		die("%s:", path);
	tagger_open(&t, NULL, NULL, 0, 0);
	/* the language's word classes and features, as the tagger will */
	tagger_doc(&t, lang);
	memset(&fw, 0, sizeof fw);
	while ((n = getline(&line, &cap, fp)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		add_sentence(d, &t, &fw, line, (size_t)n);
		/* headlines: some sentences again in capitals, some in
		 * title case */
		if (k % 20 == 7) {
			all_caps(&aug, line, (size_t)n);
			add_sentence(d, &t, &fw, aug.data, aug.len);
		} else if (k % 20 == 13) {
			title_case(&aug, line, (size_t)n);
			add_sentence(d, &t, &fw, aug.data, aug.len);
		}
		/* web text: some in lower case */
		if (lower_every && k % lower_every == 1 % lower_every) {
			lower_case(&aug, line, (size_t)n);
			add_sentence(d, &t, &fw, aug.data, aug.len);
		}
		k++;
	}
	if (ferror(fp))
		die("%s:", path);
	fclose(fp);
	free(line);
	buf_free(&aug);
	feat_free(&fw);
	tagger_close(&t);
}

static uint64_t
next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void
update(struct table *tab, struct data *d, size_t tok, int lab, double delta,
    double c)
{
	size_t k;

	for (k = d->fstart[tok]; k < d->fstart[tok + 1]; k++) {
		/* find first: it may move the rows */
		uint32_t idx = table_find(tab, d->feat[k], 1);
		struct row *r = &tab->row[idx - 1];

		r->w[lab] += delta;
		r->u[lab] += c * delta;
	}
}

static void
train(struct data *d, struct table *tab, double *tw, double *tu, int epochs,
    uint64_t seed)
{
	size_t *order = xreallocarray(NULL, d->nseg, sizeof *order);
	float *emit = NULL, trans[NLABELS * NLABELS];
	uint8_t *pred = NULL, *back = NULL;
	size_t cap = 0, i, s, k, maxn = 0;
	uint64_t rnd = 0x9E3779B97F4A7C15ull + seed;
	double c = 1;
	int e, l;

	for (s = 0; s < d->nseg; s++) {
		order[s] = s;
		if (d->seg[s].n > maxn)
			maxn = d->seg[s].n;
	}
	cap = maxn;
	emit = xreallocarray(NULL, cap, NLABELS * sizeof *emit);
	pred = xreallocarray(NULL, cap, 1);
	back = xreallocarray(NULL, cap, NLABELS);
	for (e = 0; e < epochs; e++) {
		size_t wrong = 0, total = 0;

		/* a fixed shuffle per epoch */
		for (s = d->nseg; s > 1; s--) {
			size_t j = (size_t)(next_rand(&rnd) % s), x;

			x = order[s - 1];
			order[s - 1] = order[j];
			order[j] = x;
		}
		for (s = 0; s < d->nseg; s++) {
			const struct seg *g = &d->seg[order[s]];
			int diff = 0;

			for (k = 0; k < NLABELS * NLABELS; k++)
				trans[k] = (float)tw[k];
			for (i = 0; i < g->n; i++) {
				size_t tok = g->tok + i;
				double acc[NLABELS] = { 0 };

				for (k = d->fstart[tok]; k < d->fstart[tok + 1];
				    k++) {
					uint32_t r = table_find(tab, d->feat[k],
					    0);

					if (r)
						for (l = 0; l < NLABELS; l++)
							acc[l] += tab->row[r -
							    1].w[l];
				}
				for (l = 0; l < NLABELS; l++)
					emit[i * NLABELS + l] = (float)acc[l];
				if (d->forced[tok])
					for (l = 1; l < NLABELS; l++)
						emit[i * NLABELS + l] = -1e20f;
			}
			viterbi(emit, g->n, trans, pred, back);
			for (i = 0; i < g->n; i++)
				if (pred[i] != d->gold[g->tok + i])
					diff = 1;
			total += g->n;
			if (diff) {
				int pg = 0, pp = 0;

				for (i = 0; i <= g->n; i++) {
					int gl = i < g->n ? d->gold[g->tok + i] :
					    0;
					int pl = i < g->n ? pred[i] : 0;

					if (i < g->n && gl != pl) {
						wrong++;
						update(tab, d, g->tok + i, gl,
						    1, c);
						update(tab, d, g->tok + i, pl,
						    -1, c);
					}
					tw[pg * NLABELS + gl] += 1;
					tu[pg * NLABELS + gl] += c;
					tw[pp * NLABELS + pl] -= 1;
					tu[pp * NLABELS + pl] -= c;
					pg = gl;
					pp = pl;
				}
			}
			c++;
		}
		fprintf(stderr, "te-train: epoch %d: %zu of %zu tokens wrong,"
		    " %zu features\n", e + 1, wrong, total, tab->n);
	}
	/* averaged weights: w - u / c */
	for (i = 0; i < tab->n; i++)
		for (l = 0; l < NLABELS; l++)
			tab->row[i].w[l] -= tab->row[i].u[l] / c;
	for (k = 0; k < NLABELS * NLABELS; k++)
		tw[k] -= tu[k] / c;
	free(order);
	free(emit);
	free(pred);
	free(back);
}

struct out_row {
	uint32_t key;
	int16_t w[NLABELS];
};

static int
out_cmp(const void *a, const void *b)
{
	const struct out_row *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

static void
write_model(const char *path, struct table *tab, const double *tw,
    double prune)
{
	struct out_row *rows = xreallocarray(NULL, tab->n ? tab->n : 1,
	    sizeof *rows);
	size_t i, j, n = 0, out = 0;
	double maxw = 0;
	float scale, trans[NLABELS * NLABELS];
	uint32_t nlabels = NLABELS, nf, nnz = 0;
	FILE *fp;
	int l;

	for (i = 0; i < tab->n; i++)
		for (l = 0; l < NLABELS; l++)
			if (fabs(tab->row[i].w[l]) > maxw)
				maxw = fabs(tab->row[i].w[l]);
	/* half the int16 range: the tagger stores differences of two */
	scale = (float)(maxw > 0 ? 16000.0 / maxw : 1.0);
	if (scale > 1000)
		scale = 1000;
	/* rows by table slot, so that the order depends on nothing else */
	for (j = 0; j <= tab->mask; j++) {
		const struct row *r;
		int keep = 0;

		if (!tab->idx[j])
			continue;
		r = &tab->row[tab->idx[j] - 1];
		rows[n].key = (uint32_t)(tab->key[j] >> 32);
		for (l = 0; l < NLABELS; l++) {
			long q = lround(r->w[l] * scale);

			if (fabs(r->w[l]) < prune)
				q = 0;
			rows[n].w[l] = (int16_t)q;
			if (q)
				keep = 1;
		}
		if (keep)
			n++;
	}
	qsort(rows, n, sizeof *rows, out_cmp);
	/* two features whose keys collide in 32 bits share one row */
	for (i = 0; i < n; i++) {
		if (out > 0 && rows[out - 1].key == rows[i].key) {
			for (l = 0; l < NLABELS; l++) {
				long s = (long)rows[out - 1].w[l] + rows[i].w[l];

				rows[out - 1].w[l] = (int16_t)(s > 32767 ?
				    32767 : s < -32768 ? -32768 : s);
			}
			continue;
		}
		rows[out++] = rows[i];
	}
	for (i = 0; i < NLABELS * NLABELS; i++)
		trans[i] = (float)tw[i];
	for (i = 0; i < out; i++)
		for (l = 0; l < NLABELS; l++)
			nnz += rows[i].w[l] != 0;
	nf = (uint32_t)out;
	if (!(fp = fopen(path, "wb")))
		die("%s:", path);
	fwrite(MODEL_MAGIC, 1, 8, fp);
	fwrite(&nlabels, 4, 1, fp);
	fwrite(&nf, 4, 1, fp);
	fwrite(&nnz, 4, 1, fp);
	fwrite(&scale, 4, 1, fp);
	fwrite(trans, sizeof trans, 1, fp);
	for (i = 0; i < out; i++)
		fwrite(&rows[i].key, 4, 1, fp);
	for (i = 0; i < out; i++) {
		unsigned char c = 0;

		for (l = 0; l < NLABELS; l++)
			c += rows[i].w[l] != 0;
		fputc(c, fp);
	}
	for (i = 0; i < out; i++)
		for (l = 0; l < NLABELS; l++)
			if (rows[i].w[l])
				fputc(l, fp);
	for (i = 0; i < out; i++)
		for (l = 0; l < NLABELS; l++)
			if (rows[i].w[l])
				fwrite(&rows[i].w[l], 2, 1, fp);
	if (fclose(fp) != 0)
		die("%s:", path);
	fprintf(stderr, "te-train: %s: %zu features kept of %zu, %u weights, "
	    "scale %g\n", path, out, tab->n, nnz, (double)scale);
	free(rows);
}

/* drop the features seen fewer than min times: rare ones only add noise
 * and bytes */
static void
cutoff(struct data *d, unsigned min)
{
	struct table cnt;
	size_t i, k, o = 0, start;

	if (min <= 1)
		return;
	memset(&cnt, 0, sizeof cnt);
	cnt.mask = (1 << 22) - 1;
	cnt.key = xcalloc(cnt.mask + 1, sizeof *cnt.key);
	cnt.idx = xcalloc(cnt.mask + 1, sizeof *cnt.idx);
	for (k = 0; k < d->nfeat; k++) {
		uint32_t r = table_find(&cnt, d->feat[k], 1);

		cnt.row[r - 1].w[0] += 1;
	}
	for (i = 0; i < d->ntok; i++) {
		start = o;
		for (k = d->fstart[i]; k < d->fstart[i + 1]; k++)
			if (cnt.row[table_find(&cnt, d->feat[k], 0) - 1].w[0] >=
			    min)
				d->feat[o++] = d->feat[k];
		d->fstart[i] = start;
	}
	d->fstart[d->ntok] = o;
	fprintf(stderr, "te-train: %zu distinct features, %zu occurrences "
	    "kept of %zu\n", cnt.n, o, d->nfeat);
	d->nfeat = o;
	free(cnt.key);
	free(cnt.idx);
	free(cnt.row);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "cutoff", required_argument, NULL, 'c' },
		{ "epochs", required_argument, NULL, 'e' },
		{ "lower", required_argument, NULL, 'l' },
		{ "lang", required_argument, NULL, 'L' },
		{ "output", required_argument, NULL, 'o' },
		{ "prune", required_argument, NULL, 'p' },
		{ "runs", required_argument, NULL, 'r' },
		{ "seed", required_argument, NULL, 's' },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct data d;
	struct table tab;
	double tw[NLABELS * NLABELS] = { 0 }, tu[NLABELS * NLABELS] = { 0 };
	double ts[NLABELS * NLABELS] = { 0 };
	const char *out = NULL;
	const struct lang *lang = lang_find("en", 2);
	double prune = 1;
	unsigned min = 2, lower_every = 0;
	uint64_t seed = 0;
	int ch, epochs = 5, i, r, runs = 1;
	char *end;

	cli_start(argv[0]);
	while ((ch = cli_getopt(argc, argv, "c:e:hl:L:o:p:r:s:V", longopts)) != -1) {
		switch (ch) {
		case 'c':
			min = (unsigned)cli_number("--cutoff", optarg, 0, 1000);
			break;
		case 'e':
			epochs = (int)cli_number("--epochs", optarg, 1, 100);
			break;
		case 'l':
			lower_every = (unsigned)cli_number("--lower", optarg, 0,
			    1000);
			break;
		case 'L':
			lang = lang_find(optarg, strlen(optarg));
			if (lang_index(lang) < 0)
				usage_error("'%s': no such language in lang.c",
				    optarg);
			break;
		case 'h':
			printf("usage: %s [-c cutoff] [-e epochs] "
			    "[-l lower] [-L lang] [-p prune] [-r runs] [-s seed] -o model "
			    "file ...\n", progname());
			return cli_finish(0);
		case 'o':
			out = optarg;
			break;
		case 'p':
			prune = strtod(optarg, &end);
			if (*end || prune < 0)
				usage_error("prune: a number >= 0");
			break;
		case 'r':
			runs = (int)cli_number("--runs", optarg, 1, 100);
			break;
		case 's':
			seed = cli_number("--seed", optarg, 0, UINT64_MAX);
			break;
		case 'V':
			cli_version();
			break;
		}
	}
	if (!out || optind == argc)
		usage_error("need -o model and training files");
	memset(&d, 0, sizeof d);
	for (i = optind; i < argc; i++)
		read_data(&d, argv[i], lower_every, lang);
	fprintf(stderr, "te-train: %zu segments, %zu live tokens, "
	    "%zu features\n", d.nseg, d.ntok, d.nfeat);
	cutoff(&d, min);
	memset(&tab, 0, sizeof tab);
	tab.mask = (1 << 20) - 1;
	tab.key = xcalloc(tab.mask + 1, sizeof *tab.key);
	tab.idx = xcalloc(tab.mask + 1, sizeof *tab.idx);
	/* several runs over different orders, their averaged weights
	 * averaged: one order's luck counts less */
	for (r = 0; r < runs; r++) {
		size_t q;
		int l;

		for (q = 0; q < tab.n; q++) {
			memset(tab.row[q].w, 0, sizeof tab.row[q].w);
			memset(tab.row[q].u, 0, sizeof tab.row[q].u);
		}
		memset(tw, 0, sizeof tw);
		memset(tu, 0, sizeof tu);
		train(&d, &tab, tw, tu, epochs, seed + (uint64_t)r);
		for (q = 0; q < tab.n; q++)
			for (l = 0; l < NLABELS; l++)
				tab.row[q].s[l] += tab.row[q].w[l];
		for (l = 0; l < NLABELS * NLABELS; l++)
			ts[l] += tw[l];
	}
	for (i = 0; i < (int)tab.n; i++) {
		int l;

		for (l = 0; l < NLABELS; l++)
			tab.row[i].w[l] = tab.row[i].s[l] / runs;
	}
	for (i = 0; i < NLABELS * NLABELS; i++)
		tw[i] = ts[i] / runs;
	write_model(out, &tab, tw, prune);
	free(tab.key);
	free(tab.idx);
	free(tab.row);
	data_free(&d);
	return cli_finish(0);
}
