# split-sentences: one sentence per line
FILTERS += split-sentences
split-sentences_SRCS = filters/split-sentences/split-sentences.c \
	filters/split-sentences/segment.c filters/split-sentences/abbrev.c \
	$(B)/gen/split-sentences/abbrev-data.c
split-sentences_TESTS = filters/split-sentences/test-segment.c

# the word lists of each language, compiled in
SPLIT_SENTENCES_LANGS = en de es fr da it nl pl pt ru ar hy el
# languages split by punctuation alone (data/punct.txt: no word lists)
SPLIT_SENTENCES_PUNCT_LANGS = ja zh ko hi mr ne ur fa am my th
SPLIT_SENTENCES_DATA = $(SPLIT_SENTENCES_LANGS:%=filters/split-sentences/data/%.txt) \
	filters/split-sentences/data/punct.txt

$(B)/gen/split-sentences/abbrev-data.c: filters/split-sentences/gen-abbrev.sh \
    $(SPLIT_SENTENCES_DATA) filters/split-sentences/module.mk
	@mkdir -p $(@D)
	filters/split-sentences/gen-abbrev.sh \
	    $(foreach l,$(SPLIT_SENTENCES_LANGS),$(l):filters/split-sentences/data/$(l).txt) \
	    $(foreach l,$(SPLIT_SENTENCES_PUNCT_LANGS),$(l):filters/split-sentences/data/punct.txt) >$@.tmp
	mv $@.tmp $@

# the generated file includes abbrev.h from the source folder
$(B)/obj/$(B)/gen/split-sentences/abbrev-data.o: CPPFLAGS += -Ifilters/split-sentences
