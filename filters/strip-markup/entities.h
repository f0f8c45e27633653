/* entities.h: HTML character references (WHATWG HTML, 13.2.5.72-80). */
#ifndef STRIP_MARKUP_ENTITIES_H
#define STRIP_MARKUP_ENTITIES_H

#include <stddef.h>
#include <stdint.h>

/* the longest name, ';' included: "CounterClockwiseContourIntegral;" */
#define ENTITY_MAX_NAME 32

/*
 * The longest prefix of s[0..n) (the text after '&') that is a named
 * character reference, with or without its ';' as the table allows.
 * Returns its length, 0 if none; cp[0..*ncp) are its code points.
 */
size_t entity_match(const char *s, size_t n, int32_t cp[2], int *ncp);

/*
 * The code point a numeric reference stands for: 0, surrogates and values
 * over U+10FFFF give U+FFFD, 0x80-0x9F are read as windows-1252 where that
 * has a character.  value may be anything (overflow is passed as a value
 * over 0x10FFFF).
 */
int32_t entity_numeric(uint32_t value);

/* windows-1252 for byte b in 0x80..0x9F; the C1 control itself if none */
int32_t entity_cp1252_c1(unsigned b);

#endif
