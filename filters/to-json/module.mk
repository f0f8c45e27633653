# to-json: the stream as JSON Lines
FILTERS += to-json
to-json_SRCS = filters/to-json/to-json.c filters/to-json/json.c
to-json_TESTS = filters/to-json/test-json.c
