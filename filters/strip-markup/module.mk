# strip-markup: HTML to the copydesk stream
FILTERS += strip-markup
strip-markup_SRCS = filters/strip-markup/strip-markup.c \
	filters/strip-markup/article.c filters/strip-markup/attrs.c \
	filters/strip-markup/charset.c filters/strip-markup/elements.c \
	filters/strip-markup/entities.c \
	filters/strip-markup/html.c filters/strip-markup/http.c \
	filters/strip-markup/jsonl.c filters/strip-markup/jsonld.c \
	filters/strip-markup/lang.c filters/strip-markup/meta.c \
	filters/strip-markup/plain.c filters/strip-markup/text.c \
	filters/strip-markup/tokenizer.c filters/strip-markup/warc.c
# language detection: CLD2 through a C++ shim (lang-cld2.cc), linked as
# an extra object so that the C parts keep the C rules
SM_CLD2 = $(B)/obj/filters/strip-markup/lang-cld2.o
strip-markup_LDLIBS = $(SM_CLD2) -lcld2 -lstdc++
CXXFLAGS_SM = -std=c++17 -Wall -Wextra -Werror -Icommon \
	-Ifilters/strip-markup $(CFLAGS)
# the C++ compiler of the C one: clang's sanitizer and fuzzer flags are
# clang's (make fuzz, make CC=clang)
SM_CXX = $(if $(findstring clang,$(CC)),clang++,$(CXX))
$(SM_CLD2): filters/strip-markup/lang-cld2.cc filters/strip-markup/lang.h
	@mkdir -p $(@D)
	$(SM_CXX) $(CXXFLAGS_SM) -c -o $@ filters/strip-markup/lang-cld2.cc
$(B)/bin/strip-markup: $(SM_CLD2)
strip-markup_TESTS = filters/strip-markup/test-attrs.c \
	filters/strip-markup/test-tokenizer.c \
	filters/strip-markup/test-html5lib.c filters/strip-markup/test-charset.c \
	filters/strip-markup/test-article.c filters/strip-markup/test-http.c \
	filters/strip-markup/test-lang.c filters/strip-markup/test-meta.c \
	filters/strip-markup/test-text.c
$(patsubst filters/strip-markup/%.c,$(B)/test/%,$(strip-markup_TESTS)): | \
    $(SM_CLD2)

# tables made at build time from data/, each by the generator beside it
# (gen-NAME.sh DATA > NAME.inc), so that the filter carries them with no
# data file installed
SM_GEN = $(B)/gen/strip-markup
define sm_generate
	@mkdir -p $(@D)
	sh $(word 2,$^) $< >$@.tmp
	mv $@.tmp $@
endef
# the named character references, from the WHATWG data
$(SM_GEN)/entities.inc: filters/strip-markup/data/entities.json \
    filters/strip-markup/gen-entities.sh
	$(sm_generate)
# the labels of page furniture (share bars, picture credits, reading
# times, datelines) in several languages
$(SM_GEN)/labels.inc: filters/strip-markup/data/labels.txt \
    filters/strip-markup/gen-labels.sh
	$(sm_generate)
# the words of datelines (months in 22 languages, update and masthead
# words)
$(SM_GEN)/dates.inc: filters/strip-markup/data/dates.txt \
    filters/strip-markup/gen-dates.sh
	$(sm_generate)
# the function words of the first-stage language detector
$(SM_GEN)/lang-words.inc: filters/strip-markup/data/lang-words.txt \
    filters/strip-markup/gen-lang-words.sh
	$(sm_generate)
# the ISO 639 codes a declared language must begin with
$(SM_GEN)/iso-639.inc: filters/strip-markup/data/iso-639.txt \
    filters/strip-markup/gen-iso-639.sh
	$(sm_generate)
$(B)/obj/filters/strip-markup/entities.o: $(SM_GEN)/entities.inc
$(B)/obj/filters/strip-markup/article.o: $(SM_GEN)/labels.inc
$(B)/obj/filters/strip-markup/meta.o: $(SM_GEN)/dates.inc
$(B)/obj/filters/strip-markup/lang.o: $(SM_GEN)/lang-words.inc \
    $(SM_GEN)/iso-639.inc
$(addprefix $(B)/obj/filters/strip-markup/,entities.o article.o meta.o \
    lang.o): \
    CPPFLAGS += -I$(SM_GEN)
