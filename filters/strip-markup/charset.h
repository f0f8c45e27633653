/* charset.h: deciding a document's encoding and decoding it to UTF-8.
 *
 * The decision: a BOM; else the label found by the WHATWG <meta> prescan,
 * except that bytes with non-ASCII that are valid UTF-8 under an
 * ASCII-compatible label are UTF-8 (crawls are full of UTF-8 pages with
 * stale labels); else UTF-8 if the bytes are valid UTF-8; else
 * windows-1252 -- unless they are mostly UTF-8 (no fewer well-formed
 * multi-byte sequences than stray bytes): then UTF-8 whose stray bytes are
 * read as windows-1252 and counted (charset_utf8_mixed()).  A page
 * labelled UTF-8 is UTF-8 whatever its bytes.
 * Labels map to encodings by the WHATWG Encoding Standard (gb2312 means
 * GBK, latin1 and ascii mean windows-1252).  Single-byte encodings are
 * decoded through 128-entry tables (built once from iconv, with the
 * WHATWG corrections: windows-125x bytes that iconv rejects are the C1
 * code points); the multi-byte CJK ones through iconv with the WHATWG
 * superset chosen (GB18030 for GBK, Big5-HKSCS, CP932, CP949).
 */
#ifndef STRIP_MARKUP_CHARSET_H
#define STRIP_MARKUP_CHARSET_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Bytes the <meta> prescan looks at.  Browsers scan 1024 and later switch
 * when the parser meets a <meta>; holding the page, we get the same answer
 * by scanning further (pages put kilobytes of comments and scripts first).
 */
#define CHARSET_PRESCAN (64 * 1024)

/* an encoding: an index into the table in charset.c; 0 is UTF-8 */
typedef int charset_t;
#define CS_NONE (-1)
#define CS_UTF8 0

struct charset_decoder {
	charset_t cs;
	size_t invalid;		/* sequences replaced by U+FFFD */
	size_t stray;		/* bytes of UTF-8 text read as windows-1252 */
	size_t npend;		/* bytes of a sequence cut by the chunk's end */
	int done;		/* the replacement encoding wrote its U+FFFD */
	void *iconv;		/* iconv_t of a multi-byte encoding */
	int32_t table[128];	/* bytes 0x80-0xFF of a single-byte one */
};

/* the WHATWG name of an encoding ("utf-8", "gbk", ...) */
const char *charset_name(charset_t cs);
/* the encoding for a label (case and surrounding whitespace ignored) */
charset_t charset_from_label(const char *label, size_t n);
charset_t charset_windows_1252(void);
/*
 * UTF-8 that no label declared, decided by the bytes where they are not
 * all well-formed, or from a prefix of the document: its ill-formed
 * sequences are read byte by byte as windows-1252 (what a stray byte in
 * UTF-8 text nearly always is: a Latin-1 or Windows export pasted in) and
 * counted in charset_decoder.stray, not replaced with U+FFFD.  Its name is
 * "utf-8"; no label names it.
 */
charset_t charset_utf8_mixed(void);

/* the encoding a BOM at the start of s[0..n) names, *len its length */
charset_t charset_bom(const char *s, size_t n, size_t *len);

/* the WHATWG prescan of s[0..n) (at most CHARSET_PRESCAN bytes) */
charset_t charset_prescan(const char *s, size_t n);

/*
 * The encoding of a document that starts with s[0..n) (complete: that is
 * all of it).  forced, if not CS_NONE, wins over all but a BOM.  *bom gets
 * the length of the BOM to skip.
 */
charset_t charset_sniff(const char *s, size_t n, int complete,
    charset_t forced, size_t *bom);

/*
 * The same, with the label the transport gave (HTTP's Content-Type
 * charset; CS_NONE if none), which takes the place of the <meta> prescan
 * (WHATWG: after the BOM, before the prescan) and is judged by the same
 * rule.
 */
charset_t charset_sniff_transport(const char *s, size_t n, int complete,
    charset_t forced, charset_t transport, size_t *bom);

void charset_decoder_init(struct charset_decoder *d, charset_t cs);
void charset_decoder_free(struct charset_decoder *d);
/*
 * Decode s[0..n) into out as well-formed UTF-8; final at end of input.
 * Returns the bytes used: the rest (a few bytes of a sequence the chunk
 * cut) must be passed again with the next chunk.
 */
size_t charset_decode(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final);

#endif
