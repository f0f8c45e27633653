/* json-parsers.c: strip-markup's JSON Lines parser beside jansson and
 * json-c, on the same lines: time to get every string field of each line
 * (what strip-markup needs), and what each does with hostile lines.
 * Built and run by bench/bench-dumps.sh; not part of the filters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* jansson and json-c both name things json_object: one part per build,
 * chosen by -DPART=1 (ours and main), 2 (jansson), 3 (json-c) */
size_t with_jansson(const char *s, size_t n);
size_t with_jsonc(void *tok, const char *s, size_t n);
void *jsonc_new(void);
void jsonc_free(void *tok);

#if PART == 2
#include <jansson.h>

#elif PART == 3
#include <json-c/json.h>
#else
/* the parser under test, with its static functions */
#include "../filters/strip-markup/jsonl.c"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static size_t
ours(struct jsonl *j, const char *s, size_t n)
{
	size_t i, sum = 0;

	if (!parse_object(j, s, n))
		return 0;
	for (i = 0; i < j->nf; i++)
		sum += j->f[i].vlen;
	return sum + 1;
}

#endif
#if PART == 2
size_t
with_jansson(const char *s, size_t n)
{
	json_error_t err;
	json_t *o = json_loadb(s, n, 0, &err), *v;
	const char *k;
	size_t sum = 0;

	if (!o || !json_is_object(o)) {
		json_decref(o);
		return 0;
	}
	json_object_foreach(o, k, v)
		if (json_is_string(v))
			sum += json_string_length(v);
	json_decref(o);
	return sum + 1;
}

#elif PART == 3
void *
jsonc_new(void)
{
	return json_tokener_new();
}

void
jsonc_free(void *tok)
{
	json_tokener_free(tok);
}

size_t
with_jsonc(void *tok, const char *s, size_t n)
{
	json_object *o;
	size_t sum = 0;

	json_tokener_reset(tok);
	o = json_tokener_parse_ex(tok, s, (int)n);
	if (!o || !json_object_is_type(o, json_type_object)) {
		json_object_put(o);
		return 0;
	}
	json_object_object_foreach(o, k, v) {
		(void)k;
		if (json_object_is_type(v, json_type_string))
			sum += (size_t)json_object_get_string_len(v);
	}
	json_object_put(o);
	return sum + 1;
}
#else
int
main(int argc, char **argv)
{
	static const char *const hostile[] = {
		"{\"text\": \"caf\xe9 bad UTF-8\"}",
		"{\"text\": \"ok\", \"deep\": " /* 5000 levels, made below */,
		"{\"text\": \"lone \\ud800 surrogate\"}",
		"{\"text\": \"trailing\"} junk",
	};
	struct jsonl j;
	void *tok = jsonc_new();
	FILE *fp;
	char *data, *p, *end, *nl;
	long size;
	double t;
	size_t lines = 0, sum[3] = { 0, 0, 0 }, i;
	int rep, reps = argc > 2 ? atoi(argv[2]) : 5;

	if (argc < 2 || !(fp = fopen(argv[1], "rb")))
		return 2;
	fseek(fp, 0, SEEK_END);
	size = ftell(fp);
	rewind(fp);
	data = malloc((size_t)size);
	if (fread(data, 1, (size_t)size, fp) != (size_t)size)
		return 2;
	fclose(fp);
	end = data + size;
	memset(&j, 0, sizeof j);
	for (int which = 0; which < 3; which++) {
		t = now();
		for (rep = 0; rep < reps; rep++)
			for (p = data; p < end; p = nl + 1) {
				if (!(nl = memchr(p, '\n', (size_t)(end - p))))
					nl = end;
				if (which == 0)
					sum[0] += ours(&j, p, (size_t)(nl - p));
				else if (which == 1)
					sum[1] += with_jansson(p, (size_t)(nl - p));
				else
					sum[2] += with_jsonc(tok, p, (size_t)(nl - p));
				lines += which == 0 && rep == 0;
			}
		t = now() - t;
		printf("%-8s %7.1f MB/s  (%zu lines x %d, string bytes %zu)\n",
		    which == 0 ? "ours" : which == 1 ? "jansson" : "json-c",
		    (double)size * reps / t / 1e6, lines, reps, sum[which]);
	}
	/* hostile lines: 1 = the line is taken */
	for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		struct buf line = BUF_INIT;

		buf_adds(&line, hostile[i]);
		if (i == 1) {
			for (int d = 0; d < 5000; d++)
				buf_addc(&line, '[');
			for (int d = 0; d < 5000; d++)
				buf_addc(&line, ']');
			buf_addc(&line, '}');
		}
		printf("hostile %zu: ours %d jansson %d json-c %d\n", i,
		    ours(&j, line.data, line.len) != 0,
		    with_jansson(line.data, line.len) != 0,
		    with_jsonc(tok, line.data, line.len) != 0);
		buf_free(&line);
	}
	jsonc_free(tok);
	free(data);
	return 0;
}
#endif
