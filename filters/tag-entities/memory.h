/* memory.h: the bounded per-document memory that keeps a name's type
 * consistent and finds a known person's name again. */
#ifndef TAG_ENTITIES_MEMORY_H
#define TAG_ENTITIES_MEMORY_H

#include "buf.h"
#include "sent.h"

#define MEMORY_SLOTS 8192	/* per document; filled to half at most */

struct memory {
	uint64_t key[MEMORY_SLOTS];
	uint8_t val[MEMORY_SLOTS];
	size_t n;
	size_t *cover;		/* scratch of memory_apply: mentions per token */
	size_t covercap;
};

/* forget the document (the scratch stays) */
void memory_clear(struct memory *mem);
void memory_free(struct memory *mem);
/* learn from the name mentions of a line */
void memory_learn(struct memory *mem, const struct sent *st,
    const struct mentions *m);
/* apply what was learnt: names whose words all belong to known persons
 * become PERSON; free capitalised tokens that are parts of a
 * known person's name become PERSON */
void memory_apply(struct memory *mem, const struct sent *st,
    struct mentions *m, size_t from);

/* The lines around the line being tagged, held so that a word the
 * model calls a name at a sentence's start can be asked whether the
 * document writes it in lower case nearby ("Cybersecurity will be one
 * of the main issues", then "said that cybersecurity will"): the
 * LOOK_BEHIND lines before it and the LOOK_AHEAD after it, within its
 * <doc>, breaks counted as lines.  Bounded: besides the line in hand
 * the window holds at most LOOK_BYTES bytes on either side, so memory
 * stays flat and a line is written at most LOOK_AHEAD lines late.
 * A line longer than LOOK_BYTES would overflow a side alone: it is not
 * copied (the window borrows the caller's bytes, which must stay put
 * until look_done, and it is tagged at once: look_due), and it is
 * searched only for its own words, as the line in hand, never for its
 * neighbours'.  A document of such lines then costs what one costs, and
 * no line's 32 checks scan megabytes of the next (news paragraphs are
 * under a few KB: 16 of them fit the budget, so on news text the bytes
 * never cut the window short of its 16 lines). */
#define LOOK_BEHIND 16
#define LOOK_AHEAD 16
#define LOOK_BYTES 65536
#define LOOK_SLOTS (LOOK_BEHIND + LOOK_AHEAD + 2)
/* a name checked per line at most: a hostile line of a million
 * sentences stays linear */
#define LOOK_CHECKS 32

struct look_line {
	struct buf text;	/* the copy of a line held */
	const char *s;		/* the line: text.data, or borrowed when */
	size_t n;		/* n > LOOK_BYTES */
	size_t lineno;		/* in its input */
	int is_break;		/* a paragraph break, no text */
};

struct look {
	struct look_line slot[LOOK_SLOTS];
	/* lines first..next-1 are behind, next..end-1 waiting (count
	 * from 0 in this document; slot i % LOOK_SLOTS) */
	size_t first, next, end;
	size_t behind_bytes, ahead_bytes;
};

/* hold one more line (text, or a break when s is NULL; a line over
 * LOOK_BYTES is borrowed, not copied: s must stay put until look_done) */
void look_push(struct look *lk, const char *s, size_t n, size_t lineno);
/* whether the oldest waiting line must be tagged now to keep the bounds
 * (or, with all, because the document ends) */
int look_due(const struct look *lk, int all);
/* the waiting line to tag next; look_done when it is written */
const struct look_line *look_current(const struct look *lk);
void look_done(struct look *lk);
/* forget the document (the buffers stay) */
void look_clear(struct look *lk);
void look_free(struct look *lk);
/* whether the window around the current line holds word w[0..n) with
 * its first letter in lower case, as a word of its own */
int look_lowercase_near(const struct look *lk, const char *w, size_t n);
/* a name of one word of type PERSON that opens a sentence, and that the
 * window writes in lower case, is no name: its tag, if this run added
 * it, is dropped from the tagged line t */
struct tagger;
void look_drop_lowercase_starts(const struct look *lk, struct tagger *t);

#endif
