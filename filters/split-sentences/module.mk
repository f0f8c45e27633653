# split-sentences: one sentence per line
FILTERS += split-sentences
split-sentences_SRCS = filters/split-sentences/split-sentences.c \
	filters/split-sentences/segment.c filters/split-sentences/abbrev.c \
	$(B)/gen/split-sentences/abbrev-data.c
split-sentences_TESTS = filters/split-sentences/test-segment.c

# the word lists of each language, compiled in
SPLIT_SENTENCES_LANGS = en de es fr
SPLIT_SENTENCES_DATA = $(SPLIT_SENTENCES_LANGS:%=filters/split-sentences/data/%.txt)

$(B)/gen/split-sentences/abbrev-data.c: filters/split-sentences/gen-abbrev.sh \
    $(SPLIT_SENTENCES_DATA) filters/split-sentences/module.mk
	@mkdir -p $(@D)
	filters/split-sentences/gen-abbrev.sh \
	    $(foreach l,$(SPLIT_SENTENCES_LANGS),$(l):filters/split-sentences/data/$(l).txt) >$@.tmp
	mv $@.tmp $@

# the generated file includes abbrev.h from the source folder
$(B)/obj/$(B)/gen/split-sentences/abbrev-data.o: CPPFLAGS += -Ifilters/split-sentences
