/* lang.c: the languages tag-entities knows (see lang.h).  A second
 * language is a row here: its rules' words and its name model. */
#include <string.h>

#include "lang.h"

static const struct lang languages[] = {
	{ "en", &words_en, 1 },
};

/* any other language: no names, the rules that need no words */
static const struct lang other = { NULL, &words_none, 0 };

size_t
lang_primary(const char *tag, size_t n, char *code)
{
	size_t k;

	for (k = 0; k < n && tag[k] != '-' && tag[k] != '_'; k++) {
		char c = tag[k];

		if (k == LANG_CODE_MAX)
			return 0;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 'a' - 'A');
		else if (c < 'a' || c > 'z')
			return 0;
		code[k] = c;
	}
	code[k] = '\0';
	return k >= 2 ? k : 0;
}

const struct lang *
lang_find(const char *tag, size_t n)
{
	char code[LANG_CODE_MAX + 1];
	size_t i;

	if (!lang_primary(tag, n, code))
		return &other;
	for (i = 0; i < sizeof languages / sizeof languages[0]; i++)
		if (strcmp(languages[i].code, code) == 0)
			return &languages[i];
	return &other;
}

void
lang_named(struct buf *out)
{
	size_t i;
	int first = 1;

	for (i = 0; i < sizeof languages / sizeof languages[0]; i++)
		if (languages[i].names) {
			if (!first)
				buf_adds(out, ", ");
			buf_adds(out, languages[i].code);
			first = 0;
		}
}
