/* exttextcat.c: libexttextcat on the language dev set, for
 * eval-lang-detectors.sh; the same input and output as cld2.cc.  Its
 * answer is "[de][nl]..." (all candidates near the best), "SHORT" or
 * "UNKNOWN": the first candidate is taken as its answer (the kindest
 * reading: strip-markup could not trust a tie). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <libexttextcat/textcat.h>

int
main(int argc, char **argv)
{
	static char line[1 << 20];
	double secs = 0;
	size_t bytes = 0;
	void *h;

	if (argc != 2) {
		fprintf(stderr, "usage: exttextcat DATADIR/\n");
		return 2;
	}
	char conf[4096];
	snprintf(conf, sizeof conf, "%sfpdb.conf", argv[1]);
	if (!(h = special_textcat_Init(conf, argv[1]))) {
		fprintf(stderr, "exttextcat: cannot load %s\n", conf);
		return 1;
	}
	while (fgets(line, sizeof line, stdin)) {
		char *gold, *text, *r, code[16] = "";
		struct timespec t0, t1;
		size_t k;

		line[strcspn(line, "\n")] = '\0';
		if (!(gold = strchr(line, '\t')) ||
		    !(gold = strchr(gold + 1, '\t')) ||
		    !(text = strchr(gold + 1, '\t')))
			continue;
		gold++;
		*text++ = '\0';
		clock_gettime(CLOCK_MONOTONIC, &t0);
		r = textcat_Classify(h, text, strlen(text));
		clock_gettime(CLOCK_MONOTONIC, &t1);
		secs += (double)(t1.tv_sec - t0.tv_sec) +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		bytes += strlen(text);
		/* the first candidate of "[de][nl]" or "[de-DE]" */
		if (r[0] == '[' && (k = strcspn(r + 1, "]-")) < sizeof code) {
			memcpy(code, r + 1, k);
			code[k] = '\0';
		}
		printf("%s\t%s\n", gold, code);
	}
	fprintf(stderr, "%.2f\n", (double)bytes / 1e6 / secs);
	textcat_Done(h);
	return 0;
}
