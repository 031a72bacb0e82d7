#!/usr/bin/python3
"""pbverify -- an independent verifier for pbvote election records (format 2, and 1).

Written from docs/election-record.md, docs/records.md, docs/counting.md and
docs/result-json.md only (no C++ source read). Where those documents are silent, the
guess taken is marked "GAP" here and listed in SPEC-GAPS.md.

Usage:
  pbverify.py RECORD [--json] [--authority FINGERPRINT] [--election-key FILE]
              [--witness FILE|CODE]... [--receipt CODE] [--threads N] [--timings]
              [--html FILE]

Exit status: 0 no check failed (warnings allowed), 1 a check failed (or an option's file
cannot be read), 2 wrong usage. Standard library + PyNaCl only.
"""

import base64
import hashlib
import html as _html
import json
import os
import re
import struct
import sys
import threading
import time
from collections import Counter, defaultdict
from fractions import Fraction

try:
    import nacl.bindings as _nb
    HAVE_NACL = True
except Exception:  # pragma: no cover
    HAVE_NACL = False

MAX_PROBLEMS = 20
MAX_FILE = 2 * 1024 * 1024 * 1024
U32 = 2 ** 32 - 1
I64MIN = -2 ** 63
I64MAX = 2 ** 63 - 1
ZERO32 = bytes(32)
DAY = 86400

CHECKS = [
    ("RECORD_FORMAT", "The record's container: canonical JSON, keys, types, encodings"),
    ("MANIFEST", "The manifest decodes, is valid, and the copies match it"),
    ("MANIFEST_SIG", "The manifest is signed by the authority"),
    ("BALLOT_SIG", "Every ballot is signed by a registered kiosk"),
    ("BALLOT_ELECTION", "Every ballot belongs to this round"),
    ("BALLOT_KIOSK", "Every ballot comes from a registered kiosk"),
    ("BALLOT_ORDER", "Ballots are listed by ballot id"),
    ("DUP_BALLOT_ID", "No ballot appears twice"),
    ("CT_LENGTH", "Every sealed vote has the padded length"),
    ("RECEIPTS", "Receipt codes are recomputed"),
    ("CHECKPOINT_SIG", "Checkpoints are signed by their kiosks"),
    ("CHECKPOINT_CHAIN", "Each kiosk's checkpoints form a chain"),
    ("CLOSE_COUNT", "Checkpoint counts match the ballots and spent codes"),
    ("CLOSE_ROOT", "Checkpoint Merkle roots match"),
    ("BALLOT_UNKNOWN_BATCH", "Every ballot's batch has a checkpoint"),
    ("CLOSE_FINAL_MISSING", "Every kiosk closed"),
    ("SMALL_BATCH", "No batch is small enough to link votes to voters"),
    ("EVENT_CHAIN", "The event log is one hash chain, agrees with the checkpoints, ends at the last signature"),
    ("EVENT_TIME", "Event and checkpoint times are plausible"),
    ("EVENT_AFTER_CLOSE", "No kiosk acts after its close"),
    ("CODES", "Issued and spent access codes"),
    ("TALLY_STATEMENT", "Tally statements"),
    ("RESULT_SIG", "Results are signed by the authority"),
    ("OPENED_BALLOTS", "Opened ballots"),
    ("RECOUNT", "The opened ballots give the published result"),
    ("TALLY_RULE", "Counted with the rule the manifest fixed"),
    ("WITNESS", "Poll workers' witness codes"),
    ("ELECTION_KEY", "Sealed votes opened with the election key"),
    ("SECRECY", "Ballot secrecy of the format"),
    ("RECEIPT", "The voter's receipt"),
]
TITLES = dict(CHECKS)


class Check:
    def __init__(self, cid):
        self.id = cid
        self.title = TITLES[cid]
        self.problems = []
        self.notes = []
        self.failed = False
        self.warned = False
        self.skipped = False
        self.status = None

    def fail(self, msg):
        self.failed = True
        self.problems.append(msg)

    def warn(self, msg):
        self.warned = True
        self.problems.append("warning: " + msg)

    def note(self, msg):
        self.notes.append(msg)

    def skip(self, why):
        self.skipped = True
        self.notes.append(why)

    def finish(self):
        if self.failed:
            self.status = "FAIL"
        elif self.warned:
            self.status = "WARN"
        elif self.skipped:
            self.status = "SKIP"
        else:
            self.status = "PASS"
        return self.status

    def listed(self):
        if len(self.problems) <= MAX_PROBLEMS:
            return list(self.problems)
        return self.problems[:MAX_PROBLEMS] + ["... and %d more" % (len(self.problems) - MAX_PROBLEMS)]


# --------------------------------------------------------------------------
# hashes, codes, Merkle trees, signatures (records.md)
# --------------------------------------------------------------------------
def H(person, data=b"", key=b""):
    return hashlib.blake2b(data, digest_size=32, person=person.encode(), key=key).digest()


def short_code(person, data):
    s = base64.b32encode(H(person, data)[:10]).decode()
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def normalise_code(s):
    """crypto::normaliseCode: '' when the input is not a code."""
    out = []
    for ch in s:
        if ch.isspace() or ch == "-":
            continue
        if "a" <= ch <= "z":
            ch = ch.upper()
        if "A" <= ch <= "Z" or "2" <= ch <= "7":
            out.append(ch)
        elif ch == "0":
            out.append("O")
        elif ch == "1":
            out.append("I")
        elif ch == "8":
            out.append("B")
        else:
            return ""
    return "".join(out)


def receipt_code(env, sig):
    return short_code("PBV-receipt-v1", env + sig)


def witness_code(body, sig):
    return short_code("PBV-witness-v1", body + sig)


def merkle_root(person, leaves):
    def mth(lo, hi):
        n = hi - lo
        if n == 0:
            return H(person, b"")
        if n == 1:
            return H(person, b"\x00" + leaves[lo])
        k = 1
        while k * 2 < n:
            k *= 2
        return H(person, b"\x01" + mth(lo, lo + k) + mth(lo + k, hi))
    return mth(0, len(leaves))


def ed25519_ok(pk, msg, sig):
    """libsodium 1.0.18 crypto_sign_verify_detached (crypto_sign_open runs it)."""
    if not HAVE_NACL or pk is None or sig is None or len(pk) != 32 or len(sig) != 64:
        return False
    try:
        _nb.crypto_sign_open(sig + msg, pk)
        return True
    except Exception:
        return False


def signed(domain, record):
    return domain.encode() + b"\x00" + record


def utf16_key(s):
    """QString order: UTF-16 code units."""
    return s.encode("utf-16-be", "surrogatepass")


# --------------------------------------------------------------------------
# binary records (records.md)
# --------------------------------------------------------------------------
class DecodeError(Exception):
    pass


class Reader:
    def __init__(self, data):
        self.d = data
        self.p = 0

    def take(self, n):
        if self.p + n > len(self.d):
            raise DecodeError("truncated at byte %d (a field needs %d more bytes)" % (self.p, n))
        b = self.d[self.p:self.p + n]
        self.p += n
        return b

    def u8(self):
        return self.take(1)[0]

    def u16(self):
        return struct.unpack(">H", self.take(2))[0]

    def u32(self):
        return struct.unpack(">I", self.take(4))[0]

    def s32(self, what):
        v = self.u32()
        if v >= 2 ** 31:
            raise DecodeError("%s at byte %d is above 2^31 - 1" % (what, self.p - 4))
        return v

    def u64(self):
        return struct.unpack(">Q", self.take(8))[0]

    def i64(self):
        return struct.unpack(">q", self.take(8))[0]

    def bytes_(self, limit):
        at = self.p
        n = self.u32()
        if n > limit:
            raise DecodeError("length %d at byte %d is above the field's limit %d" % (n, at, limit))
        return self.take(n)

    def text(self, limit):
        at = self.p
        b = self.bytes_(limit)
        try:
            s = b.decode("utf-8", errors="strict")
        except UnicodeDecodeError:
            raise DecodeError("text at byte %d is not valid UTF-8" % at)
        if s.startswith("\ufeff"):
            raise DecodeError("text at byte %d starts with U+FEFF (not in canonical form)" % at)
        return s

    def magic(self, *allowed):
        m = self.take(8)
        if m not in allowed:
            raise DecodeError("wrong magic %r" % m)
        return m

    def end(self):
        if self.p != len(self.d):
            raise DecodeError("%d unexpected bytes after the end" % (len(self.d) - self.p))


class W:
    def __init__(self):
        self.parts = []

    def raw(self, b):
        self.parts.append(bytes(b))
        return self

    def u8(self, v):
        return self.raw(struct.pack(">B", v))

    def u16(self, v):
        return self.raw(struct.pack(">H", v))

    def u32(self, v):
        return self.raw(struct.pack(">I", v))

    def u64(self, v):
        return self.raw(struct.pack(">Q", v))

    def i64(self, v):
        return self.raw(struct.pack(">q", v))

    def bytes_(self, b):
        self.u32(len(b))
        return self.raw(b)

    def text(self, s):
        return self.bytes_(s.encode("utf-8"))

    def out(self):
        return b"".join(self.parts)


def _same(data, enc):
    if enc != data:
        raise DecodeError("not in canonical form (the re-encoding differs)")


MB = 1048576
KIND_NAMES = {1: "approval", 2: "knapsack", 3: "cumulative", 4: "ordinal"}


def decode_manifest(data):
    r = Reader(data)
    m = {}
    magic = r.magic(b"PBVMAN01", b"PBVMAN02")
    m["format"] = 2 if magic == b"PBVMAN02" else 1
    m["election_id"] = r.take(16)
    m["name"] = r.text(MB)
    m["currency"] = r.text(MB)
    m["budget"] = r.i64()
    m["kind"] = r.u8()
    if m["kind"] not in KIND_NAMES:
        raise DecodeError("unknown ballot kind %d" % m["kind"])
    m["min_selections"] = r.s32("min_selections")
    m["max_selections"] = r.s32("max_selections")
    m["min_spend_percent"] = r.u8()
    m["total_points"] = r.s32("total_points")
    m["max_points_per_project"] = r.s32("max_points_per_project")
    mu = r.u8()
    m["must_use_all_points"] = 1 if mu else 0
    nd = r.u32()
    m["districts"] = []
    for _ in range(nd):
        m["districts"].append({"id": r.text(MB), "name": r.text(MB), "budget": r.i64()})
    npj = r.u32()
    if npj > 65535:
        raise DecodeError("project count %d is above 65,535" % npj)
    m["projects"] = []
    for _ in range(npj):
        m["projects"].append({"id": r.text(MB), "title": r.text(MB), "description": r.text(MB),
                              "cost": r.i64(), "category": r.text(MB), "district": r.text(MB)})
    m["election_public_key"] = r.take(32)
    m["authority_public_key"] = r.take(32)
    nk = r.u32()
    m["kiosks"] = []
    for _ in range(nk):
        kid = r.text(MB)
        if m["kiosks"] and not utf16_key(m["kiosks"][-1][0]) < utf16_key(kid):
            raise DecodeError("kiosk %r listed twice or out of order" % kid)
        m["kiosks"].append((kid, r.take(32)))
    m["padded_ballot_size"] = r.u32()
    if m["format"] == 2:
        m["tally_rule"] = r.text(256)
        m["voting_opens"] = r.i64()
        m["voting_closes"] = r.i64()
    else:
        m["tally_rule"] = ""
        m["voting_opens"] = m["voting_closes"] = 0
    r.end()
    _same(data, encode_manifest(m))
    m["kiosk_keys"] = dict(m["kiosks"])
    return m


def encode_manifest(m):
    w = W().raw(b"PBVMAN02" if m["format"] == 2 else b"PBVMAN01")
    w.raw(m["election_id"]).text(m["name"]).text(m["currency"]).i64(m["budget"])
    w.u8(m["kind"]).u32(m["min_selections"]).u32(m["max_selections"])
    w.u8(m["min_spend_percent"]).u32(m["total_points"]).u32(m["max_points_per_project"])
    w.u8(m["must_use_all_points"]).u32(len(m["districts"]))
    for d in m["districts"]:
        w.text(d["id"]).text(d["name"]).i64(d["budget"])
    w.u32(len(m["projects"]))
    for p in m["projects"]:
        w.text(p["id"]).text(p["title"]).text(p["description"]).i64(p["cost"])
        w.text(p["category"]).text(p["district"])
    w.raw(m["election_public_key"]).raw(m["authority_public_key"]).u32(len(m["kiosks"]))
    for k, pk in m["kiosks"]:
        w.text(k).raw(pk)
    w.u32(m["padded_ballot_size"])
    if m["format"] == 2:
        w.text(m["tally_rule"]).i64(m["voting_opens"]).i64(m["voting_closes"])
    return w.out()


