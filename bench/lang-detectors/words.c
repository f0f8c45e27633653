/* words.c: strip-markup's own detection (lang.c) on the language dev set,
 * for eval-lang-detectors.sh; the same input and output as cld2.cc.
 *   words.c words       stage 1 alone (function words): "" where it
 *                       does not answer
 *   words.c words+cld2  stage 1, and CLD2 (lang-cld2.cc) where it does
 *                       not answer, as lang_decide does; CLD2's answer
 *                       only where lang_confident() holds
 * Both read the whole text, as cld2.cc does (strip-markup reads a sample
 * of LANG_SAMPLE bytes: bench/eval-lang.sh). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lang.h"

int
main(int argc, char **argv)
{
	static char line[1 << 20];
	int cld2 = argc > 1 && !strcmp(argv[1], "words+cld2");
	double secs = 0;
	size_t bytes = 0;

	lang_detector_init();
	while (fgets(line, sizeof line, stdin)) {
		char *gold, *text, *p;
		struct lang_guess g;
		struct timespec t0, t1;
		int found;

		line[strcspn(line, "\n")] = '\0';
		if (!(p = strchr(line, '\t')) || !(gold = strchr(p + 1, '\t')))
			continue;
		gold++;
		if (!(text = strchr(gold, '\t')))
			continue;
		*text++ = '\0';
		clock_gettime(CLOCK_MONOTONIC, &t0);
		found = lang_words_detect(text, strlen(text), &g);
		if (!found && cld2) {
			lang_detect(text, strlen(text), &g);
			found = lang_confident(&g);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		secs += (double)(t1.tv_sec - t0.tv_sec) +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		bytes += strlen(text);
		printf("%s\t%s\n", gold, found ? g.code : "");
	}
	fprintf(stderr, "%.2f\n", (double)bytes / 1e6 / secs);
	return 0;
}
