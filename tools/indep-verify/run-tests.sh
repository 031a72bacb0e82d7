#!/bin/sh
# run-tests.sh CORPUS_DIR RECORD...
#
# Runs the independent verifier on the reference's tamper corpus (run-corpus.py
# CORPUS_DIR: the genuine record passes with every option, every tampered file fails
# every check its `expected` list names) and then checks that each genuine RECORD
# verifies (run-corpus.py --only-genuine RECORD). Exit 0 only when everything passes.
#
# For ctest, for example:
#   add_test(NAME indep-verify COMMAND sh ${CMAKE_SOURCE_DIR}/tools/indep-verify/run-tests.sh
#            ${CORPUS_DIR} ${RECORDS})
set -u
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
[ -x "$py" ] || py=python3

if [ $# -lt 1 ]; then
    echo "usage: run-tests.sh CORPUS_DIR [RECORD...]" >&2
    exit 2
fi
corpus=$1
shift
status=0

echo "== corpus $corpus"
"$py" "$here/run-corpus.py" "$corpus" || status=1

for rec in "$@"; do
    echo "== genuine $rec"
    "$py" "$here/run-corpus.py" --only-genuine "$rec" || status=1
done

if [ $status -eq 0 ]; then echo "run-tests: all passed"; else echo "run-tests: FAILURES"; fi
exit $status
