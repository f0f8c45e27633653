/* charset.h: deciding a document's encoding and decoding it to UTF-8.
 *
 * The decision (WHATWG encoding sniffing, with one change that real crawls
 * need): a BOM; else UTF-8 if the bytes are valid UTF-8, whatever the page
 * claims; else the label of the <meta> prescan; else windows-1252.
 */
#ifndef STRIP_MARKUP_CHARSET_H
#define STRIP_MARKUP_CHARSET_H

#include <stddef.h>

#include "buf.h"

enum charset {
	CS_UTF8, CS_UTF16LE, CS_UTF16BE, CS_WINDOWS_1252,
	CS_NONE = -1
};

struct charset_decoder {
	enum charset cs;
	size_t invalid;		/* sequences replaced by U+FFFD */
	size_t npend;		/* bytes of a sequence cut by the chunk's end */
};

/* the name a charset is known by */
const char *charset_name(enum charset cs);
/* the charset for a WHATWG label (case and surrounding space ignored) */
enum charset charset_from_label(const char *label, size_t n);

/*
 * The charset of a document that starts with s[0..n) (n may be a prefix
 * of it: complete says whether it is all).  forced, if not CS_NONE, wins
 * over everything but a BOM.  *bom gets the length of the BOM to skip.
 */
enum charset charset_sniff(const char *s, size_t n, int complete,
    enum charset forced, size_t *bom);

void charset_decoder_init(struct charset_decoder *d, enum charset cs);
/*
 * Decode s[0..n) into out as well-formed UTF-8; final at end of input.
 * Returns the bytes used: the rest (a few bytes of a sequence the chunk
 * cut) must be passed again with the next chunk.
 */
size_t charset_decode(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final);

#endif
