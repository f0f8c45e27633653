// lang-cld2.cc: the C shim over CLD2's C++ API (Compact Language Detector
// 2, Debian libcld2-dev, Apache-2.0); the rest of strip-markup is C.
#include <cstdio>	// compact_lang_det.h uses FILE without including it
#include <cstring>
#include <malloc.h>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" {
#include "lang.h"
}

extern "C" void
lang_detector_init(void)
{
	// CLD2 allocates and frees scratch tables of some hundred KB on
	// every call: glibc would map and unmap them each time (a page fault
	// per page, 50 us a call, measured).  Keeping freed memory up to 8 MB
	// in the heap makes a call cost its work only; larger blocks (our
	// document buffers) are still mapped and given back.
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 8 << 20);
}

extern "C" void
lang_detect(const char *s, size_t n, struct lang_guess *g)
{
	CLD2::Language lang3[3];
	int percent3[3], text_bytes = 0, valid = 0;
	double score3[3];
	bool reliable = false;
	CLD2::CLDHints hints = { NULL, NULL, CLD2::UNKNOWN_ENCODING,
	    CLD2::UNKNOWN_LANGUAGE };
	CLD2::Language lang;

	std::memset(g, 0, sizeof *g);
	if (!n || n > 1 << 20)
		return;
	try {
		lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(s, (int)n, true,
		    &hints, 0, lang3, percent3, score3, NULL, &text_bytes,
		    &reliable, &valid);
	} catch (...) {
		return;		// out of memory: no guess rather than a crash
	}
	if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE)
		return;
	const char *code = CLD2::LanguageCode(lang);
	if (!code || !lang_primary(g->code, code, std::strlen(code)))
		return;
	g->percent = percent3[0];
	g->reliable = reliable;
	g->letters = text_bytes;
}