def decode_envelope(data):
    r = Reader(data)
    r.magic(b"PBVENV01")
    e = {"mh": r.take(32), "kiosk": r.text(256), "batch": r.u32(), "id": r.take(16),
         "sealed": r.bytes_(MB)}
    r.end()
    w = W().raw(b"PBVENV01").raw(e["mh"]).text(e["kiosk"]).u32(e["batch"]).raw(e["id"]).bytes_(e["sealed"])
    _same(data, w.out())
    return e


def decode_checkpoint(data):
    r = Reader(data)
    r.magic(b"PBVCKP01")
    c = {"mh": r.take(32), "kiosk": r.text(256), "batch": r.u32(), "kind": r.u8()}
    if c["kind"] not in (1, 2):
        raise DecodeError("unknown checkpoint kind %d" % c["kind"])
    c.update({"previous": r.take(32), "batch_ballots": r.u64(), "batch_ballot_root": r.take(32),
              "batch_codes": r.u64(), "batch_code_root": r.take(32), "total_ballots": r.u64(),
              "event_count": r.u64(), "event_head": r.take(32), "time": r.i64()})
    r.end()
    w = W().raw(b"PBVCKP01").raw(c["mh"]).text(c["kiosk"]).u32(c["batch"]).u8(c["kind"])
    w.raw(c["previous"]).u64(c["batch_ballots"]).raw(c["batch_ballot_root"])
    w.u64(c["batch_codes"]).raw(c["batch_code_root"]).u64(c["total_ballots"])
    w.u64(c["event_count"]).raw(c["event_head"]).i64(c["time"])
    _same(data, w.out())
    return c


EVENT_TYPES = {1: "round-created", 2: "projects-changed", 3: "key-registered",
               4: "codes-issued", 5: "opened", 6: "cast", 7: "cast-refused",
               8: "suspended", 9: "resumed", 10: "closed", 11: "tallied",
               12: "exported", 13: "recovery", 14: "kiosk-started",
               15: "operator-access", 16: "round-changed", 17: "kiosk-revoked",
               18: "codes-voided", 19: "published"}
EV_CAST, EV_SUSPENDED, EV_RESUMED, EV_CLOSED, EV_TALLIED, EV_KIOSK_REVOKED = 6, 8, 9, 10, 11, 17


def decode_event(data):
    r = Reader(data)
    r.magic(b"PBVEVT01")
    e = {"seq": r.u64(), "previous": r.take(32), "type": r.u8()}
    if e["type"] not in EVENT_TYPES:
        raise DecodeError("unknown event type %d" % e["type"])
    e.update({"time": r.i64(), "kiosk": r.text(256), "detail": r.text(65536)})
    r.end()
    w = W().raw(b"PBVEVT01").u64(e["seq"]).raw(e["previous"]).u8(e["type"]).i64(e["time"])
    w.text(e["kiosk"]).text(e["detail"])
    _same(data, w.out())
    e["type_name"] = EVENT_TYPES[e["type"]]
    return e


def decode_statement(data):
    r = Reader(data)
    r.magic(b"PBVTLY01")
    s = {"mh": r.take(32), "rule": r.text(256), "tie_break": r.text(256),
         "issued_codes": r.u64(), "issued_code_root": r.take(32)}
    n = r.u32()
    if n > 65535:
        raise DecodeError("%d revoked kiosks (more than 65,535)" % n)
    s["revoked"] = []
    for _ in range(n):
        k = r.text(256)
        if s["revoked"] and not utf16_key(s["revoked"][-1]) < utf16_key(k):
            raise DecodeError("revoked kiosk %r listed twice or out of order" % k)
        s["revoked"].append(k)
    s["ballots_counted"] = r.u64()
    s["ballots_excluded"] = r.u64()
    s["opened_ballots_hash"] = r.take(32)
    s["event_count"] = r.u64()
    s["event_head"] = r.take(32)
    s["result_hash"] = r.take(32)
    r.end()
    w = W().raw(b"PBVTLY01").raw(s["mh"]).text(s["rule"]).text(s["tie_break"])
    w.u64(s["issued_codes"]).raw(s["issued_code_root"]).u32(len(s["revoked"]))
    for k in s["revoked"]:
        w.text(k)
    w.u64(s["ballots_counted"]).u64(s["ballots_excluded"]).raw(s["opened_ballots_hash"])
    w.u64(s["event_count"]).raw(s["event_head"]).raw(s["result_hash"])
    _same(data, w.out())
    return s


def decode_choices(r):
    n = r.u16()
    return tuple((r.u16(), r.s32("a choice's value")) for _ in range(n))


def encode_choices(ch):
    w = W().u16(len(ch))
    for pos, val in ch:
        w.u16(pos).u32(val)
    return w.out()


def decode_opened(data):
    r = Reader(data)
    n = r.u32()
    if n > len(data) // 6:
        raise DecodeError("%d opened ballots cannot fit in %d bytes" % (n, len(data)))
    entries = []
    prev = None
    for x in range(n):
        eb = r.bytes_(393218)
        er = Reader(eb)
        try:
            ch = decode_choices(er)
            er.end()
        except DecodeError as e:
            raise DecodeError("opened ballot %d is damaged: %s" % (x, e))
        if prev is not None and eb < prev:
            raise DecodeError("opened ballot %d sorts before the one before it" % x)
        prev = eb
        entries.append((eb, ch))
    r.end()
    return entries


def decode_plaintext(data):
    r = Reader(data)
    r.magic(b"PBVBAL01")
    b = {"mh": r.take(32), "id": r.take(16), "kind": r.u8()}
    if b["kind"] not in KIND_NAMES:
        raise DecodeError("unknown ballot kind %d" % b["kind"])
    b["choices"] = decode_choices(r)
    r.end()
    return b


def sodium_unpad(buf, blocksize):
    if blocksize <= 0 or len(buf) < blocksize or len(buf) % blocksize:
        raise DecodeError("bad padding")
    i = len(buf) - 1
    lim = len(buf) - blocksize
    while i >= lim and buf[i] == 0:
        i -= 1
    if i < lim or buf[i] != 0x80:
        raise DecodeError("bad padding")
    return buf[:i]


# --------------------------------------------------------------------------
# strict canonical JSON (election-record.md, "Canonical JSON")
# --------------------------------------------------------------------------
class JsonError(Exception):
    pass


_STR_RUN = re.compile(rb'[^"\\\x00-\x1f]*')
_NUM = re.compile(rb'-?(?:0|[1-9][0-9]*)')
_SIMPLE_ESC = {ord('"'): 0x22, ord("\\"): 0x5C, ord("b"): 8, ord("t"): 9, ord("n"): 10,
               ord("f"): 12, ord("r"): 13}
_HEXL = b"0123456789abcdef"


class CanonicalParser:
    def __init__(self, data):
        self.b = data
        self.i = 0
        self.n = len(data)

    def err(self, msg):
        raise JsonError("byte %d: %s" % (self.i, msg))

    def ws(self):
        b, i, n = self.b, self.i, self.n
        while i < n and b[i] in (0x20, 0x09, 0x0A, 0x0D):
            i += 1
        self.i = i

    def parse(self):
        if self.b.startswith(b"\xef\xbb\xbf"):
            self.err("a byte-order mark")
        self.ws()
        v = self.value(1)
        self.ws()
        if self.i != self.n:
            self.err("something after the top-level value")
        return v

    def value(self, depth):
        if self.i >= self.n:
            self.err("the file ends where a value is needed")
        c = self.b[self.i]
        if c == 0x7B:
            return self.obj(depth)
        if c == 0x5B:
            return self.arr(depth)
        if c == 0x22:
            return self.string()
        if c == 0x2D or 0x30 <= c <= 0x39:
            return self.number()
        for lit, val in ((b"true", True), (b"false", False), (b"null", None)):
            if self.b.startswith(lit, self.i):
                self.i += len(lit)
                return val
        self.err("not a JSON value")

    def obj(self, depth):
        if depth > 64:
            self.err("nested more than 64 deep")
        self.i += 1
        out = {}
        self.ws()
        if self.i < self.n and self.b[self.i] == 0x7D:
            self.i += 1
            return out
        prev = None
        while True:
            self.ws()
            if self.i >= self.n or self.b[self.i] != 0x22:
                self.err("a key is needed")
            at = self.i
            k = self.string()
            kb = k.encode("utf-8")
            if prev is not None and not prev < kb:
                self.i = at
                self.err("key %r is not after the key before it (duplicate or out of order)" % k)
            prev = kb
            self.ws()
            if self.i >= self.n or self.b[self.i] != 0x3A:
                self.err("':' expected")
            self.i += 1
            self.ws()
            out[k] = self.value(depth + 1)
            self.ws()
            if self.i >= self.n:
                self.err("the file ends inside an object")
            c = self.b[self.i]
            self.i += 1
            if c == 0x7D:
                return out
            if c != 0x2C:
                self.i -= 1
                self.err("',' or '}' expected")

    def arr(self, depth):
        if depth > 64:
            self.err("nested more than 64 deep")
        self.i += 1
        out = []
        self.ws()
        if self.i < self.n and self.b[self.i] == 0x5D:
            self.i += 1
            return out
        while True:
            self.ws()
            out.append(self.value(depth + 1))
            self.ws()
            if self.i >= self.n:
                self.err("the file ends inside an array")
            c = self.b[self.i]
            self.i += 1
            if c == 0x5D:
                return out
            if c != 0x2C:
                self.i -= 1
                self.err("',' or ']' expected")

    def string(self):
        b = self.b
        self.i += 1
        parts = []
        while True:
            mt = _STR_RUN.match(b, self.i)
            parts.append(mt.group(0))
            self.i = mt.end()
            if self.i >= self.n:
                self.err("the file ends inside a string")
            c = b[self.i]
            if c == 0x22:
                self.i += 1
                break
            if c < 0x20:
                self.err("a raw control character in a string")
            # backslash
            if self.i + 1 >= self.n:
                self.err("the file ends inside an escape")
            e = b[self.i + 1]
            if e in _SIMPLE_ESC:
                parts.append(bytes([_SIMPLE_ESC[e]]))
                self.i += 2
                continue
            if e == 0x75:  # \u00xx, lowercase, only for the other controls
                h = b[self.i + 2:self.i + 6]
                if len(h) != 4 or h[:2] != b"00" or any(x not in _HEXL for x in h[2:]):
                    self.err("an escape \\u%s that is not the canonical one" % h.decode("latin-1"))
                v = int(h, 16)
                if v >= 0x20 or v in (8, 9, 10, 12, 13):
                    self.err("\\u%s where the canonical form is different" % h.decode())
                parts.append(bytes([v]))
                self.i += 6
                continue
            self.err("an escape that is not canonical")
        raw = b"".join(parts)
        try:
            return raw.decode("utf-8", errors="strict")
        except UnicodeDecodeError:
            self.err("a string that is not valid UTF-8")

    def number(self):
        mt = _NUM.match(self.b, self.i)
        if not mt:
            self.err("not a number")
        t = mt.group(0)
        j = mt.end()
        if j < self.n and self.b[j] in b".eE0123456789":
            self.err("a number that is not a plain integer")
        if t == b"-0":
            self.err("-0")
        v = int(t)
        if v < I64MIN or v > I64MAX:
            self.err("a number outside the 64-bit range")
        self.i = j
        return v


# --------------------------------------------------------------------------
# container fields
# --------------------------------------------------------------------------
_HEX = re.compile(r"[0-9a-f]*\Z")
_B64 = re.compile(r"[A-Za-z0-9+/]*={0,2}\Z")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


class Bad(Exception):
    pass


def f_str(v):
    if not isinstance(v, str):
        raise Bad("not a string")
    return v


def f_int(lo, hi):
    def f(v):
        if not is_int(v):
            raise Bad("not an integer")
        if v < lo or v > hi:
            raise Bad("%d is out of range" % v)
        return v
    return f


def f_hex(n):
    def f(v):
        if not isinstance(v, str) or not _HEX.match(v) or len(v) != 2 * n:
            raise Bad("not %d bytes of lowercase hex" % n)
        return bytes.fromhex(v)
    return f


def f_b64(n=None):
    def f(v):
        if not isinstance(v, str) or len(v) % 4 or not _B64.match(v):
            raise Bad("not canonical base64")
        try:
            b = base64.b64decode(v, validate=True)
        except Exception:
            raise Bad("not base64")
        if base64.b64encode(b).decode() != v:
            raise Bad("not canonical base64 (unused bits set)")
        if n is not None and len(b) != n:
            raise Bad("%d bytes, not %d" % (len(b), n))
        return b
    return f


