/* Runs the html5lib tokenizer tests (tests/data/strip-markup/html5lib) on
 * the tokenizer.  Comments are not reported by our tokenizer and doctypes
 * carry no fields, so those tokens compare as nothing and "[!]".  Inputs
 * holding lone surrogates (doubleEscaped) cannot be UTF-8 and are skipped.
 */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "charset.h"
#include "test-data.h"
#include "tokenizer.h"
#include "utf8.h"
#include "xalloc.h"

/* ---- a small JSON reader ---- */

enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct json {
	enum jtype type;
	struct buf str;		/* J_STR; for J_OBJ members, the key */
	struct json **items;	/* J_ARR, J_OBJ */
	struct json **keys;	/* J_OBJ: keys[i] names items[i] */
	size_t n;
	int boolean;
};

static const char *jp;

static void
skip_ws(void)
{
	while (*jp == ' ' || *jp == '\n' || *jp == '\t' || *jp == '\r')
		jp++;
}

static unsigned
hex4(const char *s)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		int c = s[i];

		v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' +
		    10);
	}
	return v;
}

static void
parse_string(struct buf *b)
{
	unsigned u, u2;

	jp++;	/* '"' */
	while (*jp && *jp != '"') {
		if (*jp != '\\') {
			buf_addc(b, *jp++);
			continue;
		}
		jp++;
		switch (*jp) {
		case 'n': buf_addc(b, '\n'); break;
		case 't': buf_addc(b, '\t'); break;
		case 'r': buf_addc(b, '\r'); break;
		case 'f': buf_addc(b, '\f'); break;
		case 'b': buf_addc(b, '\b'); break;
		case 'u':
			u = hex4(jp + 1);
			jp += 4;
			if (u >= 0xD800 && u <= 0xDBFF && jp[1] == '\\' &&
			    jp[2] == 'u') {
				u2 = hex4(jp + 3);
				if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
					u = 0x10000 + ((u - 0xD800) << 10) +
					    (u2 - 0xDC00);
					jp += 6;
				}
			}
			if (u >= 0xD800 && u <= 0xDFFF)
				u = 0xFFFD;	/* never in our tests' inputs */
			utf8_add(b, (int32_t)u);
			break;
		default: buf_addc(b, *jp); break;
		}
		jp++;
	}
	jp++;
}

static struct json *
parse_value(void)
{
	struct json *j = xcalloc(1, sizeof *j);

	skip_ws();
	if (*jp == '"') {
		j->type = J_STR;
		parse_string(&j->str);
	} else if (*jp == '[' || *jp == '{') {
		int obj = *jp == '{';

		j->type = obj ? J_OBJ : J_ARR;
		jp++;
		for (;;) {
			skip_ws();
			if (*jp == ']' || *jp == '}') {
				jp++;
				break;
			}
			if (*jp == ',') {
				jp++;
				continue;
			}
			j->items = xreallocarray(j->items, j->n + 1,
			    sizeof *j->items);
			j->keys = xreallocarray(j->keys, j->n + 1,
			    sizeof *j->keys);
			j->keys[j->n] = NULL;
			if (obj) {
				j->keys[j->n] = parse_value();
				skip_ws();
				jp++;	/* ':' */
			}
			j->items[j->n++] = parse_value();
		}
	} else if (strncmp(jp, "true", 4) == 0 || strncmp(jp, "false", 5) == 0) {
		j->type = J_BOOL;
		j->boolean = *jp == 't';
		jp += j->boolean ? 4 : 5;
	} else if (strncmp(jp, "null", 4) == 0) {
		jp += 4;
	} else {
		j->type = J_NUM;
		while (*jp && strchr("+-.0123456789eE", *jp))
			jp++;
	}
	return j;
}

static void
json_free(struct json *j)
{
	size_t i;

	if (!j)
		return;
	for (i = 0; i < j->n; i++) {
		json_free(j->items[i]);
		json_free(j->keys[i]);
	}
	free(j->items);
	free(j->keys);
	buf_free(&j->str);
	free(j);
}

static struct json *
get(const struct json *j, const char *key)
{
	size_t i;

	if (!j || j->type != J_OBJ)
		return NULL;
	for (i = 0; i < j->n; i++)
		if (strcmp(j->keys[i]->str.data, key) == 0)
			return j->items[i];
	return NULL;
}

/* ---- running the tokenizer ---- */

static void
on_text(void *ctx, const char *s, size_t n)
{
	buf_add(ctx, s, n);
}

static void
on_tag(void *ctx, const struct tok_tag *tag)
{
	struct buf *b = ctx;
	size_t i;

	buf_printf(b, "[%s%s", tag->end ? "/" : "", tag->name);
	if (!tag->end)
		for (i = 0; i < tag->nattrs; i++)
			buf_printf(b, " %s=%s", tag->attrs[i].name,
			    tag->attrs[i].value);
	buf_adds(b, tag->self_closing && !tag->end ? "/]" : "]");
}

static void
on_doctype(void *ctx)
{
	buf_adds(ctx, "[!]");
}

