/* lang.h: a document's language, declared and detected.
 *
 * A declared language (<html lang>, <meta http-equiv=content-language>,
 * og:locale, dc.language, and from outside the page HTTP/WARC
 * Content-Language or a JSON "language" field) is cut to its BCP 47
 * primary subtag.  The text is sampled as it is written (prose paragraphs
 * first, LANG_SAMPLE bytes at most) and the sample is detected once per
 * document, in two stages:
 *  1. its function words (data/lang-words.txt: articles, prepositions,
 *     conjunctions, pronouns, auxiliaries of en de fr es pt it nl pl, and
 *     of their uncovered relatives and neighbours) are counted; where the
 *     evidence for one covered language is overwhelming (lang.c,
 *     lang_words_answer()) that is the answer, reliable, with the share of
 *     its distinctive words as percent (80 or more), about 1 us;
 *  2. anything else (other scripts, other languages, mixed or short text,
 *     close relatives) goes to CLD2 (5 us a call and 53 us a KB), as
 *     before.
 * Either answer feeds the same rules: where detection is confident it
 * decides; where it is not, the declaration stands; with neither, the
 * language stays unknown.
 */
#ifndef STRIP_MARKUP_LANG_H
#define STRIP_MARKUP_LANG_H

#include <stddef.h>

#include "buf.h"

/* enough text for CLD2 to be sure of a language, little enough that the
 * detection costs a few percent of plain mode.  CLD2 scores some 19 MB/s
 * here plus 5 us a call, so the sample is most of the cost on documents
 * without markup (JSON Lines of text: 512 bytes took 45% of the time, 256
 * takes 33%); against 512, 256 gave 2 more wrong of 2,014 texts declared
 * right and 1 more of 383 real pages (bench/eval-lang.sh) */
#define LANG_SAMPLE 256
/* a paragraph shorter than this is kept apart (menus, labels) */
#define LANG_PROSE 64

#define LANG_MAX 8	/* a primary subtag and its NUL ("fil", "he") */

struct lang_sample {
	struct buf prose;	/* paragraphs of LANG_PROSE bytes or more */
	struct buf bits;	/* shorter ones: used when prose is scarce */
	int trace;		/* COPYDESK_LANG_TRACE set: see lang_decide */
};

void lang_sample_init(struct lang_sample *s);
void lang_sample_free(struct lang_sample *s);
void lang_sample_reset(struct lang_sample *s);
/* a paragraph of the text as written (well-formed UTF-8) */
void lang_sample_add(struct lang_sample *s, const char *p, size_t n);

/*
 * The primary subtag of the language tag s[0..n) into out, lower case,
 * deprecated codes replaced (iw he, in id, ji yi, jw jv, mo ro); a list
 * ("de, en") gives its first.  0 if it names no language ("", "x-default",
 * "und", "mul", "zxx", "*", not letters) or is no ISO 639 code
 * (data/iso-639.txt: "UTF-8", "xx").
 */
int lang_primary(char out[LANG_MAX], const char *s, size_t n);

/* whether primary subtags a and b name the same language for our
 * purpose (Norwegian no/nb/nn; Serbo-Croatian sh/sr/hr/bs) */
int lang_same(const char *a, const char *b);

/* what detection found */
struct lang_guess {
	char code[LANG_MAX];	/* primary subtag; "" if nothing */
	int percent;		/* of the letters, in that language */
	int reliable;		/* CLD2's own verdict */
	int letters;		/* bytes of letters it scored */
};

/* stage 1: 1 and *g if the function words of s[0..n) (well-formed
 * UTF-8) settle its language beyond doubt; 0 otherwise */
int lang_words_detect(const char *s, size_t n, struct lang_guess *g);

/* once per process: sets what CLD2 needs (see lang-cld2.cc) */
void lang_detector_init(void);
/* stage 2, CLD2: detect on s[0..n) (well-formed UTF-8) */
void lang_detect(const char *s, size_t n, struct lang_guess *g);
/* whether g is sure enough to stand alone or overrule a declaration */
int lang_confident(const struct lang_guess *g);

/*
 * The document's language into out from the declared primary subtag (NULL
 * if none) and the sample; 0 if neither says it with confidence.
 * With COPYDESK_LANG_TRACE in the environment (a debugging aid for
 * bench/eval-lang.sh) it writes a line a document on stderr:
 * "lang-trace", the stage that decided (words, cld2), its answer, CLD2's
 * answer where stage 1 decided ("?" after it: not confident), the
 * sample's first 60 bytes, tab-separated.
 */
int lang_decide(char out[LANG_MAX], const char *declared,
    const struct lang_sample *s);

#endif
