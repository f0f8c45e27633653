/* rules.h: DATE, TIME, MONEY and PERCENT by rule, over tokens. */
#ifndef TAG_ENTITIES_RULES_H
#define TAG_ENTITIES_RULES_H

#include "sent.h"

/* append the dates, times, sums and percentages of a line to out, in
 * the words of its language (st->words); what is written with signs and
 * digits (currency signs and codes, %, clock times, ISO and slashed
 * dates) needs no words and is tagged in every language */
void rules_tag(const struct sent *st, struct mentions *out);

#endif
