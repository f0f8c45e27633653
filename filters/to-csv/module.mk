# to-csv: the stream as CSV (libcsv writes the quoted cells)
FILTERS += to-csv
to-csv_SRCS = filters/to-csv/to-csv.c filters/to-csv/cell.c
to-csv_LDLIBS = -lcsv
to-csv_TESTS = filters/to-csv/test-to-csv.c
