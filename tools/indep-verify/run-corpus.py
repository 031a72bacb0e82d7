#!/usr/bin/python3
"""run-corpus.py -- run pbverify.py over the reference's tamper corpus, or on genuine records.

  run-corpus.py CORPUS_DIR
  run-corpus.py --only-genuine RECORD [--authority FINGERPRINT]

CORPUS_DIR/corpus.json (written by `TestVerifier writeCorpus`): {"genuine": FILE,
  "authority_fingerprint": FP, "election_secret_key": HEX64, "witness_codes": [...],
  "receipts": [...], "tampered": [{"file": FILE, "name": TEXT, "expected": [CHECK_ID, ...]}]}

Corpus mode: the genuine record must verify (exit 0, no FAIL) with every option of
corpus.json (authority, witness codes, election key, and each receipt in turn), and each
tampered file must fail with every id of its `expected` list among the failed checks
(other checks may fail too). A tampered file that passes, lacks an expected id, crashes
or gives no JSON report is an ERROR.

--only-genuine: RECORD must verify (exit 0, no FAIL; warnings allowed), with
--authority when given.

Exit 0 only when every run is OK; 1 otherwise; 2 on wrong usage.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PBVERIFY = os.path.join(HERE, "pbverify.py")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def run(args):
    p = subprocess.run([PY, PBVERIFY] + args + ["--json"], capture_output=True, text=True)
    rep = None
    try:
        rep = json.loads(p.stdout)
    except ValueError:
        pass
    return p.returncode, rep, p.stderr


def genuine_row(label, args):
    code, rep, err = run(args)
    if rep is None or "Traceback" in err:
        return ("ERROR", label, "no JSON report / crash (exit %d): %s" % (code, err.strip()[:300]))
    failed = rep.get("failed", [])
    if code != 0 or failed or not rep.get("ok"):
        return ("ERROR", label, "exit %d, failed: %s" % (code, ", ".join(failed)))
    w = rep.get("warnings", [])
    return ("OK", label, "exit 0" + (" (warnings: %s)" % ", ".join(w) if w else ""))


def print_rows(rows):
    w1 = max([len(r[1]) for r in rows] + [4])
    print("%-6s %-*s %s" % ("STATUS", w1, "FILE", "DETAIL"))
    for s, f, det in rows:
        print("%-6s %-*s %s" % (s, w1, f, det))


def only_genuine(argv):
    rec = None
    auth = None
    i = 0
    while i < len(argv):
        if argv[i] == "--authority" and i + 1 < len(argv):
            auth = argv[i + 1]
            i += 2
        elif rec is None and not argv[i].startswith("--"):
            rec = argv[i]
            i += 1
        else:
            sys.stderr.write("usage: run-corpus.py --only-genuine RECORD [--authority FINGERPRINT]\n")
            return 2
    if rec is None:
        sys.stderr.write("usage: run-corpus.py --only-genuine RECORD [--authority FINGERPRINT]\n")
        return 2
    args = [rec] + (["--authority", auth] if auth else [])
    row = genuine_row(rec, args)
    print_rows([row])
    return 0 if row[0] == "OK" else 1


def corpus(d):
    try:
        with open(os.path.join(d, "corpus.json"), encoding="utf-8") as f:
            c = json.load(f)
        genuine = c["genuine"]
        tampered = list(c.get("tampered", []))
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.stderr.write("run-corpus: cannot read %s/corpus.json: %s\n" % (d, e))
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = [os.path.join(d, genuine)]
        if c.get("authority_fingerprint"):
            base += ["--authority", c["authority_fingerprint"]]
        for w in c.get("witness_codes") or []:
            base += ["--witness", w]
        if c.get("election_secret_key"):
            keyfile = os.path.join(tmp, "election.key")
            with open(keyfile, "w") as f:
                f.write(c["election_secret_key"] + "\n")
            base += ["--election-key", keyfile]
        rows.append(genuine_row("%s (no option)" % genuine, [os.path.join(d, genuine)]))
        for rc in c.get("receipts") or [None]:
            args = base + (["--receipt", rc] if rc else [])
            rows.append(genuine_row("%s (every option%s)" % (genuine, ", receipt " + rc if rc else ""), args))
    for t in tampered:
        f = t.get("file", "?")
        exp = t.get("expected", [])
        code, rep, err = run([os.path.join(d, f)])
        if rep is None or "Traceback" in err:
            rows.append(("ERROR", f, "no JSON report / crash (exit %d): %s" % (code, err.strip()[:300])))
            continue
        failed = rep.get("failed", [])
        if code == 0 or not failed:
            rows.append(("ERROR", f, "PASSED: %s" % t.get("name", "")))
            continue
        missing = [x for x in exp if x not in failed]
        detail = "%s -- failed: %s" % (t.get("name", ""), ", ".join(failed))
        if missing:
            rows.append(("ERROR", f, detail + " | EXPECTED BUT NOT FAILED: " + ", ".join(missing)))
        else:
            rows.append(("OK", f, detail))
    print_rows(rows)
    errors = sum(1 for r in rows if r[0] != "OK")
    print()
    print("summary: %d runs, %d errors (%d tampered files)" % (len(rows), errors, len(tampered)))
    return 0 if errors == 0 else 1


def main(argv):
    if argv and argv[0] == "--only-genuine":
        return only_genuine(argv[1:])
    if len(argv) != 1 or argv[0].startswith("-"):
        sys.stderr.write("usage: run-corpus.py CORPUS_DIR\n"
                         "       run-corpus.py --only-genuine RECORD [--authority FINGERPRINT]\n")
        return 2
    return corpus(argv[0])


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(1)
