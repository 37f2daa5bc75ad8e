"""A printed PDF -> a scan-like, image-only PDF (grey, 300 dpi, slight skew, blur, noise).

`make_scan(in_pdf, out_pdf, rng, dpi=300, quality=60)`: renders the pages with poppler's
`pdftoppm -gray`, then with Pillow, per page: a faint grey paper tone, a slight rotation
(at most ±0.6°, about the page centre, same page size), a little noise (from rng, so the
result is deterministic), a light blur, a few specks; then JPEG (quality `quality`) pages in a
PDF written by img2pdf (the page size is the original one: 300 dpi images) with pinned dates.
No text layer: the pages are pictures (the gold's pages are those of the printed PDF).

Needs Debian's /usr/bin/python3 with python3-pil and python3-img2pdf (img2pdf), and
poppler-utils. A 2-page A4 scan is about 0.5-1 MB.
"""
from __future__ import annotations

import glob
import os
import shutil
import sys
import tempfile

try:
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
except ImportError as _exc:  # pragma: no cover - depends on the interpreter
    raise ImportError('idmgen.scan needs Pillow (Debian python3-pil); run the generator with '
                      '/usr/bin/python3 (this is %s): %s' % (sys.executable, _exc)) from None

from .producers.common import ProducerError, pin_pdf_dates, run

MAX_ANGLE = 0.6


def _page(img, rng):
    """One page image (mode L) -> its scanned look."""
    w, h = img.size
    # paper tone: white -> light grey, black stays dark
    paper = rng.randint(236, 250)
    ink = rng.randint(18, 40)
    scale = (paper - ink) / 255.0
    img = img.point(lambda v: int(ink + v * scale))
    # slight rotation about the centre
    angle = rng.uniform(-MAX_ANGLE, MAX_ANGLE)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    # a small offset (the sheet not quite against the scanner's edge)
    dx, dy = rng.randint(-12, 12), rng.randint(-12, 12)
    if dx or dy:
        img = ImageChops.offset(img, dx, dy)
        d = ImageDraw.Draw(img)
        if dx > 0:
            d.rectangle([0, 0, dx - 1, h], fill=paper)
        elif dx < 0:
            d.rectangle([w + dx, 0, w, h], fill=paper)
        if dy > 0:
            d.rectangle([0, 0, w, dy - 1], fill=paper)
        elif dy < 0:
            d.rectangle([0, h + dy, w, h], fill=paper)
    # noise: a tile of deterministic random bytes, repeated with an offset per row band
    amp = rng.uniform(4.0, 9.0)
    tw, th = 512, 512
    tile = Image.frombytes('L', (tw, th), rng.randbytes(tw * th))
    tile = tile.point(lambda v: int(128 + (v - 128) * amp / 128.0))
    noise = Image.new('L', (w, h), 128)
    for y in range(0, h, th):
        off = rng.randrange(tw)
        t = ImageChops.offset(tile, off, 0)
        for x in range(0, w, tw):
            noise.paste(t, (x, y))
    img = ImageChops.add(img, noise, scale=1.0, offset=-128)
    # blur: the scanner's optics
    img = img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 0.9)))
    # specks
    d = ImageDraw.Draw(img)
    for _ in range(rng.randint(2, 9)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.uniform(1.0, 3.5)
        g = rng.randint(40, 140)
        d.ellipse([x - r, y - r * rng.uniform(0.6, 1.4), x + r, y + r], fill=g)
    return img


def make_scan(in_pdf, out_pdf, rng, dpi=300, quality=60):
    """Writes out_pdf: the pages of in_pdf as scanned images (deterministic given rng)."""
    if not shutil.which('pdftoppm'):
        raise ProducerError('pdftoppm not found (Debian poppler-utils)')
    if not shutil.which('img2pdf'):
        raise ProducerError('img2pdf not found (Debian img2pdf)')
    tmp = tempfile.mkdtemp(prefix='idmscan-')
    try:
        run(['pdftoppm', '-r', str(int(dpi)), '-gray', os.path.abspath(in_pdf),
             os.path.join(tmp, 'p')])
        pages = sorted(glob.glob(os.path.join(tmp, 'p-*.pgm')),
                       key=lambda p: int(p.rsplit('-', 1)[1].split('.')[0]))
        if not pages:
            raise ProducerError('pdftoppm rendered no page of %s' % in_pdf)
        jpgs = []
        for k, path in enumerate(pages):
            with Image.open(path) as im:
                img = _page(im.convert('L'), rng)
            jp = os.path.join(tmp, 's-%04d.jpg' % (k + 1))
            img.save(jp, 'JPEG', quality=int(quality), optimize=True, dpi=(dpi, dpi))
            jpgs.append(jp)
            os.remove(path)
        out_tmp = os.path.join(tmp, 'scan.pdf')
        run(['img2pdf', '--creationdate', '2030-01-01T00:00:00Z', '--moddate',
             '2030-01-01T00:00:00Z', '--producer', 'idmgen scan', '--creator', 'idmgen scan',
             '--engine', 'internal', '-o', out_tmp] + jpgs)
        pin_pdf_dates(out_tmp)
        shutil.copyfile(out_tmp, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_pdf


if __name__ == '__main__':  # manual use: python3 -m idmgen.scan in.pdf out.pdf [seed]
    import random
    seed = sys.argv[3] if len(sys.argv) > 3 else '0'
    make_scan(sys.argv[1], sys.argv[2], random.Random(seed))