# --------------------------------------------------------------------------
# the verifier
# --------------------------------------------------------------------------
class Opts:
    def __init__(self):
        self.record = None
        self.authority = None
        self.witness = []
        self.election_key = None
        self.election_sk = None
        self.receipt = None
        self.json = False
        self.threads = 1
        self.timings = False
        self.html = None
        self.now = None


class Verifier:
    def __init__(self, opts):
        self.o = opts
        self.c = {cid: Check(cid) for cid, _ in CHECKS}
        self.version = 0
        self.m = None
        self.mh = None
        self.A = None
        self.kkeys = {}
        self.ballots = []
        self.cps = []
        self.events = []
        self.results = []
        self.issued = []
        self.spent = []
        self.amount_bad = False
        self.fingerprint = ""
        self.pinned = False
        self.receipt_info = None
        self.timings = []
        self.now = opts.now if opts.now is not None else int(time.time())

    # ------------------------------------------------------------------ run
    def run(self, path):
        t0 = time.time()
        try:
            self._run(path)
        except RecursionError:
            self.c["RECORD_FORMAT"].fail("internal error: input nested too deeply")
        except Exception as e:  # last line of defence: never a traceback
            self.c["RECORD_FORMAT"].fail("internal error: %s: %s" % (type(e).__name__, e))
        for ch in self.c.values():
            ch.finish()
        self.timings.append({"phase": "total", "wall_ms": int((time.time() - t0) * 1000),
                             "cpu_ms": int(time.process_time() * 1000)})
        return self

    def skip_all_after(self, cid, why):
        after = False
        for k, _ in CHECKS:
            if after:
                self.c[k].skip(why)
            if k == cid:
                after = True

    def _run(self, path):
        rf = self.c["RECORD_FORMAT"]
        why = None
        raw = None
        try:
            import stat
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode):
                why = "not a regular file"
            elif st.st_size > MAX_FILE:
                why = "over 2 GiB"
            elif st.st_size == 0:
                why = "empty"
            else:
                with open(path, "rb") as f:
                    raw = f.read()
                if not raw:
                    why = "empty"
        except OSError as e:
            why = "cannot be read (%s)" % e.strerror
        doc = None
        if why is None:
            try:
                doc = CanonicalParser(raw).parse()
            except JsonError as e:
                why = "not canonical JSON: %s" % e
            except RecursionError:
                why = "not canonical JSON: nested too deeply"
        if why is None and not isinstance(doc, dict):
            why = "not a JSON object"
        if why is None and doc.get("format") != "pbvote-election-record":
            why = "no format \"pbvote-election-record\""
        if why is None:
            v = doc.get("version")
            if not is_int(v) or v not in (1, 2):
                why = "version is not 2 or 1"
        if why is not None:
            # GAP: "0 or -1 when it could not be read": the reference reports the version
            # as read when it is an integer, -1 when it is not one, 0 without a version
            self.version = 0
            if isinstance(doc, dict) and "version" in doc:
                self.version = doc["version"] if is_int(doc["version"]) else -1
            rf.fail("the record cannot be read: " + why)
            self.skip_all_after("RECORD_FORMAT", "Not run: the record cannot be read")
            return
        self.version = doc["version"]
        if self.version == 1:
            rf.warn("version 1 record: its round.state is not checked")
        self.read_container(doc)
        self.decode_all()
        if self.m is None:
            self.c["MANIFEST"].fail("manifest: %s" % self.m_err)
            self.skip_all_after("MANIFEST", "Not run: the manifest cannot be read")
            return
        for cid, _ in CHECKS[1:]:
            ch = self.c[cid]
            try:
                getattr(self, "chk_" + cid.lower())(ch)
            except RecursionError:
                ch.fail("internal error: nested too deeply")
            except Exception as e:
                ch.fail("internal error while checking (hostile input?): %s: %s" % (type(e).__name__, e))

    # ------------------------------------------------------- the container
    def read_container(self, doc):
        rf = self.c["RECORD_FORMAT"]

        def unknown(obj, path, allowed):
            for k in obj:
                if k not in allowed:
                    rf.fail("%s: unknown key %r" % (path, k))

        def top(key, fn):
            if key not in doc:
                rf.fail("%s: missing" % key)
                return None
            try:
                return fn(doc[key])
            except Bad as e:
                rf.fail("%s: %s" % (key, e))
                return None

        TOP = ["format", "version", "round", "manifest", "manifest_signature", "manifest_hash",
               "authority_public_key", "authority_fingerprint", "issued_code_hashes",
               "spent_codes", "ballots", "checkpoints", "events", "results"]
        unknown(doc, "$", TOP)
        # round
        self.round_name = self.round_eid = None
        rnd = doc.get("round", None)
        if "round" not in doc:
            rf.fail("round: missing")
        elif not isinstance(rnd, dict):
            rf.fail("round: not an object")
        else:
            allowed = ["name", "election_id"] + (["state"] if self.version == 1 else [])
            unknown(rnd, "round", allowed)
            # GAP: a bad round.name leaves out only round.name (not the whole round)
            for k, fn in (("name", f_str), ("election_id", f_hex(16))):
                if k not in rnd:
                    rf.fail("round.%s: missing" % k)
                    continue
                try:
                    val = fn(rnd[k])
                    if k == "name":
                        self.round_name = val
                    else:
                        self.round_eid = val
                except Bad as e:
                    rf.fail("round.%s: %s" % (k, e))
        self.manifest_bytes = top("manifest", f_b64())
        self.manifest_sig = top("manifest_signature", f_b64())
        self.manifest_hash_f = top("manifest_hash", f_hex(32))
        self.apk_f = top("authority_public_key", f_hex(32))
        self.afp_f = top("authority_fingerprint", f_str)

        def array(key):
            if key not in doc:
                rf.fail("%s: missing" % key)
                return []
            if not isinstance(doc[key], list):
                rf.fail("%s: not an array" % key)
                return []
            return doc[key]

        def element(v, path, fields):
            """Returns a dict of read fields, or None when the element is left out."""
            if not isinstance(v, dict):
                rf.fail("%s: not an object (left out)" % path)
                return None
            unknown(v, path, [k for k, _ in fields])
            out = {}
            ok = True
            for k, fn in fields:
                if k not in v:
                    rf.fail("%s.%s: missing (element left out)" % (path, k))
                    ok = False
                    continue
                try:
                    out[k] = fn(v[k])
                except Bad as e:
                    rf.fail("%s.%s: %s (element left out)" % (path, k, e))
                    ok = False
            return out if ok else None

        self.issued = []
        for i, h in enumerate(array("issued_code_hashes")):
            try:
                self.issued.append(f_hex(32)(h))
            except Bad as e:
                rf.fail("issued_code_hashes[%d]: %s (left out)" % (i, e))
        self.spent = []
        for i, s in enumerate(array("spent_codes")):
            e = element(s, "spent_codes[%d]" % i, [("kiosk", f_str), ("batch", f_int(0, U32)),
                                                   ("hash", f_hex(32))])
            if e is not None:
                e["index"] = i
                self.spent.append(e)
        self.ballots = []
        for i, b in enumerate(array("ballots")):
            e = element(b, "ballots[%d]" % i, [("envelope", f_b64()), ("signature", f_b64()),
                                               ("receipt", f_str)])
            if e is not None:
                e["index"] = i
                self.ballots.append(e)
        self.cps = []
        for i, c in enumerate(array("checkpoints")):
            # GAP: "signature (base64, 64 bytes)": another length is still read (it then
            # fails CHECKPOINT_SIG), as the reference does
            e = element(c, "checkpoints[%d]" % i, [("kiosk", f_str), ("batch", f_int(0, U32)),
                                                   ("body", f_b64()), ("signature", f_b64()),
                                                   ("witness", f_str)])
            if e is not None:
                e["index"] = i
                self.cps.append(e)
        self.events = []
        for i, v in enumerate(array("events")):
            e = element(v, "events[%d]" % i, [("body", f_b64()), ("seq", f_int(I64MIN, I64MAX)),
                                              ("type", f_str), ("time", f_int(I64MIN, I64MAX)),
                                              ("kiosk", f_str), ("detail", f_str),
                                              ("hash", f_hex(32))])
            if e is not None:
                e["index"] = i
                self.events.append(e)
        self.results = []
        prev_rule = None
        ST = ("statement", "statement_signature", "opened_ballots")
        for i, v in enumerate(array("results")):
            path = "results[%d]" % i
            if not isinstance(v, dict):
                rf.fail("%s: not an object (left out)" % path)
                continue
            present = [k for k in ST if k in v]
            fields = [("rule", f_str), ("result", f_str), ("signature", f_b64())]
            if len(present) == 3:
                fields += [("statement", f_b64()), ("statement_signature", f_b64()),
                           ("opened_ballots", f_b64())]
            unknown(v, path, ["rule", "result", "signature"] + list(ST))
            e = {}
            ok = True
            for k, fn in fields:
                if k not in v:
                    rf.fail("%s.%s: missing (element left out)" % (path, k))
                    ok = False
                    continue
                try:
                    e[k] = fn(v[k])
                except Bad as ex:
                    rf.fail("%s.%s: %s (element left out)" % (path, k, ex))
                    ok = False
            if present and len(present) != 3:
                rf.fail("%s: %s without the other statement fields (read without a statement)"
                        % (path, ", ".join(present)))
            if not ok:
                continue
            e["index"] = i
            e["has_statement"] = len(present) == 3
            rb = e["rule"].encode("utf-8")
            if prev_rule is not None and not prev_rule < rb:
                rf.fail("%s: rule %r is not after the rule before it (results must be strictly "
                        "ascending by rule)" % (path, e["rule"]))
            prev_rule = rb
            self.results.append(e)

    def decode_all(self):
        self.m_err = "missing or not base64"
        if self.manifest_bytes is not None:
            self.mh = H("PBV-manifest-v1", self.manifest_bytes)
            try:
                self.m = decode_manifest(self.manifest_bytes)
            except DecodeError as e:
                self.m_err = "cannot be decoded: %s" % e
        if self.m is not None:
            self.kkeys = self.m["kiosk_keys"]
            self.A = self.m["authority_public_key"]
            self.fingerprint = short_code("PBV-fingerprint", self.A)
        for b in self.ballots:
            b["env"] = None
            try:
                b["env"] = decode_envelope(b["envelope"])
            except DecodeError as e:
                b["env_err"] = str(e)
        for c in self.cps:
            c["b"] = None
            try:
                c["b"] = decode_checkpoint(c["body"])
            except DecodeError as e:
                c["err"] = str(e)
        for e in self.events:
            e["ev"] = None
            e["h"] = H("PBV-event-v1", e["body"])
            try:
                e["ev"] = decode_event(e["body"])
            except DecodeError as ex:
                e["err"] = str(ex)
        # event number n: the n-th event read, when its body decodes and its seq is n
        self.evnum = {}
        for k, e in enumerate(self.events, 1):
            if e["ev"] is not None and e["ev"]["seq"] == k:
                self.evnum[k] = e
        for r in self.results:
            r["st"] = None
            r["opened"] = None
            if r["has_statement"]:
                try:
                    r["st"] = decode_statement(r["statement"])
                except DecodeError as e:
                    r["st_err"] = str(e)
                try:
                    r["opened"] = decode_opened(r["opened_ballots"])
                except DecodeError as e:
                    r["op_err"] = str(e)

    # ------------------------------------------------------------- names
    def bname(self, b):
        e = b.get("env")
        return "ballots[%d] (%s)" % (b["index"], e["id"].hex() if e else "envelope not decoded")

    def cname(self, c):
        b = c.get("b")
        if b:
            return "checkpoints[%d] (%s, batch %d)" % (c["index"], b["kiosk"], b["batch"])
        return "checkpoints[%d] (%s, batch %d)" % (c["index"], c["kiosk"], c["batch"])

    def rname(self, r):
        return "results[%d] (%s)" % (r["index"], r["rule"])

    def sig_ok_ballot(self, b):
        if "sig_ok" not in b:
            e = b["env"]
            b["sig_ok"] = (e is not None and e["kiosk"] in self.kkeys and
                           ed25519_ok(self.kkeys[e["kiosk"]], signed("pbvote/v1/ballot", b["envelope"]),
                                      b["signature"]))
        return b["sig_ok"]

    def manifest_sig_ok(self):
        if not hasattr(self, "_msig"):
            self._msig = (self.manifest_sig is not None and
                          ed25519_ok(self.A, signed("pbvote/v1/manifest", self.manifest_bytes), self.manifest_sig))
        return self._msig

    def statements(self):
        return [r for r in self.results if r["st"] is not None]

    def cp_bodies(self):
        return [c for c in self.cps if c["b"] is not None]

    def cp_by_kiosk(self):
        per = defaultdict(list)
        for c in self.cp_bodies():
            per[c["b"]["kiosk"]].append(c)
        for k in per:
            per[k].sort(key=lambda c: (c["b"]["batch"], c["index"]))
        return per

    def first_cps(self):
        """Checkpoints of CLOSE_COUNT: decoded, the first in file order per (kiosk, batch)."""
        seen = set()
        out = []
        for c in self.cp_bodies():
            key = (c["b"]["kiosk"], c["b"]["batch"])
            if key not in seen:
                seen.add(key)
                out.append(c)
        return out

    # ------------------------------------------------------------- checks
    def chk_manifest(self, ch):
        m = self.m
        keys = Counter(pk for _, pk in m["kiosks"])
        for k, pk in m["kiosks"]:
            if keys[pk] > 1:
                ch.fail("kiosk %r: its public key is registered for another kiosk too" % k)
        if self.manifest_hash_f is not None and self.manifest_hash_f != self.mh:
            ch.fail("manifest_hash is not the manifest's hash %s" % self.mh.hex())
        if self.apk_f is not None and self.apk_f != self.A:
            ch.fail("authority_public_key is not the manifest's authority key")
        if self.afp_f is not None and self.afp_f != self.fingerprint:
            ch.fail("authority_fingerprint %s, the manifest's key gives %s" % (self.afp_f, self.fingerprint))
        if self.round_name is not None and self.round_name != m["name"]:
            ch.fail("round.name %r is not the manifest's name %r" % (self.round_name, m["name"]))
        if self.round_eid is not None and self.round_eid != m["election_id"]:
            ch.fail("round.election_id is not the manifest's election id")
        for p in validate_round(m):
            ch.fail("the round breaks the organizer's own checks: " + p)
        want = padded_size_for(m)
        if m["padded_ballot_size"] != want:
            ch.fail("padded_ballot_size %d, the round needs %d" % (m["padded_ballot_size"], want))
        bad = False
        if m["budget"] < 0:
            ch.fail("negative budget")
            bad = True
        for d in m["districts"]:
            if d["budget"] < 0:
                ch.fail("district %r: negative budget" % d["id"])
                bad = True
        tot = 0
        for p in m["projects"]:
            if p["cost"] < 0:
                ch.fail("project %r: negative cost" % p["id"])
                bad = True
            tot += p["cost"]
        if tot > I64MAX:
            ch.fail("the costs add up to more than 2^63 - 1")
            bad = True
        self.amount_bad = bad
        if bad:
            ch.note("an amount is out of range: ballots are not checked against the manifest")

    def chk_manifest_sig(self, ch):
        if self.manifest_sig is None:
            ch.fail("manifest_signature is missing or unreadable")
        elif not self.manifest_sig_ok():
            ch.fail("the manifest signature does not verify under the authority key")
        if self.o.authority is not None:
            given = normalise_code(self.o.authority)
            if not given:
                ch.fail("--authority %r is not a code" % self.o.authority)
            elif given != normalise_code(self.fingerprint):
                ch.fail("the authority key's fingerprint is %s, not %s" % (self.fingerprint, self.o.authority))
            else:
                self.pinned = True
                ch.note("authority pinned: %s" % self.fingerprint)
        else:
            ch.warn("no --authority: the key in the record (%s) was trusted" % self.fingerprint)

    def chk_ballot_sig(self, ch):
        for b in self.ballots:
            e = b["env"]
            if e is None:
                ch.fail("%s: the envelope does not decode: %s" % (self.bname(b), b["env_err"]))
            elif e["kiosk"] not in self.kkeys:
                ch.fail("%s: kiosk %r is not registered" % (self.bname(b), e["kiosk"]))
            elif not self.sig_ok_ballot(b):
                ch.fail("%s: the signature does not verify under kiosk %r's key" % (self.bname(b), e["kiosk"]))

    def chk_ballot_election(self, ch):
        for b in self.ballots:
            if b["env"] is not None and b["env"]["mh"] != self.mh:
                ch.fail("%s: the ballot belongs to another manifest" % self.bname(b))

    def chk_ballot_kiosk(self, ch):
        for b in self.ballots:
            if b["env"] is not None and b["env"]["kiosk"] not in self.kkeys:
                ch.fail("%s: kiosk %r is not registered" % (self.bname(b), b["env"]["kiosk"]))
        for r in self.statements():
            if r["st"]["revoked"]:
                rv = set(r["st"]["revoked"])
                n = sum(1 for b in self.ballots if b["env"] and b["env"]["kiosk"] in rv)
                ch.note("%s revokes %s: %d ballots checked, not counted"
                        % (self.rname(r), ", ".join(r["st"]["revoked"]), n))

    def chk_ballot_order(self, ch):
        prev = None
        for b in self.ballots:
            e = b["env"]
            if e is None:
                continue
            if prev is not None and e["id"] < prev:
                ch.fail("%s: ballot id below the one before" % self.bname(b))
            prev = e["id"]

    def chk_dup_ballot_id(self, ch):
        ids = defaultdict(list)
        sealed = defaultdict(set)
        for b in self.ballots:
            e = b["env"]
            if e is None:
                continue
            ids[e["id"]].append(b["index"])
            sealed[e["sealed"]].add(e["id"])
        for k, v in ids.items():
            if len(v) > 1:
                ch.fail("ballot id %s appears %d times (ballots %s)" % (k.hex(), len(v), v))
        for k, v in sealed.items():
            if len(v) > 1:
                ch.fail("%d envelopes with different ids hold the same sealed vote" % len(v))

    def chk_ct_length(self, ch):
        want = self.m["padded_ballot_size"] + 48
        for b in self.ballots:
            e = b["env"]
            if e is not None and len(e["sealed"]) != want:
                ch.fail("%s: sealed vote of %d bytes, not %d" % (self.bname(b), len(e["sealed"]), want))

    def chk_receipts(self, ch):
        for b in self.ballots:
            rc = receipt_code(b["envelope"], b["signature"])
            b["receipt_calc"] = rc
            if b["receipt"] != rc:
                ch.fail("%s: receipt %r, recomputed %s" % (self.bname(b), b["receipt"][:40], rc))

    def chk_checkpoint_sig(self, ch):
        for c in self.cps:
            b = c["b"]
            if b is None:
                ch.fail("%s: the body does not decode: %s" % (self.cname(c), c["err"]))
                continue
            nm = self.cname(c)
            if c["kiosk"] != b["kiosk"] or c["batch"] != b["batch"]:
                ch.fail("%s: kiosk/batch fields are not the body's" % nm)
            if c["witness"] != witness_code(c["body"], c["signature"]):
                ch.fail("%s: witness is not the recomputed code" % nm)
            if b["mh"] != self.mh:
                ch.fail("%s: belongs to another manifest" % nm)
            if b["kiosk"] not in self.kkeys:
                ch.fail("%s: kiosk not registered" % nm)
            elif not ed25519_ok(self.kkeys[b["kiosk"]], signed("pbvote/v1/checkpoint", c["body"]), c["signature"]):
                ch.fail("%s: the signature does not verify under the kiosk's key" % nm)

    def chk_checkpoint_chain(self, ch):
        prev = None
        for c in self.cp_bodies():
            key = (c["b"]["kiosk"].encode("utf-8"), c["b"]["batch"])
            if prev is not None and not prev < key:
                ch.fail("%s: not after the checkpoint before in (kiosk, batch) order" % self.cname(c))
            prev = key
        for k, cl in self.cp_by_kiosk().items():
            total = 0
            last_ec = None
            for n, c in enumerate(cl):
                b = c["b"]
                nm = self.cname(c)
                if b["batch"] != n + 1:
                    ch.fail("%s: batch %d where %d was expected" % (nm, b["batch"], n + 1))
                want = ZERO32 if n == 0 else H("PBV-checkpt-v1", cl[n - 1]["body"] + cl[n - 1]["signature"])
                if b["previous"] != want:
                    ch.fail("%s: previous is not the hash of the checkpoint before" % nm)
                if b["kind"] == 2 and n != len(cl) - 1:
                    ch.fail("%s: a close that is not the kiosk's last checkpoint" % nm)
                total += b["batch_ballots"]
                if b["total_ballots"] != total:
                    ch.fail("%s: total_ballots %d, running sum %d" % (nm, b["total_ballots"], total))
                if last_ec is not None and not b["event_count"] > last_ec:
                    ch.fail("%s: event_count not above the previous checkpoint's" % nm)
                last_ec = b["event_count"]

    def batches(self):
        bb = defaultdict(list)
        for b in self.ballots:
            if b["env"] is not None:
                bb[(b["env"]["kiosk"], b["env"]["batch"])].append(b)
        sb = defaultdict(list)
        for s in self.spent:
            sb[(s["kiosk"], s["batch"])].append(s)
        return bb, sb

    def chk_close_count(self, ch):
        bb, sb = self.batches()
        for c in self.first_cps():
            b = c["b"]
            key = (b["kiosk"], b["batch"])
            nm = self.cname(c)
            if b["batch_ballots"] != len(bb[key]):
                ch.fail("%s: batch_ballots %d, %d envelopes" % (nm, b["batch_ballots"], len(bb[key])))
            if b["batch_codes"] != len(sb[key]):
                ch.fail("%s: batch_codes %d, %d spent codes" % (nm, b["batch_codes"], len(sb[key])))
            if b["batch_codes"] != b["batch_ballots"]:
                ch.fail("%s: batch_codes %d differs from batch_ballots %d" % (nm, b["batch_codes"], b["batch_ballots"]))

    def chk_close_root(self, ch):
        bb, sb = self.batches()
        for c in self.first_cps():
            b = c["b"]
            key = (b["kiosk"], b["batch"])
            nm = self.cname(c)
            bl = sorted(bb[key], key=lambda x: x["env"]["id"])
            leaves = [H("PBV-ballot-v1", x["envelope"] + x["signature"]) for x in bl]
            if merkle_root("PBV-btree-v1", leaves) != b["batch_ballot_root"]:
                ch.fail("%s: batch_ballot_root does not match the batch's ballots" % nm)
            codes = sorted(s["hash"] for s in sb[key])
            if merkle_root("PBV-ctree-v1", codes) != b["batch_code_root"]:
                ch.fail("%s: batch_code_root does not match the batch's spent codes" % nm)

    def chk_ballot_unknown_batch(self, ch):
        have = {(c["b"]["kiosk"], c["b"]["batch"]) for c in self.cp_bodies()}
        for b in self.ballots:
            e = b["env"]
            if e is not None and (e["kiosk"], e["batch"]) not in have:
                ch.fail("%s: no checkpoint for kiosk %r batch %d" % (self.bname(b), e["kiosk"], e["batch"]))

    def chk_close_final_missing(self, ch):
        kiosks = set()
        for b in self.ballots:
            if b["env"] is not None:
                kiosks.add(b["env"]["kiosk"])
        for s in self.spent:
            kiosks.add(s["kiosk"])
        for c in self.cp_bodies():
            kiosks.add(c["b"]["kiosk"])
        for e in self.events:
            if e["ev"] is not None and e["ev"]["type"] == EV_CAST:
                kiosks.add(e["ev"]["kiosk"])
        per = self.cp_by_kiosk()
        for k in sorted(kiosks, key=lambda s: s.encode()):
            if not per.get(k):
                ch.fail("kiosk %r has no checkpoint" % k)
            elif per[k][-1]["b"]["kind"] != 2:
                ch.fail("kiosk %r: its last checkpoint is not a close" % k)

    def chk_small_batch(self, ch):
        for c in self.first_cps():
            n = c["b"]["batch_ballots"]
            if 1 <= n <= 4:
                ch.warn("%s: only %d ballots in the batch" % (self.cname(c), n))

    def chk_event_chain(self, ch):
        prev = None
        for k, e in enumerate(self.events, 1):
            nm = "events[%d]" % e["index"]
            if e["index"] != k - 1:
                ch.fail("%s: the %d-th event read is not events[%d] (an element was left out)"
                        % (nm, k, k - 1))
            ev = e["ev"]
            if ev is None:
                ch.fail("%s: the body does not decode: %s" % (nm, e["err"]))
            else:
                if ev["seq"] != k:
                    ch.fail("%s: seq %d, expected %d" % (nm, ev["seq"], k))
                want = ZERO32 if prev is None else prev
                if ev["previous"] != want:
                    ch.fail("%s: previous is not the hash of the event before" % nm)
                bad = [f for f, a, b in (("seq", e["seq"], ev["seq"]), ("type", e["type"], ev["type_name"]),
                                         ("time", e["time"], ev["time"]), ("kiosk", e["kiosk"], ev["kiosk"]),
                                         ("detail", e["detail"], ev["detail"]), ("hash", e["hash"], e["h"]))
                       if a != b]
                if bad:
                    ch.fail("%s: %s not the signed body's" % (nm, ", ".join(bad)))
            prev = e["h"]
        # checkpoints against the log
        per = self.cp_by_kiosk()
        casts = defaultdict(list)  # kiosk -> seqs of its cast events (decoded)
        for e in self.events:
            if e["ev"] is not None and e["ev"]["type"] == EV_CAST:
                casts[e["ev"]["kiosk"]].append(e["ev"]["seq"])
        for k, cl in per.items():
            prev_ec = 0
            for c in cl:
                b = c["b"]
                nm = self.cname(c)
                ec = b["event_count"]
                ev = self.evnum.get(ec)
                if ev is None:
                    ch.fail("%s: event number %d does not exist" % (nm, ec))
                else:
                    if ev["h"] != b["event_head"]:
                        ch.fail("%s: event %d's hash is not event_head" % (nm, ec))
                    want = EV_SUSPENDED if b["kind"] == 1 else EV_CLOSED
                    if ev["ev"]["kiosk"] != k or ev["ev"]["type"] != want:
                        ch.fail("%s: event %d is not this kiosk's %s event" % (nm, ec, EVENT_TYPES[want]))
                n = sum(1 for s in casts.get(k, []) if prev_ec < s <= ec)
                if n != b["batch_ballots"]:
                    ch.fail("%s: %d cast events in its span of the log, batch_ballots %d"
                            % (nm, n, b["batch_ballots"]))
                prev_ec = max(prev_ec, ec)
            late = [s for s in casts.get(k, []) if s > prev_ec]
            if late:
                ch.fail("kiosk %r: %d cast events after its last checkpoint" % (k, len(late)))
        for k, s in casts.items():
            if k not in per:
                ch.fail("kiosk %r has %d cast events and no checkpoint" % (k, len(s)))
        S = 0
        for c in self.cp_bodies():
            S = max(S, c["b"]["event_count"])
        for r in self.statements():
            S = max(S, r["st"]["event_count"])
        if len(self.events) > S:
            ch.fail("events %d..%d come after the last event a signature covers (%d): anyone could "
                    "have written them" % (S + 1, len(self.events), S))

    def chk_event_time(self, ch):
        m = self.m
        planned = m["voting_opens"] > 0 and m["voting_closes"] > 0
        lo, hi = m["voting_opens"] - DAY, m["voting_closes"] + DAY
        prev = None
        for e in self.events:
            ev = e["ev"]
            if ev is None:
                continue
            nm = "events[%d]" % e["index"]
            t = ev["time"]
            if prev is not None and t < prev:
                ch.fail("%s: time %d is before the event before (%d)" % (nm, t, prev))
            prev = t
            if t > self.now + DAY:
                ch.fail("%s: dated more than a day after now" % nm)
            if planned and ev["type"] in (EV_CAST, EV_SUSPENDED, EV_RESUMED, EV_CLOSED) and not lo <= t <= hi:
                ch.fail("%s: a %s event outside the planned voting period" % (nm, ev["type_name"]))
        for c in self.cp_bodies():
            b = c["b"]
            nm = self.cname(c)
            t = b["time"]
            ev = self.evnum.get(b["event_count"])
            if ev is not None and abs(t - ev["ev"]["time"]) > DAY:
                ch.fail("%s: time more than a day from its event's" % nm)
            if t > self.now + DAY:
                ch.fail("%s: dated more than a day after now" % nm)
            if planned and not lo <= t <= hi:
                ch.fail("%s: outside the planned voting period" % nm)

    def chk_event_after_close(self, ch):
        closed = set()
        for e in self.events:
            ev = e["ev"]
            if ev is None:
                continue
            if ev["type"] in (EV_CAST, EV_SUSPENDED, EV_RESUMED, EV_CLOSED):
                if ev["kiosk"] in closed:
                    ch.fail("events[%d]: a %s event of kiosk %r after its close"
                            % (e["index"], ev["type_name"], ev["kiosk"]))
                if ev["type"] == EV_CLOSED:
                    closed.add(ev["kiosk"])

    def chk_codes(self, ch):
        for i in range(1, len(self.issued)):
            if not self.issued[i - 1] < self.issued[i]:
                ch.fail("issued_code_hashes: not strictly ascending at the %d-th hash read" % (i + 1))
        prev = None
        for s in self.spent:
            key = (s["kiosk"].encode("utf-8"), s["batch"], s["hash"])
            if prev is not None and not prev < key:
                ch.fail("spent_codes[%d]: not strictly ascending" % s["index"])
            prev = key
        iset = set(self.issued)
        seen = set()
        have = {(c["b"]["kiosk"], c["b"]["batch"]) for c in self.cp_bodies()}
        for s in self.spent:
            if s["hash"] not in iset:
                ch.fail("spent_codes[%d]: never issued" % s["index"])
            if s["hash"] in seen:
                ch.fail("spent_codes[%d]: spent twice" % s["index"])
            seen.add(s["hash"])
            if (s["kiosk"], s["batch"]) not in have:
                ch.fail("spent_codes[%d]: no checkpoint for kiosk %r batch %d" % (s["index"], s["kiosk"], s["batch"]))
        sts = self.statements()
        root = None
        for r in sts:
            st = r["st"]
            if st["issued_codes"] != len(self.issued):
                ch.fail("%s: the statement says %d codes issued, the record lists %d"
                        % (self.rname(r), st["issued_codes"], len(self.issued)))
                continue
            if root is None:
                root = merkle_root("PBV-itree-v1", sorted(self.issued))
            if st["issued_code_root"] != root:
                ch.fail("%s: issued_code_root is not the root of the issued codes" % self.rname(r))
        if not sts:
            ch.warn("no tally statement signs the list of issued codes")

    def chk_tally_statement(self, ch):
        tallied = sum(1 for e in self.events if e["ev"] is not None and e["ev"]["type"] == EV_TALLIED)
        if not self.results:
            if tallied:
                ch.fail("no result, but the log has a tallied event (results removed)")
            else:
                ch.warn("no result: the record of an uncounted round")
            return
        if tallied != len(self.results):
            ch.fail("the log has %d tallied events, the record %d results" % (tallied, len(self.results)))
        max_cp = max([c["b"]["event_count"] for c in self.cp_bodies()] or [0])
        for r in self.results:
            nm = self.rname(r)
            if not r["has_statement"]:
                ch.fail("%s: no tally statement (counted before schema 6): count the round again" % nm)
                continue
            st = r["st"]
            if st is None:
                ch.fail("%s: the statement does not decode: %s" % (nm, r["st_err"]))
                continue
            r["st_sig_ok"] = ed25519_ok(self.A, signed("pbvote/v1/tally", r["statement"]), r["statement_signature"])
            if not r["st_sig_ok"]:
                ch.fail("%s: the statement signature does not verify" % nm)
            if st["mh"] != self.mh:
                ch.fail("%s: the statement belongs to another manifest" % nm)
            if st["result_hash"] != H("PBV-result-v1", r["result"].encode("utf-8")):
                ch.fail("%s: result_hash is not the result's hash" % nm)
            if st["rule"] != r["rule"]:
                ch.fail("%s: the statement's rule is %r" % (nm, st["rule"]))
            tb = st["rule"].split("/", 1)[1] if "/" in st["rule"] else "lexicographic-id"
            if st["tie_break"] != tb:
                ch.fail("%s: tie_break %r, the rule gives %r" % (nm, st["tie_break"], tb))
            ec = st["event_count"]
            if ec == 0:
                if st["event_head"] != ZERO32:
                    ch.fail("%s: event_count 0 with an event_head" % nm)
            else:
                ev = self.evnum.get(ec)
                if ev is None:
                    ch.fail("%s: event number %d does not exist" % (nm, ec))
                elif ev["h"] != st["event_head"]:
                    ch.fail("%s: event %d's hash is not event_head" % (nm, ec))
            if ec < max_cp:
                ch.fail("%s: event_count %d below a checkpoint's %d" % (nm, ec, max_cp))
            for k in st["revoked"]:
                if k not in self.kkeys:
                    ch.fail("%s: revoked kiosk %r is not registered" % (nm, k))
            # kiosk-revoked events up to the statement's head toggle their kiosk
            toggles, unnamed = {}, False
            for e in self.events:
                ev = e["ev"]
                if ev is None or ev["seq"] > ec or ev["type"] != EV_KIOSK_REVOKED:
                    continue
                if ev["kiosk"] == "":
                    unnamed = True
                else:
                    toggles[ev["kiosk"]] = toggles.get(ev["kiosk"], 0) + 1
            if unnamed:
                ch.warn("%s: kiosk-revoked events without a kiosk: revocations not compared" % nm)
            else:
                logged = {k for k, n in toggles.items() if n % 2 == 1}
                if logged != set(st["revoked"]):
                    ch.fail("%s: the statement revokes %s, the log %s"
                            % (nm, sorted(st["revoked"]), sorted(logged)))

    def chk_result_sig(self, ch):
        if not self.results:
            ch.skip("no result")
            return
        for r in self.results:
            if not ed25519_ok(self.A, signed("pbvote/v1/result", r["result"].encode("utf-8")), r["signature"]):
                ch.fail("%s: the result signature does not verify" % self.rname(r))

    def ballot_problem(self, ch):
        return ballot_problem(self.m, ch)

    def chk_opened_ballots(self, ch):
        sts = self.statements()
        if not sts:
            ch.skip("no tally statement decodes")
            return
        nb = len(self.ballots)
        for r in sts:
            st = r["st"]
            nm = self.rname(r)
            if r["opened"] is None:
                ch.fail("%s: opened_ballots do not decode: %s" % (nm, r["op_err"]))
                continue
            if H("PBV-opened-v1", r["opened_ballots"]) != st["opened_ballots_hash"]:
                ch.fail("%s: the opened ballots' hash is not the statement's" % nm)
            if len(r["opened"]) != st["ballots_counted"]:
                ch.fail("%s: %d opened ballots, the statement counted %d" % (nm, len(r["opened"]), st["ballots_counted"]))
            if not self.amount_bad:
                nbad = 0
                for x, (eb, chs) in enumerate(r["opened"]):
                    pr = self.ballot_problem(chs)
                    if pr:
                        nbad += 1
                        if nbad <= 5:
                            ch.fail("%s: opened ballot %d: %s" % (nm, x, pr))
                if nbad > 5:
                    ch.fail("%s: %d invalid opened ballots in all" % (nm, nbad))
            if st["ballots_counted"] + st["ballots_excluded"] != nb:
                ch.fail("%s: counted %d + excluded %d is not the %d ballots read"
                        % (nm, st["ballots_counted"], st["ballots_excluded"], nb))
            rv = set(st["revoked"])
            nrev = sum(1 for b in self.ballots if b["env"] is not None and b["env"]["kiosk"] in rv)
            if st["ballots_excluded"] != nrev:
                ch.fail("%s: ballots_excluded %d, %d ballots name a revoked kiosk" % (nm, st["ballots_excluded"], nrev))

    def chk_recount(self, ch):
        if self.amount_bad:
            ch.skip("an amount of the manifest is out of range")
            return
        done = 0
        for r in self.results:
            st = r["st"]
            if st is None or r["opened"] is None:
                continue
            nm = self.rname(r)
            if not (self.manifest_sig_ok() and r.get("st_sig_ok") and
                    H("PBV-opened-v1", r["opened_ballots"]) == st["opened_ballots_hash"]):
                ch.skip("%s: not authentic (manifest or statement signature, or the opened ballots' "
                        "hash): not recounted" % nm)
                continue
            done += 1
            rule = st["rule"].split("/", 1)[0]
            tb = st["tie_break"]
            if tb not in TIE_BREAKS:
                ch.fail("%s: unknown tie-breaking %r" % (nm, tb))
                continue
            if rule not in RULES:
                ch.fail("%s: unknown rule %r" % (nm, rule))
                continue
            try:
                pub = json.loads(r["result"], parse_constant=_no_const)
            except Exception:
                pub = None
            if not isinstance(pub, dict):
                ch.fail("%s: the result is not a JSON object" % nm)
                continue
            try:
                exp = recount(self.m, rule, tb, [c for _, c in r["opened"]], st["ballots_excluded"])
            except CountError as e:
                ch.fail("%s: the count fails: %s" % (nm, e))
                continue
            diff = compare_results(exp, pub)
            if diff:
                ch.fail("%s: the published result differs from the recount: %s" % (nm, diff))
            else:
                ch.note("%s: recounted, same result (winners %s)" % (nm, ", ".join(exp["winners"]) or "none"))
        if done == 0 and not ch.skipped:
            ch.skip("no result was recounted")

    def chk_tally_rule(self, ch):
        sts = self.statements()
        if not sts:
            ch.skip("no tally statement decodes")
            return
        mr = self.m["tally_rule"]
        if self.m["format"] == 1 or mr == "":
            ch.warn("the manifest fixes no counting rule")
            return
        uses = [r for r in sts if r["st"]["rule"].split("/", 1)[0] == mr]
        for r in sts:
            if r in uses:
                continue
            msg = "%s: counted with %r, the manifest fixed %r" % (self.rname(r), r["st"]["rule"], mr)
            if uses:
                ch.warn(msg)
            else:
                ch.fail(msg)

    def chk_witness(self, ch):
        if not self.o.witness_codes:
            ch.skip("no --witness")
            return
        have = {}
        for c in self.cps:
            have.setdefault(normalise_code(witness_code(c["body"], c["signature"])), c)
        for code in self.o.witness_codes:
            n = normalise_code(code)
            if n and n in have:
                ch.note("%s is %s" % (code, self.cname(have[n])))
            else:
                ch.fail("witness code %r matches no checkpoint" % code)

    def chk_election_key(self, ch):
        if self.o.election_sk is None:
            ch.skip("no --election-key")
            return
        if self.amount_bad:
            ch.skip("an amount of the manifest is out of range")
            return
        m = self.m
        pk = m["election_public_key"]
        sk = self.o.election_sk
        size = m["padded_ballot_size"]
        todo = [b for b in self.ballots if b["env"] is not None and len(b["env"]["sealed"]) == size + 48]
        opened = []
        for b in todo:
            pt = None
            try:
                pt = sodium_unpad(_nb.crypto_box_seal_open(b["env"]["sealed"], pk, sk), size)
            except Exception:
                pt = None
            opened.append((b, pt))
        if todo and all(pt is None for _, pt in opened):
            ch.fail("not one sealed vote opens: not this round's election key")
            return
        good = []
        for b, pt in opened:
            nm = self.bname(b)
            if pt is None:
                ch.fail("%s: the sealed vote does not open" % nm)
                continue
            try:
                bal = decode_plaintext(pt)
            except DecodeError as e:
                ch.fail("%s: the vote does not decode: %s" % (nm, e))
                continue
            if bal["mh"] != self.mh:
                ch.fail("%s: the vote belongs to another manifest" % nm)
            elif bal["id"] != b["env"]["id"]:
                ch.fail("%s: the vote carries another ballot id" % nm)
            elif bal["kind"] != m["kind"]:
                ch.fail("%s: the vote's kind is not the manifest's" % nm)
            else:
                pr = self.ballot_problem(bal["choices"])
                if pr:
                    ch.fail("%s: invalid vote: %s" % (nm, pr))
                else:
                    good.append((b["env"]["kiosk"], encode_choices(bal["choices"])))
        for r in self.results:
            st = r["st"]
            if st is None or r["opened"] is None:
                continue
            rv = set(st["revoked"])
            mine = Counter(c for k, c in good if k not in rv)
            pub = Counter(eb for eb, _ in r["opened"])
            missing = mine - pub
            extra = pub - mine
            if missing or extra:
                ch.fail("%s: the opened ballots are not the sealed votes: %d missing, %d extra"
                        % (self.rname(r), sum(missing.values()), sum(extra.values())))

    def chk_secrecy(self, ch):
        if self.c["BALLOT_ORDER"].failed or self.c["CT_LENGTH"].failed:
            ch.fail("BALLOT_ORDER or CT_LENGTH failed")

    def chk_receipt(self, ch):
        if self.o.receipt is None:
            ch.skip("no --receipt")
            return
        info = {"found": False, "signature_valid": False, "counted": False, "index": -1,
                "ballot_id": "", "kiosk": "", "batch": 0}
        self.receipt_info = info
        want = normalise_code(self.o.receipt)
        if len(want) != 16:
            ch.fail("%r is not a receipt code" % self.o.receipt)
            return
        for b in self.ballots:
            if normalise_code(receipt_code(b["envelope"], b["signature"])) != want:
                continue
            info["found"] = True
            info["index"] = b["index"]
            e = b["env"]
            if e is None:
                ch.fail("%s: the envelope does not decode" % self.bname(b))
                return
            info.update({"ballot_id": e["id"].hex(), "kiosk": e["kiosk"], "batch": e["batch"]})
            ok = self.sig_ok_ballot(b)
            info["signature_valid"] = ok
            if not ok:
                ch.fail("%s: the kiosk signature does not verify" % self.bname(b))
                return
            if e["mh"] != self.mh or not self.manifest_sig_ok():
                ch.fail("%s: not bound to this round's signed manifest" % self.bname(b))
                return
            sts = self.statements()
            rev = [r for r in sts if e["kiosk"] in r["st"]["revoked"]]
            if not sts:
                ch.warn("%s: found; the round is not counted yet" % self.bname(b))
            elif rev:
                ch.warn("%s: found, but its kiosk is revoked: not counted" % self.bname(b))
            else:
                info["counted"] = True
                ch.note("%s: found and counted" % self.bname(b))
            return
        ch.fail("receipt %s is not in the record" % self.o.receipt)

    # ------------------------------------------------------------- report
    def report(self):
        checks = [self.c[cid] for cid, _ in CHECKS]
        failed = [c.id for c in checks if c.status == "FAIL"]
        out = {"ok": not failed, "failed": failed,
               "warnings": [c.id for c in checks if c.status == "WARN"],
               "checks": [{"id": c.id, "title": c.title, "status": c.status, "problems": c.listed(),
                           "notes": c.notes} for c in checks],
               "version": self.version,
               "election": self.m["name"] if self.m else "",
               "election_id": self.m["election_id"].hex() if self.m else "",
               "authority_fingerprint": self.fingerprint,
               "authority_pinned": self.pinned,
               "ballots": len(self.ballots), "checkpoints": len(self.cps),
               "events": len(self.events), "results": len(self.results),
               "kiosks": len(self.m["kiosks"]) if self.m else 0,
               "timings": self.timings, "record": self.o.record}
        if self.o.receipt is not None:
            out["receipt"] = self.receipt_info or {"found": False, "signature_valid": False,
                                                   "counted": False, "index": -1, "ballot_id": "",
                                                   "kiosk": "", "batch": 0}
        return out


