# tag-entities: names, dates, times, sums and percentages, tagged inline.
# a rule of ours must not become the default goal
all:

FILTERS += tag-entities
TE = filters/tag-entities
tag-entities_SRCS = $(TE)/tag-entities.c $(TE)/tagger.c $(TE)/tokenize.c \
	$(TE)/rules.c $(TE)/gazetteer.c $(TE)/names-rules.c \
	$(B)/gen/tag-entities/gazetteer-data.c
tag-entities_TESTS = $(TE)/test-tokenize.c

# the gazetteer: data/ in the repo plus Debian iso-codes (build group)
ISO_CODES = /usr/share/iso-codes/json
$(B)/gen/tag-entities/gazetteer-data.c: $(TE)/gen-gazetteer.sh \
    $(wildcard $(TE)/data/*.txt)
	@mkdir -p $(@D)
	sh $(TE)/gen-gazetteer.sh $(TE)/data $(ISO_CODES) > $@.tmp
	mv $@.tmp $@
$(B)/obj/$(B)/gen/tag-entities/gazetteer-data.o: CPPFLAGS += -I$(TE)
