/* json.h: JSON strings and numbers for JSON Lines (RFC 8259).
 *
 * A string is written with '"', '\' and the C0 controls escaped (\n, \t,
 * \r, \b, \f, else \u00XX), U+2028 and U+2029 escaped too (JavaScript
 * before ES2019 takes them for line ends), everything else as UTF-8 bytes.
 * Invalid UTF-8 cannot come from the stream reader; should it come anyway,
 * each ill-formed sequence becomes U+FFFD and is counted, so the output is
 * always valid JSON.
 */
#ifndef TO_JSON_JSON_H
#define TO_JSON_JSON_H

#include <stddef.h>

#include "buf.h"

/* room json_put_string leaves after the string (not counting the NUL):
 * a writer may put a ',' or a ']' there without asking for room */
#define JSON_ROOM_AFTER 16

/* append s[0..n) as a JSON string; returns the ill-formed sequences
 * replaced */
size_t json_put_string(struct buf *out, const char *s, size_t n);

#endif