def _no_const(s):
    raise ValueError(s)


# --------------------------------------------------------------------------
# the organizer's checks (records.md "It accepts everything else"), padding, validity
# --------------------------------------------------------------------------
def validate_round(m):
    """Round::validate as records.md lists it. GAP: the exact rules are only named."""
    out = []
    if m["name"].strip() == "":
        out.append("no name")
    if not re.fullmatch(r"[A-Z]{3}", m["currency"]):
        out.append("currency %r is not three letters" % m["currency"])
    seen = set()
    for p in m["projects"]:
        if p["id"] == "":
            out.append("a project with an empty id")
        elif p["id"] in seen:
            out.append("project id %r twice" % p["id"])
        seen.add(p["id"])
        if p["title"].strip() == "":
            out.append("project %r has no title" % p["id"])
        if p["cost"] <= 0:
            out.append("project %r costs %d, not above 0" % (p["id"], p["cost"]))
    dseen = set()
    for d in m["districts"]:
        if d["id"] == "":
            out.append("a district with an empty id")
        elif d["id"] in dseen:
            out.append("district id %r twice" % d["id"])
        dseen.add(d["id"])
        if d["budget"] < 0:
            out.append("district %r: negative budget" % d["id"])
    if m["budget"] < 0:
        out.append("negative budget")
    for p in m["projects"]:
        if p["district"] and p["district"] not in dseen:
            out.append("project %r names undeclared district %r" % (p["id"], p["district"]))
    np_ = len(m["projects"])
    if m["max_selections"] > 0 and m["min_selections"] > m["max_selections"]:
        out.append("min_selections above max_selections")
    if m["min_selections"] > np_:
        out.append("min_selections above the number of projects")
    if m["min_spend_percent"] > 100:
        out.append("min_spend_percent above 100")
    if m["min_spend_percent"] and m["kind"] != 2:
        out.append("min_spend_percent on a ballot that is not knapsack")
    if m["kind"] == 3:
        if m["total_points"] <= 0:
            out.append("cumulative ballot without points")
    elif m["total_points"] or m["max_points_per_project"] or m["must_use_all_points"]:
        out.append("points on a ballot that is not cumulative")
    if np_ > 65535:
        out.append("more than 65,535 projects")
    if m["voting_opens"] and m["voting_closes"] and m["voting_closes"] <= m["voting_opens"]:
        out.append("the voting period closes before it opens")
    return out


