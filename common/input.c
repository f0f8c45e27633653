#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "input.h"
#include "swar.h"
#include "xalloc.h"

static int
fill(struct input *in)
{
	size_t n;

	if (in->eof)
		return 0;
	n = fread(in->block, 1, INPUT_BLOCK, in->fp);
	in->pos = 0;
	in->end = n;
	if (n == 0) {
		in->eof = 1;
		if (ferror(in->fp)) {
			warning("%s: read error:", in->name);
			in->failed = 1;
		}
		return 0;
	}
	return 1;
}

size_t
input_read(struct input *in, char *dst, size_t n)
{
	size_t k;

	if (in->pos >= in->end && !fill(in))
		return 0;
	k = in->end - in->pos;
	if (k > n)
		k = n;
	memcpy(dst, in->block + in->pos, k);
	in->pos += k;
	return k;
}

/*
 * Step over the line end at block[pos]: LF, or CR, which may be the first
 * half of a CR LF pair whose LF is still to be read.
 */
static void
skip_line_end(struct input *in)
{
	in->after_cr = in->block[in->pos++] == '\r';
}

/* turn the raw bytes s[0..n) of one line into the repaired line */
static int
finish_line(struct input *in, const char *s, size_t n, struct buf *line)
{
	size_t before;

	if (in->lineno == 0 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	in->lineno++;
	buf_clear(line);
	before = in->repairs.invalid + in->repairs.controls;
	utf8_repair(line, s, n, &in->repairs);
	if (in->opt->strict &&
	    in->repairs.invalid + in->repairs.controls != before) {
		warning("%s:%zu: invalid UTF-8 or control character",
		    in->name, in->lineno);
		in->failed = 1;
		return 0;
	}
	return 1;
}

/*
 * The line is longer than max: take bytes up to max, plus the continuation
 * bytes of a character cut in two, and leave the rest for the next line.
 */
static void
cut_long_line(struct input *in, size_t max)
{
	size_t take = max - in->raw.len;
	int i;

	buf_add(&in->raw, in->block + in->pos, take);
	in->pos += take;
	for (i = 0; i < 3; i++) {
		if (in->pos >= in->end && !fill(in))
			break;
		if (((unsigned char)in->block[in->pos] & 0xC0) != 0x80)
			break;
		buf_addc(&in->raw, in->block[in->pos++]);
	}
	if ((in->pos < in->end || fill(in)) &&
	    (in->block[in->pos] == '\n' || in->block[in->pos] == '\r'))
		skip_line_end(in);	/* it just fitted after all */
	else
		in->cut_lines++;
}

int
input_line(struct input *in, struct buf *line)
{
	size_t max = in->opt->max_line ? in->opt->max_line : INPUT_MAX_LINE;
	size_t k, avail;

	if (in->failed)
		return 0;
	if (in->pos >= in->end && !fill(in))
		return 0;
	/* the LF of a CR LF whose CR ended the last line */
	if (in->after_cr) {
		in->after_cr = 0;
		if (in->block[in->pos] == '\n' && ++in->pos >= in->end &&
		    !fill(in))
			return 0;
	}
	/* the common case: the whole line lies inside the block */
	avail = in->end - in->pos;
	k = swar_line_end(in->block + in->pos, avail);
	if (k < avail && k <= max) {
		const char *s = in->block + in->pos;

		in->pos += k;
		skip_line_end(in);
		return finish_line(in, s, k, line);
	}
	buf_clear(&in->raw);
	for (;;) {
		if (in->pos >= in->end && !fill(in)) {
			if (in->failed)
				return 0;
			break;	/* a last line without a line end */
		}
		avail = in->end - in->pos;
		k = swar_line_end(in->block + in->pos, avail);
		if (in->raw.len + k > max) {
			cut_long_line(in, max);
			break;
		}
		buf_add(&in->raw, in->block + in->pos, k);
		in->pos += k;
		if (k < avail) {
			skip_line_end(in);
			break;
		}
	}
	return finish_line(in, in->raw.data, in->raw.len, line);
}

static void
report(struct input *in)
{
	if (in->repairs.invalid)
		warning("%s: replaced %zu invalid UTF-8 sequence%s with U+FFFD",
		    in->name, in->repairs.invalid,
		    in->repairs.invalid == 1 ? "" : "s");
	if (in->repairs.controls)
		warning("%s: dropped %zu control character%s", in->name,
		    in->repairs.controls, in->repairs.controls == 1 ? "" : "s");
	if (in->cut_lines)
		warning("%s: cut %zu line%s longer than %zu bytes", in->name,
		    in->cut_lines, in->cut_lines == 1 ? "" : "s",
		    in->opt->max_line ? in->opt->max_line : INPUT_MAX_LINE);
}

static int
run_one(const char *operand, const struct input_options *opt, input_fn fn,
    void *ctx, char *block)
{
	struct input in;
	int is_stdin = strcmp(operand, "-") == 0;
	int failed;

	memset(&in, 0, sizeof in);
	in.opt = opt;
	in.block = block;
	in.name = is_stdin ? "<stdin>" : operand;
	in.id = operand;
	if (is_stdin) {
		in.fp = stdin;
	} else if (!(in.fp = fopen(operand, "rb"))) {
		warning("%s:", operand);
		return 1;
	}
	fn(&in, ctx);
	report(&in);
	failed = in.failed;
	if (!is_stdin)
		fclose(in.fp);
	else
		clearerr(stdin);
	buf_free(&in.raw);
	return failed;
}

int
input_each(int argc, char *const argv[], const struct input_options *opt,
    input_fn fn, void *ctx)
{
	static const struct input_options defaults;
	char *block = xmalloc(INPUT_BLOCK);
	int i, status = 0;

	if (!opt)
		opt = &defaults;
	if (argc == 0)
		status |= run_one("-", opt, fn, ctx, block);
	for (i = 0; i < argc; i++)
		status |= run_one(argv[i], opt, fn, ctx, block);
	free(block);
	return status;
}
