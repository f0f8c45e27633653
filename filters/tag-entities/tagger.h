/* tagger.h: tag one line: existing tags kept, rules, then the name model. */
#ifndef TAG_ENTITIES_TAGGER_H
#define TAG_ENTITIES_TAGGER_H

#include "buf.h"
#include "gazetteer.h"
#include "lang.h"
#include "memory.h"
#include "names.h"
#include "post.h"
#include "rules.h"
#include "sent.h"
#include "tokenize.h"

/* a tag in the output line, in bytes of the line without tags */
struct span {
	size_t start, end;
	int type;
};

/* the gazetteer bits of recent words: most words near a name are common
 * ones ("the", "said"), and this small table answers them from cache
 * instead of the big one (a memo of a fixed function: what it holds
 * never changes a result) */
#define GAZ_MEMO 8192
#define GAZ_MEMO_WORD 23
struct gaz_memo {
	uint32_t hash;
	uint32_t flags;
	uint8_t len;
	char w[GAZ_MEMO_WORD];	/* zero after the word: compared whole */
};

/* a line is tagged in windows of at most this many tokens (a sentence
 * has a few dozen; only a hostile or unsplit line has more) */
#define TAG_WINDOW 2048

struct tagger {
	struct gazetteer g;
	struct gaz_memo *memo;
	struct names *models[LANG_MAX];	/* by lang_index, loaded when a
					 * document first needs one */
	struct names *names;	/* the document's model, or NULL */
	const char *model_file;	/* -m: the model of model_lang */
	const struct lang *model_lang;
	int with_model;
	struct names_work *work;
	unsigned types;		/* bit per entity type to add */
	const struct lang *lang;	/* the document's language */
	struct memory mem;	/* what this document taught */
	struct mentions known;	/* existing name tags of a window */
	struct mentions win;	/* the mentions of a window */
	struct mentions added;	/* a post-rule pass's new names */
	uint32_t *taken;	/* tokens of the tags kept (tagger_line) */
	size_t takencap;

	/* per line */
	struct buf plain, key;
	struct tokens tok;
	unsigned *gaz;
	uint64_t *cls;
	uint8_t *used;
	int *span_of;
	size_t cap;
	struct mentions ment;
	struct span *spans;	/* the result, sorted */
	size_t nspans, spancap;
	struct sent st;		/* the line as tagger_prepare left it */
};

/* model: a file to use for documents in language model_lang (a row of
 * lang.c's table) instead of its built-in model (model_lang then has
 * names even without one), or NULL; with_model 0: no names at all (the
 * trainer) */
void tagger_open(struct tagger *t, const char *model,
    const struct lang *model_lang, int with_model, unsigned types);
void tagger_close(struct tagger *t);
/* a new document in language lang (lang.h): forget what the last one
 * taught, and take the language's model (t->names, NULL if it has none) */
void tagger_doc(struct tagger *t, const struct lang *lang);
/* strip the tags of s[0..n) into t->plain and t->spans, tokenize, look
 * words up, and set t->st with the tagged tokens used */
void tagger_prepare(struct tagger *t, const char *s, size_t n);
/* tag s[0..n); the result is t->plain and t->spans */
void tagger_line(struct tagger *t, const char *s, size_t n);
/* where tagger_spill hands the pieces of a long line */
typedef void tagger_writer(void *arg, const char *s, size_t n);
/* append the tagged line to out, but when out would grow past spill
 * bytes hand what it holds to write(arg, ...) and clear it, and hand a
 * run of text longer than spill straight from t->plain: a long line goes
 * out a piece at a time, never held whole once more as output (out
 * keeps at most spill bytes and one tag).  A tagged line of at most spill
 * bytes is only appended, the writer never called.  out holds at most
 * spill bytes when called (empty, or what tagger_spill left) */
void tagger_spill(const struct tagger *t, struct buf *out, size_t spill,
    tagger_writer *write, void *arg);
/* append the whole tagged line */
void tagger_format(const struct tagger *t, struct buf *out);

#endif