/* the expected tokens in the same notation */
static void
expected(struct buf *b, const struct json *out)
{
	size_t i, k;

	for (i = 0; i < out->n; i++) {
		const struct json *t = out->items[i];
		const char *kind = t->items[0]->str.data;

		if (strcmp(kind, "Character") == 0) {
			buf_add(b, t->items[1]->str.data, t->items[1]->str.len);
		} else if (strcmp(kind, "StartTag") == 0) {
			const struct json *a = t->items[2];

			buf_printf(b, "[%s", t->items[1]->str.data);
			for (k = 0; k < a->n; k++)
				buf_printf(b, " %s=%s", a->keys[k]->str.data,
				    a->items[k]->str.len ?
				    a->items[k]->str.data : "");
			buf_adds(b, t->n > 3 && t->items[3]->boolean ? "/]" :
			    "]");
		} else if (strcmp(kind, "EndTag") == 0) {
			buf_printf(b, "[/%s]", t->items[1]->str.data);
		} else if (strcmp(kind, "DOCTYPE") == 0) {
			buf_adds(b, "[!]");
		}
	}
}

/* the spec's input preprocessing: CR LF and CR become LF */
static void
preprocess(struct buf *b, const struct buf *in)
{
	size_t i;

	for (i = 0; i < in->len; i++) {
		if (in->data[i] == '\r') {
			buf_addc(b, '\n');
			if (i + 1 < in->len && in->data[i + 1] == '\n')
				i++;
		} else {
			buf_addc(b, in->data[i]);
		}
	}
}

static const struct {
	const char *name;
	enum tok_model m;
} models[] = {
	{ "Data state", TOK_DATA }, { "PLAINTEXT state", TOK_PLAINTEXT },
	{ "RCDATA state", TOK_RCDATA }, { "RAWTEXT state", TOK_RAWTEXT },
	{ "Script data state", TOK_SCRIPT },
	{ "CDATA section state", TOK_CDATA }
};

static void
run_case(const char *file, const struct json *test, enum tok_model m,
    int bytewise, int *failed)
{
	struct buf input = BUF_INIT, got = BUF_INIT, want = BUF_INIT;
	struct tok_sink sink = { .text = on_text, .tag = on_tag,
	    .doctype = on_doctype, .ctx = &got };
	const struct json *last = get(test, "lastStartTag");
	struct tok t;
	size_t i;

	preprocess(&input, &get(test, "input")->str);
	tok_init(&t, &sink);
	tok_set_model(&t, m, last ? last->str.data : NULL, 1);
	if (bytewise)
		for (i = 0; i < input.len; i++)
			tok_feed(&t, input.data + i, 1);
	else
		tok_feed(&t, input.data, input.len);
	tok_finish(&t);
	tok_free(&t);
	expected(&want, get(test, "output"));
	if (got.len == want.len && (!got.len ||
	    memcmp(got.data, want.data, got.len) == 0)) {
		checks_passed++;
	} else {
		checks_failed++;
		(*failed)++;
		if (*failed <= 10)
			fprintf(stderr, "%s: %s%s\n  input %s\n  got  %s\n"
			    "  want %s\n", file,
			    get(test, "description")->str.data,
			    bytewise ? " (byte-wise)" : "", input.data,
			    got.data ? got.data : "",
			    want.data ? want.data : "");
	}
	buf_free(&input);
	buf_free(&got);
	buf_free(&want);
}

static void
run_file(const char *top, const char *name)
{
	struct buf path = BUF_INIT, text = BUF_INIT;
	struct json *root, *tests, *test, *states;
	size_t i, k, m;
	int failed = 0, ran = 0;

	buf_printf(&path, "%s/tests/data/strip-markup/html5lib/tokenizer/%s",
	    top, name);
	if (read_file(path.data, &text) != 0) {
		fprintf(stderr, "%s: cannot read\n", path.data);
		checks_failed++;
		buf_free(&path);
		return;
	}
	jp = text.data;
	root = parse_value();
	tests = get(root, "tests");
	for (i = 0; tests && i < tests->n; i++) {
		test = tests->items[i];
		if (get(test, "doubleEscaped"))
			continue;
		states = get(test, "initialStates");
		for (k = 0; k < (states ? states->n : 1); k++) {
			enum tok_model model = TOK_DATA;

			for (m = 0; states && m < sizeof models /
			    sizeof models[0]; m++)
				if (strcmp(states->items[k]->str.data,
				    models[m].name) == 0)
					model = models[m].m;
			run_case(name, test, model, 0, &failed);
			run_case(name, test, model, 1, &failed);
			ran++;
		}
	}
	printf("html5lib %s: %d cases, %d failed\n", name, ran, failed);
	json_free(root);
	buf_free(&text);
	buf_free(&path);
}

int
main(int argc, char *argv[])
{
	static const char *const files[] = {
		"namedEntities.test", "numericEntities.test", "entities.test",
		"test1.test", "test2.test", "test3.test", "test4.test",
		"contentModelFlags.test", "escapeFlag.test",
		"unicodeChars.test", "domjs.test"
	};
	struct buf top = BUF_INIT;
	size_t i;
	char *slash;
	int up;

	/* argv[0] is TOP/BUILD/test/test-html5lib */
	if (argc < 1 || argv[0][0] != '/')
		buf_adds(&top, "./");
	buf_adds(&top, argc > 0 ? argv[0] : "");
	for (up = 0; up < 3; up++) {
		slash = strrchr(top.data, '/');
		if (!slash) {
			buf_clear(&top);
			buf_adds(&top, "..");
			break;
		}
		buf_truncate(&top, (size_t)(slash - top.data));
	}
	for (i = 0; i < sizeof files / sizeof files[0]; i++)
		run_file(top.data, files[i]);
	buf_free(&top);
	return check_report("test-html5lib");
}
