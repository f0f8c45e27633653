/* input.h: the input loop and the line reader every filter uses.
 *
 * No operand, or "-", is standard input; several operands are read in
 * order.  An operand that cannot be opened or read, or is a folder, is
 * reported as "prog: name: reason", skipped, and the exit status becomes 1.
 *
 * Input compressed with gzip (one member or many, as zcat takes them) is
 * recognised by its magic bytes in the first block and inflated as it is
 * read, so every reader below sees the decoded bytes.  A corrupt or cut
 * gzip stream is reported with the byte offset where it went wrong; what
 * was decoded before it is still delivered, and the input counts as
 * failed.
 *
 * The line reader ends a line at LF, CR LF or a CR alone (old Mac files,
 * some web servers), drops the line end and a leading BOM,
 * replaces invalid UTF-8 with U+FFFD and drops NUL and other C0 controls
 * (TAB is kept), and reports what it repaired once per input.  Lines longer
 * than max_line are cut (at a character boundary) and counted, so memory
 * stays bounded on endless input.
 */
#ifndef COPYDESK_INPUT_H
#define COPYDESK_INPUT_H

#include <stdio.h>

#include "buf.h"
#include "utf8.h"

#define INPUT_BLOCK (64 * 1024)
#define INPUT_MAX_LINE (16 * 1024 * 1024)

struct input_options {
	int strict;		/* repairs are errors */
	size_t max_line;	/* 0: INPUT_MAX_LINE */
};

struct input {
	const char *name;	/* for messages: the operand, or "<stdin>" */
	const char *id;		/* for documents: the operand, or "-" */
	FILE *fp;
	const struct input_options *opt;
	size_t lineno;		/* lines read so far */
	struct utf8_repairs repairs;
	size_t cut_lines;	/* lines longer than max_line */
	int failed;		/* a read error or, if strict, a repair */

	/* private to the line reader */
	char *block;
	size_t pos, end;
	int eof;
	int after_cr;		/* the last line ended in CR: skip one LF */
	struct buf raw;		/* a line that spans blocks, or is cut */
	struct buf fixed;	/* a line that needed repair */

	/* private to the block reader */
	int sniffed;		/* the first block was looked at */
	struct input_gzip *gz;	/* gzip state, when the input is gzip */
	int corrupt;		/* a gzip error ended the input */
	unsigned long long file_pos;	/* bytes read from the file */
	unsigned long long block_base;	/* decoded offset of block[0] */
	unsigned long long block_member; /* file offset of its gzip member */
	unsigned long long read_at;	/* decoded offset of input_read's */
};

typedef void (*input_fn)(struct input *in, void *ctx);

/*
 * Call fn once for each operand in argv[0..argc), or for stdin if argc is
 * 0.  Returns 0, or 1 if any input failed.  opt may be NULL.
 */
int input_each(int argc, char *const argv[], const struct input_options *opt,
    input_fn fn, void *ctx);

/* a line as the reader holds it: NUL-terminated, read-only */
struct line_view {
	const char *data;
	size_t len;
};

/*
 * Read the next line without copying it: line points into the reader's
 * block (or, for a line that spans blocks or needed repair, into its own
 * buffer) and stays valid until the next call on in.  Returns 1 for a
 * line, 0 at end of input or after an error (in->failed is then set and
 * the error reported).
 */
int input_line_view(struct input *in, struct line_view *line);

/*
 * Read up to n raw bytes (no repair: for filters that decode charsets
 * themselves).  Returns the count, 0 at end of input or on error.
 */
size_t input_read(struct input *in, char *dst, size_t n);

/* whether the input is gzip (known after the first read) */
int input_is_gzip(const struct input *in);

/* whether reading the input failed so far (a read or a gzip error, or a
 * repair under strict) */
int input_failed(const struct input *in);

/*
 * Where the bytes last returned by input_read() come from: for gzip, the
 * file offset of the gzip member that holds them (so a reader can point at
 * a record of a .warc.gz, one member per record); for other input, the
 * file offset of the first byte returned.  *decoded gets the position of
 * that first byte in the decoded stream.  A block never spans two members.
 */
unsigned long long input_origin(const struct input *in,
    unsigned long long *decoded);

#endif
