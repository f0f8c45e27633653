// cld2.cc: CLD2 on the language dev set, for eval-lang-detectors.sh.
// stdin: "set<TAB>id<TAB>gold<TAB>text" lines; stdout: "gold<TAB>found"
// lines (found "" when CLD2 is not reliable); stderr: the MB/s of the
// calls alone.
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>
#include <malloc.h>
#include <string>

#include <cld2/public/compact_lang_det.h>

int
main()
{
	std::string line;
	double secs = 0;
	size_t bytes = 0;

	// as strip-markup does (lang-cld2.cc): no mmap per call
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 8 << 20);
	while (std::getline(std::cin, line)) {
		size_t a = line.find('\t'), b = line.find('\t', a + 1),
		    c = line.find('\t', b + 1);
		if (c == std::string::npos)
			continue;
		std::string gold = line.substr(b + 1, c - b - 1);
		std::string text = line.substr(c + 1);
		CLD2::Language lang3[3];
		int percent3[3], text_bytes;
		bool reliable;
		struct timespec t0, t1;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		CLD2::Language l = CLD2::DetectLanguageSummary(text.data(),
		    (int)text.size(), true, lang3, percent3, &text_bytes,
		    &reliable);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		secs += (double)(t1.tv_sec - t0.tv_sec) +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		bytes += text.size();
		std::string code = reliable && percent3[0] > 50 ?
		    CLD2::LanguageCode(l) : "";
		code = code.substr(0, code.find('-'));
		if (code == "iw")
			code = "he";
		if (code == "un")
			code = "";
		std::printf("%s\t%s\n", gold.c_str(), code.c_str());
	}
	std::fprintf(stderr, "%.2f\n", (double)bytes / 1e6 / secs);
	return 0;
}
