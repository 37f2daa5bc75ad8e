"""Helpers shared by the producers: ProducerError, run(), pin_pdf_dates()."""
from __future__ import annotations

import hashlib
import os
import re
import subprocess

EPOCH = '1893456000'                 # SOURCE_DATE_EPOCH of the whole corpus (2030-01-01 UTC)
PINNED_DATE = b'20300101000000'      # the date every PDF carries (14 digits)


class ProducerError(Exception):
    """A typesetting tool failed; the message carries the command and its stderr."""


def base_env(env=None):
    """The environment every tool runs in: fixed epoch, UTC, C.UTF-8 (+ env overrides)."""
    e = dict(os.environ)
    e.update(SOURCE_DATE_EPOCH=EPOCH, TZ='UTC', LC_ALL='C.UTF-8', LANG='C.UTF-8')
    if env:
        e.update(env)
    return e


def run(cmd, cwd=None, env=None, timeout=600) -> str:
    """Runs cmd (a list); returns its stdout (text). Raises ProducerError with the stderr
    (and the tail of stdout) when it fails or times out. `env` entries are added to the
    environment from base_env()."""
    try:
        r = subprocess.run(cmd, cwd=cwd, env=base_env(env), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        err = (exc.stderr or b'').decode('utf-8', 'replace')
        raise ProducerError('%s: timed out after %ss\n%s' % (' '.join(map(str, cmd)), timeout,
                                                             err[-4000:])) from None
    except OSError as exc:
        raise ProducerError('%s: %s' % (' '.join(map(str, cmd)), exc)) from None
    out = r.stdout.decode('utf-8', 'replace')
    if r.returncode != 0:
        err = r.stderr.decode('utf-8', 'replace')
        raise ProducerError('%s: exit %d\n%s\n%s' % (' '.join(map(str, cmd)), r.returncode,
                                                     err[-6000:], out[-2000:]))
    return out


_DATE_RE = re.compile(rb'(/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})([^)]*)\)')
_XMP_DATE_RE = re.compile(rb'(<(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)>)'
                          rb'([^<]*)(</\2>)')
_ID_RE = re.compile(rb'(/ID\s*\[\s*)<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>')


def _same_len(new: bytes, old: bytes) -> bytes:
    """new fitted to len(old) (padding with spaces keeps the xref offsets valid)."""
    if len(new) > len(old):
        return new[:len(old)]
    return new + b' ' * (len(old) - len(new))


def pin_pdf_dates(path):
    """Rewrites, in place, every /CreationDate and /ModDate (Info dict; also XMP dates) to
    2030-01-01 00:00:00 UTC, and the trailer /ID to a hash of the rest of the file. Only
    replaces bytes by bytes of the same length, so the xref table stays valid. Works on
    uncompressed Info dictionaries (Chromium/Skia, WeasyPrint, groff, ghostscript, LaTeX with
    default settings); dates inside compressed object streams are left alone."""
    with open(path, 'rb') as fh:
        data = fh.read()

    def date(m):
        digits = m.group(2)
        new = PINNED_DATE[:len(digits)]
        tail = m.group(3)
        # time zone part (Z, +01'00', -05'00'): same length, UTC offset
        tail = re.sub(rb'\d', b'0', tail).replace(b'-', b'+')
        return m.group(1) + new + tail + b')'

    data = _DATE_RE.sub(date, data)

    def xmp(m):
        old = m.group(3)
        return m.group(1) + _same_len(b'2030-01-01T00:00:00Z', old) + m.group(4)

    data = _XMP_DATE_RE.sub(xmp, data)
    if _ID_RE.search(data):
        body = _ID_RE.sub(b'/ID[]', data)
        digest = hashlib.md5(body).hexdigest().encode()

        data = _ID_RE.sub(lambda m: _id_sub(m, digest), data)
    with open(path, 'wb') as fh:
        fh.write(data)


def _id_sub(m, digest):
    whole = m.group(0)
    a, b = m.group(2), m.group(3)
    na = (digest * 4)[:len(a)].upper()
    nb = (digest * 4)[:len(b)].upper()
    return whole.replace(b'<' + a + b'>', b'<' + na + b'>', 1).replace(b'<' + b + b'>', b'<' + nb + b'>', 1)
