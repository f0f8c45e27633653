#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <zlib.h>

#include "err.h"
#include "input.h"
#include "swar.h"
#include "xalloc.h"

/* ---- the block reader: plain bytes or inflated gzip ---- */

struct input_gzip {
	z_stream zs;
	unsigned char *in;	/* compressed bytes read from the file */
	int in_eof;		/* the file has no more */
	int between;		/* a member ended; another may follow */
	int done;		/* the stream ended or failed */
};

static int
is_gzip_magic(const char *s, size_t n)
{
	return n >= 2 && (unsigned char)s[0] == 0x1F &&
	    (unsigned char)s[1] == 0x8B;
}

/* the first block s[0..n) starts with the gzip magic: inflate from now on */
static void
gzip_start(struct input *in, size_t n)
{
	struct input_gzip *g = xmalloc(sizeof *g);

	memset(g, 0, sizeof *g);
	g->in = xmalloc(INPUT_BLOCK);
	memcpy(g->in, in->block, n);
	g->zs.next_in = g->in;
	g->zs.avail_in = (uInt)n;
	/* 16 + MAX_WBITS: a gzip wrapper, not zlib's own */
	if (inflateInit2(&g->zs, 16 + MAX_WBITS) != Z_OK)
		die("out of memory");
	in->gz = g;
	in->block_member = 0;
}

static void
gzip_end(struct input *in)
{
	if (!in->gz)
		return;
	inflateEnd(&in->gz->zs);
	free(in->gz->in);
	free(in->gz);
	in->gz = NULL;
}

/* the file offset of the next compressed byte inflate would take */
static unsigned long long
gzip_offset(const struct input *in)
{
	return in->file_pos - in->gz->zs.avail_in;
}

static void
gzip_error(struct input *in, const char *what)
{
	warning("%s: %s gzip data at byte %llu", in->name, what,
	    gzip_offset(in));
	in->corrupt = 1;
	in->gz->done = 1;
}

/*
 * Inflate into the block.  A block ends where its gzip member ends, so
 * that input_origin() can name one member for all of it.  Returns the
 * bytes decoded; on an error, those decoded before it.
 */
static size_t
gzip_fill(struct input *in)
{
	struct input_gzip *g = in->gz;
	z_stream *zs = &g->zs;
	size_t n;
	int ret;

	if (g->done)
		return 0;
	zs->next_out = (unsigned char *)in->block;
	zs->avail_out = INPUT_BLOCK;
	for (;;) {
		if (zs->avail_in == 0 && !g->in_eof) {
			n = fread(g->in, 1, INPUT_BLOCK, in->fp);
			if (n == 0) {
				g->in_eof = 1;
				if (ferror(in->fp)) {
					warning("%s: read error:", in->name);
					in->failed = 1;
					g->done = 1;
					break;
				}
			}
			in->file_pos += n;
			zs->next_in = g->in;
			zs->avail_in = (uInt)n;
		}
		if (g->between) {
			if (zs->avail_out != INPUT_BLOCK)
				break;	/* this block is the old member's */
			if (zs->avail_in == 0) {
				g->done = 1;	/* the last member ended */
				break;
			}
			if (zs->next_in[0] != 0x1F) {
				gzip_error(in, "trailing garbage after");
				break;
			}
			inflateReset(zs);
			g->between = 0;
			in->block_member = gzip_offset(in);
		}
		ret = inflate(zs, Z_NO_FLUSH);
		if (ret == Z_STREAM_END) {
			g->between = 1;
			continue;
		}
		if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT) {
			gzip_error(in, "corrupt");
			break;
		}
		if (ret == Z_MEM_ERROR)
			die("out of memory");
		if (zs->avail_out == 0)
			break;
		if (ret == Z_BUF_ERROR && zs->avail_in == 0 && g->in_eof) {
			gzip_error(in, "truncated");
			break;
		}
	}
	return INPUT_BLOCK - zs->avail_out;
}

static int
fill(struct input *in)
{
	size_t n = 0;

	if (in->eof)
		return 0;
	in->block_base += in->end;
	if (!in->sniffed) {
		in->sniffed = 1;
		n = fread(in->block, 1, INPUT_BLOCK, in->fp);
		in->file_pos += n;
		if (is_gzip_magic(in->block, n))
			gzip_start(in, n);
	} else if (!in->gz) {
		n = fread(in->block, 1, INPUT_BLOCK, in->fp);
		in->file_pos += n;
	}
	if (in->gz)
		n = gzip_fill(in);
	in->pos = 0;
	in->end = n;
	if (n == 0) {
		in->eof = 1;
		if (!in->gz && ferror(in->fp)) {
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
	in->read_at = in->block_base + in->pos;
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

int
input_is_gzip(const struct input *in)
{
	return in->gz != NULL;
}

int
input_failed(const struct input *in)
{
	return in->failed || in->corrupt;
}

unsigned long long
input_origin(const struct input *in, unsigned long long *decoded)
{
	if (decoded)
		*decoded = in->read_at;
	return in->gz ? in->block_member : in->read_at;
}

/*
 * Make the raw bytes s[0..n) of one line the line: as they are when they
 * need no repair (most lines), else repaired into in->fixed.  clean: the
 * caller's scan saw no byte repair must look at.
 */
static int
finish_line(struct input *in, const char *s, size_t n, int clean,
    struct line_view *line)
{
	size_t before;

	if (in->lineno == 0 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	in->lineno++;
	if (clean || utf8_clean_prefix(s, n) == n) {
		line->data = s;
		line->len = n;
		return 1;
	}
	buf_clear(&in->fixed);
	before = in->repairs.invalid + in->repairs.controls;
	utf8_repair(&in->fixed, s, n, &in->repairs);
	line->data = in->fixed.data;
	line->len = in->fixed.len;
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
input_line_view(struct input *in, struct line_view *line)
{
	size_t max = in->opt->max_line ? in->opt->max_line : INPUT_MAX_LINE;
	size_t k, avail;
	int special = 0;

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
	/*
	 * The common case: the whole line lies inside the block.  It is
	 * used where it lies, its line end overwritten with the NUL that
	 * callers may rely on (the byte was read, and the block is ours).
	 */
	avail = in->end - in->pos;
	k = swar_line_scan(in->block + in->pos, avail, &special);
	if (k < avail && k <= max) {
		char *s = in->block + in->pos;

		in->pos += k;
		skip_line_end(in);
		s[k] = '\0';
		return finish_line(in, s, k, !special, line);
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
	return finish_line(in, in->raw.data ? in->raw.data : "", in->raw.len,
	    0, line);
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
is_folder(FILE *fp)
{
	struct stat st;

	return fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode);
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
	} else if (is_folder(in.fp)) {
		/* fopen takes a folder, and its first read fails: the reader
		 * would have seen an empty input (strip-markup wrote a
		 * document for it) and a second message */
		fclose(in.fp);
		errno = EISDIR;
		warning("%s:", operand);
		return 1;
	}
	fn(&in, ctx);
	report(&in);
	/* a gzip error keeps what came before it, but the input failed */
	failed = in.failed || in.corrupt;
	gzip_end(&in);
	if (!is_stdin)
		fclose(in.fp);
	else
		clearerr(stdin);
	buf_free(&in.raw);
	buf_free(&in.fixed);
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
