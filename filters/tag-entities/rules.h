/* rules.h: DATE, TIME, MONEY and PERCENT by rule, over tokens. */
#ifndef TAG_ENTITIES_RULES_H
#define TAG_ENTITIES_RULES_H

#include "gazetteer.h"
#include "sent.h"

/* append the dates, times, sums and percentages of a line to out */
void rules_tag(const struct sent *st, struct mentions *out);
/* whether the rules' word lists are in lower case and their first words
 * carry GAZ_RULE (for the unit tests) */
int rules_words_ok(const struct gazetteer *g);

#endif
