/* attrs.c: a start tag's attributes that the HTML path reads, in one pass. */
#include <string.h>

#include "attrs.h"

void
tag_attrs_read(const struct tok_tag *tag, struct tag_attrs *a)
{
#define IS(lit) (memcmp(t->name, lit, sizeof lit - 1) == 0)
	size_t i;

	/* each field, not memset: GCC makes a memset of this size a string
	 * instruction (twelve steps), the fields six vector stores */
	a->class = a->id = a->style = a->hidden = a->aria_hidden = NULL;
	a->rel = a->itemprop = NULL;
	a->content = a->name = a->property = a->http_equiv = a->title = NULL;
	if (tag->end)
		return;
	/* backwards, so that of duplicates the first is written last (the
	 * tokenizer drops them already; the reader holds for any tag), and
	 * by the name's length, then one or two comparisons */
	for (i = tag->nattrs; i-- > 0;) {
		const struct tok_attr *t = &tag->attrs[i];

		switch (t->name_len) {
		case 2: if (IS("id")) a->id = t->value; break;
		case 3: if (IS("rel")) a->rel = t->value; break;
		case 4: if (IS("name")) a->name = t->value; break;
		case 5:
			if (IS("class"))
				a->class = t->value;
			else if (IS("style"))
				a->style = t->value;
			else if (IS("title"))
				a->title = t->value;
			break;
		case 6: if (IS("hidden")) a->hidden = t->value; break;
		case 7:
			if (IS("content"))
				a->content = t->value;
			break;
		case 8:
			if (IS("itemprop"))
				a->itemprop = t->value;
			else if (IS("property"))
				a->property = t->value;
			break;
		case 10:
			if (IS("http-equiv"))
				a->http_equiv = t->value;
			break;
		case 11:
			if (IS("aria-hidden"))
				a->aria_hidden = t->value;
			break;
		}
	}
#undef IS
}
