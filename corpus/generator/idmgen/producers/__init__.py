"""The producers: `PRODUCERS = {name: module}`, imported lazily.

Each producer module (idmgen/producers/<name>.py) exposes `CAPS` and
`render(doc, workdir, out_pdf)` (see SPEC.md, "Producers"). `PRODUCERS[name]` imports the
module the first time it is asked for, so a producer whose tool or Python module is missing
only breaks documents typeset by that producer. The helper modules (common, html_common,
groff_ms, latex_source, fodt) are not producers and are not listed.

`available()` tells which producers can run on this machine: the module imports and the
programs it calls are on PATH.
"""
from __future__ import annotations

import importlib
import shutil
from collections.abc import Mapping

# name -> programs (on PATH) and Python modules the producer needs
NEEDS = {
    'chromium': (['chromium'], []),
    'weasyprint': (['weasyprint'], []),
    'gropdf': (['groff'], []),
    'ghostscript': (['groff', 'ps2pdf'], []),
    'pdflatex': (['pdflatex'], []),
    'reportlab_pdf': ([], ['reportlab']),
    'libreoffice': (['soffice'], []),
}

NAMES = tuple(NEEDS)


class _Lazy(Mapping):
    """{name: module}; the module is imported on first access (ImportError propagates)."""

    def __init__(self, names):
        self._names = tuple(names)
        self._mods = {}

    def __getitem__(self, name):
        if name not in self._names:
            raise KeyError(name)
        if name not in self._mods:
            self._mods[name] = importlib.import_module('%s.%s' % (__name__, name))
        return self._mods[name]

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)

    def __contains__(self, name):
        return name in self._names


PRODUCERS = _Lazy(NAMES)


def missing(name) -> list:
    """What producer `name` lacks on this machine: [] when it can run."""
    progs, mods = NEEDS[name]
    out = ['program %s' % p for p in progs if not shutil.which(p)]
    for m in mods:
        try:
            importlib.import_module(m)
        except ImportError:
            out.append('python module %s' % m)
    if not out:
        try:
            PRODUCERS[name]
        except Exception as exc:  # noqa: BLE001 - any import failure disables the producer
            out.append('module idmgen.producers.%s: %s: %s' % (name, type(exc).__name__, exc))
    return out


def available() -> list:
    """Names of the producers that can run here."""
    return [n for n in NAMES if not missing(n)]


def caps(name) -> dict:
    """CAPS of producer `name` (imports it)."""
    return PRODUCERS[name].CAPS
