/* Unit tests of the line reader: line ends (LF, CR LF, CR alone), also
 * where a CR LF pair or a cut falls on the edge of a read block; lines
 * read in place and lines repaired, side by side. */
#include <stdlib.h>

#include "check.h"
#include "input.h"

/* every line of text[0..n), each followed by '|', and the counts */
static void
read_lines(const char *text, size_t n, size_t max_line, struct buf *out,
    struct input *in)
{
	struct input_options opt = { 0, max_line };
	struct line_view line;
	char *block = malloc(INPUT_BLOCK);
	FILE *fp = fmemopen((void *)text, n, "r");

	memset(in, 0, sizeof *in);
	in->name = in->id = "mem";
	in->fp = fp;
	in->opt = &opt;
	in->block = block;
	buf_clear(out);
	while (input_line_view(in, &line)) {
		/* in place or repaired, a line ends in NUL */
		CHECK(line.data[line.len] == '\0');
		buf_add(out, line.data, line.len);
		buf_addc(out, '|');
	}
	in->opt = NULL;
	fclose(fp);
	buf_free(&in->raw);
	buf_free(&in->fixed);
	free(block);
}

static void
check_lines(const char *text, const char *want, size_t want_controls)
{
	struct buf out = BUF_INIT;
	struct input in;

	read_lines(text, strlen(text), 0, &out, &in);
	CHECK_MEM(out.data ? out.data : "", out.len, want);
	CHECK(in.repairs.controls == want_controls);
	buf_free(&out);
}

static void
test_line_ends(void)
{
	check_lines("Paris\rLondon\r", "Paris|London|", 0);
	check_lines("Paris\rLondon", "Paris|London|", 0);
	check_lines("a\nb\r\nc\rd", "a|b|c|d|", 0);
	check_lines("a\r\r\nb", "a||b|", 0);		/* CR, then CR LF */
	check_lines("a\n\rb", "a||b|", 0);		/* LF, then CR */
	check_lines("a\r\n\r\n", "a||", 0);
	check_lines("\r", "|", 0);
	check_lines("\r\n", "|", 0);
	check_lines("\n\r", "||", 0);
	check_lines("", "", 0);
	/* other controls are still dropped and counted */
	check_lines("a\vb\fc\r", "abc|", 2);
	/* a long run of CR-only lines: one line each */
	check_lines("1\r2\r3\r4\r5\r6\r7\r8\r9\r10\r11\r12\r",
	    "1|2|3|4|5|6|7|8|9|10|11|12|", 0);
}

/* CR LF where the block ends between the two bytes */
static void
test_pair_across_blocks(void)
{
	size_t n = INPUT_BLOCK + 8, i;
	char *text = malloc(n);
	struct buf out = BUF_INIT, want = BUF_INIT;
	struct input in;

	memset(text, 'x', n);
	text[INPUT_BLOCK - 1] = '\r';
	text[INPUT_BLOCK] = '\n';
	text[INPUT_BLOCK + 4] = '\r';
	read_lines(text, n, 0, &out, &in);
	for (i = 0; i < INPUT_BLOCK - 1; i++)
		buf_addc(&want, 'x');
	buf_add(&want, "|xxx|xxx|", 9);
	CHECK(out.len == want.len && memcmp(out.data, want.data, out.len) == 0);
	CHECK(in.lineno == 3);
	CHECK(in.repairs.controls == 0);
	/* a lone CR at the end of a block, a letter after it */
	text[INPUT_BLOCK] = 'y';
	read_lines(text, n, 0, &out, &in);
	buf_clear(&want);
	for (i = 0; i < INPUT_BLOCK - 1; i++)
		buf_addc(&want, 'x');
	buf_add(&want, "|yxxx|xxx|", 10);
	CHECK(out.len == want.len && memcmp(out.data, want.data, out.len) == 0);
	free(text);
	buf_free(&out);
	buf_free(&want);
}

/* a line that just fits the limit may end in CR LF or CR */
static void
test_cut_at_line_end(void)
{
	struct buf out = BUF_INIT;
	struct input in;
	const char fits[] = "12345678\r\nabc\r12345678\rdef";
	const char cut[] = "123456789\rabc";

	read_lines(fits, sizeof fits - 1, 8, &out, &in);
	CHECK_MEM(out.data, out.len, "12345678|abc|12345678|def|");
	CHECK(in.cut_lines == 0);
	read_lines(cut, sizeof cut - 1, 8, &out, &in);
	CHECK_MEM(out.data, out.len, "12345678|9|abc|");
	CHECK(in.cut_lines == 1);
	buf_free(&out);
}

/*
 * Lines read in place (clean), repaired (a control, bad UTF-8) and
 * well-formed non-ASCII, next to each other, with the bad byte on either
 * side of a 16-byte step of the scan: each line is its own, and only the
 * bad ones are counted.
 */
static void
test_in_place_and_repaired(void)
{
	struct buf out = BUF_INIT;
	struct input in;
	const char text[] =
	    "clean ASCII line, longer than sixteen bytes\n"
	    "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D and tab\there\n"
	    "0123456789abcde\xFF" "bad after fifteen\n"
	    "0123456789abcdef\x01" "control at sixteen\n"
	    "cut \xE2\x80\n"
	    "clean again\n"
	    "\xEF\xBB\xBF" "a BOM not first is kept\n";

	read_lines(text, sizeof text - 1, 0, &out, &in);
	CHECK_MEM(out.data, out.len,
	    "clean ASCII line, longer than sixteen bytes|"
	    "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D and tab\there|"
	    "0123456789abcde\xEF\xBF\xBD" "bad after fifteen|"
	    "0123456789abcdefcontrol at sixteen|"
	    "cut \xEF\xBF\xBD|"
	    "clean again|"
	    "\xEF\xBB\xBF" "a BOM not first is kept|");
	CHECK(in.repairs.invalid == 2);
	CHECK(in.repairs.controls == 1);
	CHECK(in.lineno == 7);
	/* a BOM first is dropped, in place too */
	read_lines("\xEF\xBB\xBF" "first\nsecond", 15, 0, &out, &in);
	CHECK_MEM(out.data, out.len, "first|second|");
	buf_free(&out);
}

int
main(void)
{
	test_line_ends();
	test_pair_across_blocks();
	test_cut_at_line_end();
	test_in_place_and_repaired();
	return check_report("test-input");
}
