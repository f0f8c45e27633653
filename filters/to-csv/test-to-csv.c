/* Unit tests of to-csv's cells (columns and mentions: tests/unit/test-rows.c). */
#include <stdlib.h>

#include "cell.h"
#include "../../tests/unit/check.h"

static void
cell(struct cell_writer *w, const char *in, int flags, const char *want)
{
	struct buf out = BUF_INIT;

	cell_put(w, &out, in, strlen(in), flags);
	CHECK_MEM(out.data ? out.data : "", out.len, want);
	buf_free(&out);
}

static void
test_cells(void)
{
	struct cell_writer w;

	cell_writer_init(&w, ',', 1, CELL_MAX_EXCEL);
	cell(&w, "plain", 0, "plain");
	cell(&w, "", 0, "");
	cell(&w, "", CELL_ALONE, "\"\"");
	cell(&w, "ID", CELL_QUOTE, "\"ID\"");
	cell(&w, "a,b", 0, "\"a,b\"");
	cell(&w, "say \"hi\"", 0, "\"say \"\"hi\"\"\"");
	cell(&w, "two\nlines", 0, "\"two\nlines\"");
	cell(&w, "a;b\tc", 0, "a;b\tc");
	cell(&w, " lead", 0, "\" lead\"");
	cell(&w, "trail ", 0, "\"trail \"");
	cell(&w, "in side", 0, "in side");
	/* the formula guard */
	cell(&w, "=1+1", 0, "'=1+1");
	cell(&w, "@SUM(A1)", 0, "'@SUM(A1)");
	cell(&w, "+cmd", 0, "'+cmd");
	cell(&w, "-cmd", 0, "'-cmd");
	cell(&w, "\tx", 0, "'\tx");
	cell(&w, "=a,b", 0, "\"'=a,b\"");
	cell(&w, "-3.5", 0, "-3.5");
	cell(&w, "+2", 0, "+2");
	cell(&w, "-1e6", 0, "-1e6");
	cell(&w, "-", 0, "-");
	cell(&w, "+", 0, "'+");
	cell(&w, "-.", 0, "'-.");
	cell(&w, "-1e", 0, "'-1e");
	cell(&w, "a=b", 0, "a=b");
	/* DEL and C1 controls are dropped, other text kept */
	cell(&w, "a\x7F" "b\xC2\x85" "c\xC2\xA0", 0, "abc\xC2\xA0");
	cell(&w, "\x7F=x", 0, "'=x");
	CHECK(w.controls == 3);
	cell_writer_free(&w);

	cell_writer_init(&w, ';', 0, 0);
	cell(&w, "=1+1", 0, "=1+1");
	cell(&w, "a;b", 0, "\"a;b\"");
	cell(&w, "a,b", 0, "a,b");
	cell_writer_free(&w);

	cell_writer_init(&w, '\t', 1, 0);
	cell(&w, "a\tb", 0, "\"a\tb\"");
	cell_writer_free(&w);

	/* cut at a character boundary, counted in UTF-16 units */
	cell_writer_init(&w, ',', 1, 3);
	cell(&w, "abc", 0, "abc");
	cell(&w, "abcd", 0, "abc");
	cell(&w, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 0,
	    "\xC3\xA9\xC3\xA9\xC3\xA9");
	cell(&w, "a\xF0\x9F\x98\x80" "b", 0, "a\xF0\x9F\x98\x80");
	cell(&w, "ab\xF0\x9F\x98\x80", 0, "ab");
	cell(&w, "=abc", 0, "'=a");
	cell(&w, "\"\"\"", 0, "\"\"\"\"\"\"\"\"");
	CHECK(w.cut == 5);
	cell_writer_free(&w);
}

/* every position of a special byte in cells longer than the scan's
 * 8- and 16-byte steps */
static void
test_scan_positions(void)
{
	struct cell_writer w;
	struct buf out = BUF_INIT;
	char cell[41], want[90];
	const char specials[] = { '"', ',', '\n', '\r', 0x7F, 'x' };
	size_t i, k, n;

	cell_writer_init(&w, ',', 0, 0);
	for (k = 0; k < sizeof specials; k++) {
		for (i = 0; i < 40; i++) {
			memset(cell, 'a', 40);
			cell[40] = '\0';
			cell[i] = specials[k];
			buf_clear(&out);
			cell_put(&w, &out, cell, 40, 0);
			n = 0;
			switch (specials[k]) {
			case '"':
				want[n++] = '"';
				memset(want + n, 'a', i);
				n += i;
				want[n++] = '"';
				want[n++] = '"';
				memset(want + n, 'a', 39 - i);
				n += 39 - i;
				want[n++] = '"';
				break;
			case 0x7F:
				memset(want, 'a', 39);
				n = 39;
				break;
			case 'x':
				memcpy(want, cell, 40);
				n = 40;
				break;
			default:
				want[n++] = '"';
				memcpy(want + n, cell, 40);
				n += 40;
				want[n++] = '"';
			}
			want[n] = '\0';
			CHECK_MEM(out.data, out.len, want);
		}
	}
	/* a C1 control (U+0085) across a step boundary */
	memset(cell, 'a', 40);
	memcpy(cell + 15, "\xC2\x85", 2);
	buf_clear(&out);
	cell_put(&w, &out, cell, 40, 0);
	CHECK(out.len == 38);
	buf_free(&out);
	cell_writer_free(&w);
}

static void
test_numbers(void)
{
	CHECK(cell_is_number("0", 1));
	CHECK(cell_is_number("-3.5", 4));
	CHECK(cell_is_number(".5", 2));
	CHECK(cell_is_number("5.", 2));
	CHECK(cell_is_number("+1E-3", 5));
	CHECK(!cell_is_number("", 0));
	CHECK(!cell_is_number("-", 1));
	CHECK(!cell_is_number("1-1", 3));
	CHECK(!cell_is_number("-1+1", 4));
	CHECK(!cell_is_number("1e", 2));
	CHECK(!cell_is_number("- 1", 3));
}

int
main(void)
{
	test_cells();
	test_scan_positions();
	test_numbers();
	return check_report("test-to-csv");
}
