/* cell.h: one CSV cell made safe for spreadsheets.
 *
 * A cell is quoted only when it must be (it holds the delimiter, a quote,
 * CR or LF, starts or ends with a space, or is the only, empty cell of a
 * row), through libcsv's csv_write.  Before that, control characters other than TAB and LF are
 * dropped, a cell that a spreadsheet would run as a formula gets a leading
 * apostrophe, and a cell over the spreadsheet's limit is cut at a
 * character boundary.
 */
#ifndef TO_CSV_CELL_H
#define TO_CSV_CELL_H

#include <stddef.h>

#include "buf.h"

/* Excel's limit: characters per cell (counted in UTF-16 units) */
#define CELL_MAX_EXCEL 32767

struct cell_writer {
	/* settings */
	char delim;
	int guard;		/* formula guard */
	size_t max_cell;	/* 0: no limit */

	/* what was changed, to be reported at the end */
	size_t cut;		/* cells cut to max_cell */
	size_t controls;	/* control characters dropped */

	/* private */
	unsigned char cls[256];
	struct buf scratch;
};

void cell_writer_init(struct cell_writer *w, char delim, int guard,
    size_t max_cell);
void cell_writer_free(struct cell_writer *w);

/* flags of cell_put */
#define CELL_ALONE 1	/* the only cell of its row: "" if empty, so the
			   row is not read as a blank line */
#define CELL_QUOTE 2	/* quote even if not needed */

/* Append the cell s[0..n) (valid UTF-8) to out. */
void cell_put(struct cell_writer *w, struct buf *out, const char *s,
    size_t n, int flags);

/* whether s[0..n) is a plain number ("-3.5", "+2", "1e6", ".5") */
int cell_is_number(const char *s, size_t n);

#endif