def max_ballot_choices(m):
    M = len(m["projects"])
    if m["max_selections"] > 0:
        M = min(M, m["max_selections"])
    if m["kind"] == 3 and m["total_points"] > 0:
        M = min(M, m["total_points"])
    return M


def padded_size_for(m):
    M = max_ballot_choices(m)
    return -(-(59 + 6 * M + 1) // 64) * 64


def ballot_problem(m, choices):
    kind = m["kind"]
    P = len(m["projects"])
    n = len(choices)
    pos = [p for p, _ in choices]
    vals = [v for _, v in choices]
    for p in pos:
        if p >= P:
            return "position %d is not on the ballot (%d projects)" % (p, P)
    if len(set(pos)) != n:
        return "a project chosen twice"
    if n < m["min_selections"]:
        return "%d choices, fewer than %d" % (n, m["min_selections"])
    if kind in (1, 2, 3) and m["max_selections"] > 0 and n > m["max_selections"]:
        return "%d choices, more than %d" % (n, m["max_selections"])
    if kind in (1, 2, 3) and pos != sorted(pos):
        return "choices not in ascending position (not canonical)"
    if kind in (1, 2):
        if any(v != 1 for v in vals):
            return "a value other than 1 (not canonical)"
    if kind == 2:
        dbud = {}
        for d in m["districts"]:
            dbud.setdefault(d["id"], d["budget"])
        part = defaultdict(int)
        for p in pos:
            part[m["projects"][p]["district"]] += m["projects"][p]["cost"]
        for dist, cost in part.items():
            cap = dbud[dist] if (dist != "" and dist in dbud) else m["budget"]
            if cost > cap:
                return "spends %d on %s, over its budget %d" % (
                    cost, "city-wide projects" if dist == "" else "district %r" % dist, cap)
        pct = m["min_spend_percent"]
        if pct > 0:
            T = sum(part.values())
            A = m["budget"] + sum(d["budget"] for d in m["districts"])
            if T * 100 < A * pct:
                return "spends %d, under %d%% of %d" % (T, pct, A)
    if kind == 3:
        if any(v < 1 for v in vals):
            return "a choice with no points"
        mp = m["max_points_per_project"]
        if mp > 0 and any(v > mp for v in vals):
            return "more than %d points on a project" % mp
        tot = sum(vals)
        if tot > m["total_points"]:
            return "%d points, more than %d" % (tot, m["total_points"])
        if m["must_use_all_points"] and tot != m["total_points"]:
            return "%d points, not all %d" % (tot, m["total_points"])
    if kind == 4:
        k = m["max_selections"] if m["max_selections"] > 0 else P
        if n > k:
            return "%d ranks, more than %d" % (n, k)
        if vals != list(range(1, n + 1)):
            return "ranks are not 1, 2, ..., n in order (not canonical)"
    return None


# --------------------------------------------------------------------------
# counting (counting.md) and the result object (result-json.md)
# --------------------------------------------------------------------------
TIE_BREAKS = ("lexicographic-id", "lower-cost", "more-votes")
RULES = {
    "greedy": ("greedy",), "greedy-per-cost": ("greedy",), "phragmen": ("phragmen",),
    "max-welfare": ("maxw",),
    "mes-cost": ("mes", "cost", "none"), "mes-approval": ("mes", "cardinality", "none"),
    "mes-cost+greedy": ("mes", "cost", "greedy"), "mes-approval+greedy": ("mes", "cardinality", "greedy"),
    "mes-cost+add1": ("mes", "cost", "add1"), "mes-approval+add1": ("mes", "cardinality", "add1"),
    "mes-cost+add1-equalshares": ("mes", "cost", "add1-until-overspend"),
    "mes-points": ("mes", "points", "none"), "mes-points+add1": ("mes", "points", "add1"),
    "mes-borda": ("mes", "borda", "none"), "mes-borda+add1": ("mes", "borda", "add1"),
}
VOTE_TYPES = {1: "approval", 2: "approval", 3: "cumulative", 4: "ordinal"}
MAXW_TIE_TEXT = "prefer the project first in the tie-breaking order, then the next, ..."
BB_LIMIT = 50_000_000


class CountError(Exception):
    pass


def money(c):
    s = "%d.%02d" % (abs(c) // 100, abs(c) % 100)
    return "-" + s if c < 0 else s


def q(f):
    f = Fraction(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


class Group:
    """One group of projects (the whole round, or a district)."""

    def __init__(self, projects, js, budget, voters, vote_type, tb, votes):
        self.P = projects
        self.js = js              # manifest positions of the group's projects
        self.budget = budget
        self.voters = voters      # list of [(pos, value)] restricted to the group, in order
        self.vote_type = vote_type
        self.votes = votes        # pos -> votes (whole round; same inside the group)
        self.tb = tb
        self.order = sorted(js, key=self.tie_key)
        self.rank = {j: n for n, j in enumerate(self.order)}

    def tie_key(self, j):
        p = self.P[j]
        if self.tb == "lower-cost":
            return (p["cost"], p["id"], j)
        if self.tb == "more-votes":
            return (-self.votes[j], p["id"], j)
        return (p["id"], j)

    def cost(self, j):
        return self.P[j]["cost"]


def greedy_key(rule, v, c):
    if rule == "greedy":
        return Fraction(v) if (v > 0 and c > 0) else Fraction(0)
    if v == 0:
        return Fraction(0)
    if c == 0:
        return None  # infinite
    return Fraction(v, c)


def greedy_rank(g, rule, js):
    def k(j):
        key = greedy_key(rule, g.votes[j], g.cost(j))
        return (0, 0, g.rank[j]) if key is None else (1, -key, g.rank[j])
    return sorted(js, key=k)


def count_greedy(g, rule):
    left = g.budget
    winners = []
    facts = {}
    for turn, j in enumerate(greedy_rank(g, rule, g.js), 1):
        c = g.cost(j)
        v = g.votes[j]
        f = {"votes": v, "cost": c, "stage": "greedy", "turn": turn, "availableAtTurn": left}
        if rule == "greedy":
            f["score"] = str(v) if (v > 0 and c > 0) else "0"
        else:
            f["score"] = "0" if v == 0 else ("inf" if c == 0 else (str(v) if c == 1 else "%d/%d" % (v, c)))
        if c <= left:
            left -= c
            winners.append(j)
        facts[j] = f
    params = {"budget": g.budget, "moneyScale": 2,
              "satisfaction": "cost" if rule == "greedy" else "cardinality"}
    return winners, facts, params, g.budget - left


def count_phragmen(g):
    if g.vote_type != "approval":
        raise CountError("phragmen counts approval ballots only")
    supp = defaultdict(list)
    for i, b in enumerate(g.voters):
        for p, _ in b:
            supp[p].append(i)
    load = [Fraction(0)] * len(g.voters)
    used = 0
    B = g.budget
    remaining = [j for j in g.order if g.cost(j) <= B]
    facts = {j: {"votes": g.votes[j], "cost": g.cost(j)} for j in g.js}
    winners = []
    stopped = None
    while remaining:
        ell = {}
        for j in remaining:
            if supp[j]:
                ell[j] = (g.cost(j) + sum(load[i] for i in supp[j])) / len(supp[j])
        if ell:
            best = min(ell.values())
            tied = [j for j in remaining if j in ell and ell[j] == best]
        else:
            tied = list(remaining)
        tied.sort(key=lambda j: g.rank[j])
        nofit = [j for j in tied if used + g.cost(j) > B]
        if nofit:
            stopped = nofit[0]
            for j in remaining:
                facts[j]["availableAtStop"] = B - used
                if j in ell:
                    facts[j]["loadAtStop"] = q(ell[j])
            break
        j = tied[0]
        facts[j]["availableAtTurn"] = B - used
        used += g.cost(j)
        if j in ell:
            for i in supp[j]:
                load[i] = ell[j]
            facts[j]["load"] = q(ell[j])
        winners.append(j)
        remaining.remove(j)
    params = {"budget": B, "moneyScale": 2}
    if stopped is not None:
        params["stoppedAt"] = g.P[stopped]["id"]
    return winners, facts, params, used


def count_maxwelfare(g):
    B = g.budget
    cands = [j for j in g.order if g.votes[j] > 0 and 0 < g.cost(j) <= B]
    val = {j: g.votes[j] * g.cost(j) for j in cands}
    facts = {j: {"votes": g.votes[j], "cost": g.cost(j), "welfare": str(g.votes[j] * g.cost(j))} for j in g.js}
    m = len(cands)
    chosen = []
    W = 0
    if m == 0:
        method, nodes = "none", 0
    else:
        gg = 0
        for j in cands:
            gg = _gcd(gg, g.cost(j))
        U = B // gg
        Ptot = sum(val.values())
        if (m + 1) * (U + 1) <= 4_000_000 and Ptot < I64MAX:
            method, nodes = "dynamic-programming", (m + 1) * (U + 1)
            chosen, W = _maxw_dp(cands, [g.cost(j) // gg for j in cands], [val[j] for j in cands], U)
        else:
            method = "branch-and-bound"
            chosen, W, nodes = _maxw_bb(g, cands, val, B)
    params = {"budget": B, "moneyScale": 2, "satisfaction": "cost", "welfare": str(W),
              "method": method, "searchNodes": nodes, "tieBreakingAmongBestSets": MAXW_TIE_TEXT}
    winners = [j for j in g.order if j in set(chosen)]
    return winners, facts, params, sum(g.cost(j) for j in winners)


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _maxw_dp(cands, w, v, U):
    m = len(cands)
    # best[i][c]: best value of candidates i.. within capacity c
    best = [None] * (m + 1)
    best[m] = [0] * (U + 1)
    for i in range(m - 1, -1, -1):
        nxt = best[i + 1]
        wi, vi = w[i], v[i]
        row = list(nxt)
        for c in range(wi, U + 1):
            t = nxt[c - wi] + vi
            if t > row[c]:
                row[c] = t
        best[i] = row
    W = best[0][U]
    chosen = []
    cap = U
    need = W
    for i in range(m):
        if w[i] <= cap and v[i] + best[i + 1][cap - w[i]] == need:
            chosen.append(cands[i])
            cap -= w[i]
            need -= v[i]
    return chosen, W


class _GiveUp(Exception):
    pass


class _Found(Exception):
    pass


def _maxw_bb(g, cands, val, B):
    votes = g.votes
    D = sorted(cands, key=lambda j: (-votes[j], g.rank[j]))
    count = [0]

    def search(items, cap, mode, target=None, best0=0):
        """mode 'max' or 'reach'; returns (selection set or None, best)."""
        n = len(items)
        C = [0] * (n + 1)
        V = [0] * (n + 1)
        for k, j in enumerate(items):
            C[k + 1] = C[k] + g.cost(j)
            V[k + 1] = V[k] + val[j]
        sel = []
        state = {"best": best0, "keep": None}
        import bisect

        def node(k, r, v):
            count[0] += 1
            if count[0] > BB_LIMIT:
                raise _GiveUp()
            if mode == "max":
                if v > state["best"]:
                    state["best"] = v
                    state["keep"] = list(sel)
            else:
                if v >= target:
                    state["keep"] = list(sel)
                    raise _Found()
            if k == n:
                return
            L = C[k] + r
            jj = bisect.bisect_right(C, L) - 1
            bound = V[jj] - V[k]
            if jj < n:
                bound += (L - C[jj]) * votes[items[jj]]
            if mode == "max":
                if v + bound <= state["best"]:
                    return
            else:
                if v + bound < target:
                    return
            it = items[k]
            if g.cost(it) <= r:
                sel.append(it)
                node(k + 1, r - g.cost(it), v + val[it])
                sel.pop()
            node(k + 1, r, v)

        try:
            node(0, cap, 0)
        except _Found:
            return set(state["keep"]), None
        if mode == "max":
            return (set(state["keep"]) if state["keep"] is not None else None), state["best"]
        return None, None

    try:
        left = B
        witness = set()
        start = 0
        for j in D:
            if g.cost(j) <= left:
                witness.add(j)
                left -= g.cost(j)
                start += val[j]
        keep, W = search(D, B, "max", best0=start)
        if keep is not None:
            witness = keep
        included = []
        inc_c = inc_v = 0
        order = [j for j in g.order if j in set(cands)]
        for idx, i in enumerate(order):
            if i not in witness and B - inc_c - g.cost(i) >= 0:
                later = set(order[idx + 1:])
                items = [j for j in D if j in later]
                found, _ = search(items, B - inc_c - g.cost(i), "reach",
                                  target=W - inc_v - val[i])
                if found is not None:
                    witness = {j for j in witness if j not in later} | found
                    witness.add(i)
            if i in witness:
                included.append(i)
                inc_c += g.cost(i)
                inc_v += val[i]
        return included, W, count[0]
    except _GiveUp:
        raise CountError("max-welfare: too large to solve exactly")


# ---------------------------------------------------------------- MES
def mes_utilities(g, utility):
    """u[i] = {pos: utility>0}"""
    out = []
    for b in g.voters:
        u = {}
        L = len(b)
        for place, (p, val) in enumerate(b):
            c = g.cost(p)
            if utility == "cost":
                x = c
            elif utility == "cardinality":
                x = 1
            elif utility == "points":
                x = val if g.vote_type == "cumulative" else 1
            else:
                x = L - 1 - place
            if x > 0:
                u[p] = x
        out.append(u)
    return out


def mes_run(g, U, supp, e):
    """One run. Returns dict: winners, bought (j -> facts), free, cost, money."""
    n = len(g.voters)
    start = Fraction(g.budget, max(n, 1)) + e
    money = [start] * n
    free = [j for j in g.order if supp[j] and g.cost(j) == 0]
    bought = []
    bfacts = {}
    part = [j for j in g.order if supp[j] and g.cost(j) > 0]
    active = list(part)
    dropped = set()
    rnd = 0
    while True:
        best = None
        bestj = None
        keep = []
        for j in active:
            c = g.cost(j)
            sj = supp[j]
            tot = sum(money[i] for i in sj)
            if tot < c:
                dropped.add(j)
                continue
            keep.append(j)
            # rho: smallest with sum min(m_i, rho u_i) = c
            arr = sorted(sj, key=lambda i: money[i] / U[i][j])
            paid = Fraction(0)
            usum = sum(U[i][j] for i in sj)
            rho = None
            for i in arr:
                cand = (c - paid) / usum
                if cand * U[i][j] <= money[i]:
                    rho = cand
                    break
                paid += money[i]
                usum -= U[i][j]
            if rho is None:  # only when tot == c exactly and everyone pays all
                rho = max(money[i] / U[i][j] for i in sj)
            if best is None or rho < best or (rho == best and g.rank[j] < g.rank[bestj]):
                best, bestj = rho, j
        active = keep
        if bestj is None:
            break
        rnd += 1
        j = bestj
        full = allhad = nothing = 0
        for i in supp[j]:
            need = best * U[i][j]
            if money[i] == 0:
                nothing += 1
            elif money[i] >= need:
                full += 1
            else:
                allhad += 1
            money[i] -= min(money[i], need)
        c = g.cost(j)
        share = best * c if g.utility == "cost" else best
        bfacts[j] = {"round": rnd, "rho": q(best), "share": q(share), "paidFullShare": full,
                     "paidAllTheyHad": allhad, "hadNothingLeft": nothing}
        bought.append(j)
        active.remove(j)
    cost = sum(g.cost(j) for j in free + bought)
    return {"free": free, "bought": bought, "bfacts": bfacts, "cost": cost, "money": money,
            "start": start, "part": part}


def count_mes(g, utility, completion):
    if utility == "borda" and g.vote_type != "ordinal":
        raise CountError("mes-borda counts ranked ballots only")
    g.utility = utility
    U = mes_utilities(g, utility)
    supp = {j: [] for j in g.js}
    for i, u in enumerate(U):
        for p in u:
            supp[p].append(i)
    n = len(g.voters)
    B = g.budget
    if completion in ("none", "greedy"):
        run = mes_run(g, U, supp, 0)
        k = None
    else:
        k = 0
        prev = None
        while True:
            run = mes_run(g, U, supp, 100 * k)
            if run["cost"] > B:
                if prev is None:
                    raise CountError("MES run 0 overspends")
                run = prev
                k -= 1
                break
            funded = set(run["bought"]) | set(run["free"])
            if all(j in funded for j in run["part"]):
                break
            if completion == "add1":
                rest = B - run["cost"]
                if not any(g.cost(j) <= rest for j in run["part"] if j not in funded):
                    break
            prev = run
            k += 1
            if k > 10_000_000:
                raise CountError("add1 does not stop")
    e = 100 * k if k is not None else 0
    mes_w = run["free"] + run["bought"]
    mes_cost = run["cost"]
    winners = list(mes_w)
    facts = {}
    for j in g.js:
        facts[j] = {"cost": g.cost(j), "supporters": len(supp[j])}
    for j in run["free"]:
        facts[j].update({"stage": "equal-shares", "round": 0})
    for j in run["bought"]:
        facts[j]["stage"] = "equal-shares"
        facts[j].update(run["bfacts"][j])
    comp_avail = {}
    if completion != "none":
        left = B - mes_cost
        funded = set(mes_w)
        for j in greedy_rank(g, "greedy", [x for x in g.js if x not in funded]):
            comp_avail[j] = left
            if g.cost(j) <= left:
                left -= g.cost(j)
                winners.append(j)
                facts[j]["stage"] = "completion"
                facts[j]["availableAtTurn"] = comp_avail[j]
    wset = set(winners)
    start = Fraction(B, max(n, 1)) + e
    for j in g.js:
        if j in wset:
            continue
        f = facts[j]
        f["stage"] = "not-funded"
        if supp[j]:
            f["supportersMoneyAtStart"] = q(len(supp[j]) * start)
            f["supportersMoneyLeft"] = q(sum(run["money"][i] for i in supp[j]))
        if completion != "none" and g.cost(j) > 0:
            f["availableAtTurn"] = comp_avail[j]
    params = {"utility": utility, "completion": completion, "voters": n, "moneyScale": 2,
              "voterBudget": q(Fraction(B, max(n, 1))), "finalVoterBudget": q(start),
              "mesWinners": len(mes_w), "mesCost": mes_cost}
    if k is not None:
        params["budgetIncrement"] = "100"
        params["increments"] = k
    if completion != "none":
        params["completionSatisfaction"] = "cost"
    return winners, facts, params, sum(g.cost(j) for j in winners)


def count_group(g, rule):
    kind = RULES[rule]
    if kind[0] == "greedy":
        return count_greedy(g, rule)
    if kind[0] == "phragmen":
        return count_phragmen(g)
    if kind[0] == "maxw":
        return count_maxwelfare(g)
    return count_mes(g, kind[1], kind[2])


def recount(m, rule, tb, opened, excluded):
    projects = m["projects"]
    P = len(projects)
    for p in projects:
        if p["cost"] < 0:
            raise CountError("a negative cost")
    voters = []
    for chs in opened:
        for p, _ in chs:
            if p >= P:
                raise CountError("an opened ballot names position %d of %d projects" % (p, P))
        voters.append(list(chs))
    votes = [0] * P
    for b in voters:
        for p in {p for p, _ in b}:
            votes[p] += 1
    vt = VOTE_TYPES[m["kind"]]
    if m["districts"]:
        dbud = {}
        for d in m["districts"]:
            dbud[d["id"]] = d["budget"]  # a district declared twice keeps its last budget
        for p in projects:
            if p["district"] and p["district"] not in dbud:
                raise CountError("project %r names undeclared district %r" % (p["id"], p["district"]))
        if m["budget"] < 0 or any(b < 0 for b in dbud.values()):
            raise CountError("a negative budget")
        gids = [""] + sorted(dbud, key=utf16_key)
        gbud = dict(dbud)
        gbud[""] = m["budget"]
    else:
        gids = [None]
        gbud = {None: m["budget"]}
        if m["budget"] < 0 and RULES[rule][0] == "mes":
            raise CountError("a negative budget")
    winners = []
    facts = {}
    used_total = 0
    dparams = {}
    top_params = None
    for gid in gids:
        if gid is None:
            js = list(range(P))
            gv = voters
        else:
            js = [j for j in range(P) if projects[j]["district"] == gid]
            s = set(js)
            gv = [[(p, v) for p, v in b if p in s] for b in voters]
            gv = [b for b in gv if b]
        g = Group(projects, js, gbud[gid], gv, vt, tb, votes)
        w, f, params, used = count_group(g, rule)
        used_total += used
        for n, j in enumerate(w, 1):
            if gid is not None:
                f[j]["orderInDistrict"] = n
        if gid is not None:
            for j in js:
                f[j]["district"] = gid
                f[j].setdefault("orderInDistrict", 0)
            dparams[gid] = {"budget": gbud[gid], "used": used, "left": gbud[gid] - used,
                            "projects": len(js), "voters": len(gv),
                            "winners": [projects[j]["id"] for j in w], "parameters": params}
        else:
            top_params = params
        winners += w
        facts.update(f)
    if m["districts"]:
        top_params = {"byDistrict": True, "districts": dparams, "moneyScale": 2, "rule": rule}
        budget = sum(gbud.values())
    else:
        budget = m["budget"]
    order = {j: n for n, j in enumerate(winners, 1)}
    plist = []
    for j, p in enumerate(projects):
        e = {"id": p["id"], "name": p["title"], "cost": money(p["cost"]), "funded": j in order,
             "order": order.get(j, 0), "facts": facts[j]}
        if p["category"]:
            e["category"] = p["category"]
        if p["district"]:
            e["district"] = p["district"]
        plist.append(e)
    res = {"ballots": len(opened), "budget": money(budget), "budget_used": money(used_total),
           "budget_left": money(budget - used_total), "instance": m["name"], "money_scale": 2,
           "parameters": top_params, "projects": plist, "rule": rule, "tie_breaking": tb,
           "vote_type": vt, "voters": len(opened), "winners": [projects[j]["id"] for j in winners]}
    if excluded:
        res["excluded_ballots"] = excluded
    return res


def json_equal(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        return float(a) == float(b)
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return set(a) == set(b) and all(json_equal(a[k], b[k]) for k in a)
    return False


def _short(v):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 100 else s[:97] + "..."


def compare_results(exp, pub):
    ep, pp = exp["projects"], pub.get("projects")
    if not isinstance(pp, list) or len(pp) != len(ep):
        return "projects: %s published, %d recounted" % (len(pp) if isinstance(pp, list) else "no array", len(ep))
    for x, (e, p) in enumerate(zip(ep, pp)):
        if not isinstance(p, dict):
            return "project %d is not an object" % x
        p = {k: v for k, v in p.items() if k != "reason"}
        keys = ["funded", "order"] + sorted((set(e) | set(p)) - {"funded", "order"})
        for k in keys:
            if (k in e) != (k in p) or (k in e and not json_equal(e[k], p[k])):
                return "project %s, %s: published %s, recounted %s" % (
                    e["id"], k, _short(p.get(k, "(absent)")), _short(e.get(k, "(absent)")))
    for k in sorted((set(exp) | set(pub)) - {"round", "projects"}):
        if (k in exp) != (k in pub) or (k in exp and not json_equal(exp[k], pub[k])):
            return "%s: published %s, recounted %s" % (k, _short(pub.get(k, "(absent)")), _short(exp.get(k, "(absent)")))
    return None


# --------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------
USAGE = ("usage: pbverify.py RECORD [--json] [--authority FINGERPRINT] [--election-key FILE] "
         "[--witness FILE|CODE]... [--receipt CODE] [--threads N] [--timings] [--html FILE]")


class UsageError(Exception):
    pass


class OptionFileError(Exception):
    pass


def parse_args(argv):
    o = Opts()
    pos = []
    i = 0
    takes = ("--authority", "--election-key", "--witness", "--receipt", "--threads", "--html", "--now")
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            print(USAGE)
            sys.exit(0)
        if a == "--json":
            o.json = True
        elif a == "--timings":
            o.timings = True
        elif a.split("=", 1)[0] in takes:
            if "=" in a:
                name, v = a.split("=", 1)
            else:
                if i + 1 >= len(argv):
                    raise UsageError("%s needs a value" % a)
                name, v = a, argv[i + 1]
                i += 1
            if name == "--authority":
                o.authority = v
            elif name == "--election-key":
                o.election_key = v
            elif name == "--witness":
                o.witness.append(v)
            elif name == "--receipt":
                o.receipt = v
            elif name == "--html":
                o.html = v
            elif name == "--now":  # testing aid: the moment of verification (epoch seconds)
                try:
                    o.now = int(v)
                except ValueError:
                    raise UsageError("--now: not an integer")
            else:
                try:
                    t = int(v)
                except ValueError:
                    raise UsageError("--threads: not a number")
                if not 1 <= t <= 1024:
                    raise UsageError("--threads: 1 to 1024")
                o.threads = t
        elif a.startswith("-") and a != "-":
            raise UsageError("unknown option %s" % a)
        else:
            pos.append(a)
        i += 1
    if len(pos) != 1:
        raise UsageError("exactly one RECORD expected")
    o.record = pos[0]
    return o


def read_options_files(o):
    if o.election_key is not None:
        try:
            with open(o.election_key, "rb") as f:
                data = f.read(257)
        except OSError as e:
            raise OptionFileError("--election-key: cannot read %s: %s" % (o.election_key, e.strerror))
        if len(data) > 256:
            raise OptionFileError("--election-key: the file is over 256 bytes")
        txt = bytes(c for c in data if c not in b" \t\r\n")
        if not re.fullmatch(rb"[0-9a-fA-F]{64}", txt):
            raise OptionFileError("--election-key: not 64 hex digits")
        o.election_sk = bytes.fromhex(txt.decode())
    codes = []
    for w in o.witness:
        if os.path.isfile(w):
            try:
                if os.path.getsize(w) > MB:
                    raise OptionFileError("--witness: %s is over 1 MiB" % w)
                with open(w, "rb") as f:
                    text = f.read().decode("utf-8", errors="replace")
            except OSError as e:
                raise OptionFileError("--witness: cannot read %s: %s" % (w, e.strerror))
            for line in text.splitlines():
                s = line.strip()
                if not s or s.startswith("#"):
                    continue
                codes.append(re.split(r"[ \t]", s, 1)[0])
        else:
            codes.append(w)
    o.witness_codes = codes


def text_report(rep):
    out = []
    for c in rep["checks"]:
        out.append("%-4s %-21s %s" % (c["status"], c["id"], c["title"]))
        for p in c["problems"]:
            out.append("       - " + p)
        for n in c["notes"]:
            out.append("       . " + n)
    out.append("")
    if rep["ok"]:
        out.append("VERIFIED" + (" (warnings: %s)" % ", ".join(rep["warnings"]) if rep["warnings"] else ""))
    else:
        out.append("FAILED: " + ", ".join(rep["failed"]))
    return "\n".join(out) + "\n"


def html_report(rep):
    rows = []
    for c in rep["checks"]:
        items = "".join("<li>%s</li>" % _html.escape(x) for x in c["problems"] + c["notes"])
        rows.append("<tr><td>%s</td><td>%s</td><td>%s<ul>%s</ul></td></tr>" % (
            _html.escape(c["status"]), _html.escape(c["id"]), _html.escape(c["title"]), items))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>pbverify</title></head><body>"
            "<h1>%s</h1><table>%s</table></body></html>\n"
            % ("Verified" if rep["ok"] else "Failed", "".join(rows)))


def main(argv):
    try:
        o = parse_args(argv)
    except UsageError as e:
        sys.stderr.write("pbverify: %s\n%s\n" % (e, USAGE))
        return 2
    try:
        read_options_files(o)
    except OptionFileError as e:
        sys.stderr.write("pbverify: %s\n" % e)
        return 1
    result = {}

    def work():
        try:
            result["v"] = Verifier(o).run(o.record)
        except BaseException as e:  # pragma: no cover
            result["e"] = e
    # a big stack for the recursive searches (Merkle trees, branch and bound)
    sys.setrecursionlimit(200000)
    threading.stack_size(512 * 1024 * 1024)
    t = threading.Thread(target=work)
    t.start()
    t.join()
    if "v" not in result:
        sys.stderr.write("pbverify: internal error: %r\n" % result.get("e"))
        return 1
    rep = result["v"].report()
    if o.timings:
        for t_ in rep["timings"]:
            sys.stderr.write("%s: %d ms wall, %d ms cpu\n" % (t_["phase"], t_["wall_ms"], t_["cpu_ms"]))
    if o.html:
        try:
            with open(o.html, "w", encoding="utf-8") as f:
                f.write(html_report(rep))
        except OSError as e:
            sys.stderr.write("pbverify: cannot write %s: %s\n" % (o.html, e.strerror))
            return 1
    if o.json:
        sys.stdout.write(json.dumps(rep, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text_report(rep))
    return 0 if rep["ok"] else 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(1)
    except SystemExit:
        raise
    except BaseException as e:  # never a traceback
        sys.stderr.write("pbverify: internal error: %s: %s\n" % (type(e).__name__, e))
        sys.exit(1)
