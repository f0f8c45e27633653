/* xcell.h: what a spreadsheet cell of to-xlsx may hold, and how stream
 * values become one.
 *
 * Text: characters that XML 1.0 forbids (C0 controls but TAB and LF,
 * U+FFFE, U+FFFF: one of them makes the whole sheet unreadable) and the
 * controls DEL and U+0080..U+009F are dropped and counted; a literal
 * "_xHHHH_", which Excel and LibreOffice would decode as an escape, gets
 * its '_' written "_x005F_" (ECMA-376 ST_Xstring); a text over Excel's
 * 32,767 characters (counted in UTF-16 units, as Excel does) is cut at a
 * character boundary and counted.
 *
 * Dates: ISO 8601 "YYYY-MM-DD", with "Thh:mm", ":ss", ".fff" and a zone
 * ("Z", "+hh:mm", "+hhmm", "+hh") where it has them, years 1900..9999 (a
 * spreadsheet has no date before 1900).  A spreadsheet date has no zone:
 * the local time is kept and the offset dropped, and counted.
 */
#ifndef TO_XLSX_XCELL_H
#define TO_XLSX_XCELL_H

#include <stddef.h>

#include "buf.h"

#define XCELL_MAX 32767		/* Excel's characters per cell */

struct xcell_counts {
	size_t dropped;		/* characters XML forbids, and C1 controls */
	size_t cut;		/* cells cut to XCELL_MAX */
};

/*
 * The cell text for s[0..n) (valid UTF-8, NUL-terminated at n): s itself
 * when nothing needs changing (the common case, no copy), else a
 * NUL-terminated copy in scratch.
 */
const char *xcell_text(const char *s, size_t n, struct buf *scratch,
    struct xcell_counts *counts);

struct xdate {
	int year, month, day, hour, min;
	double sec;
	int has_time;		/* hh:mm given */
	int has_seconds;	/* :ss given */
	int has_zone;		/* Z or an offset given (and dropped) */
};

/* parse an ISO 8601 date or date-time; 0 if s is one, -1 if not */
int xdate_parse(const char *s, struct xdate *d);

/* whether url is an absolute http, https, ftp or mailto address, the
 * only kinds worth a link (never javascript: or file:) */
int xcell_is_web_url(const char *url);

#endif
