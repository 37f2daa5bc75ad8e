#!/usr/bin/env python3
"""summary.html of every workshop, checked in a real browser (Debian's headless Chromium).

  check_html.py --idmreport BIN --input DIR [--chromium PATH] [--out DIR]

1. Runs `BIN run --quiet --input DIR --out TMP` (or, with --out, checks an existing output
   folder without running anything).
2. Reads every OUT/workshops/*/summary.html statically: no element or attribute that would make
   a browser fetch anything (script, img, link, iframe, src=, srcset=, url(...), @import, a
   remote href, a meta refresh), and a Content-Security-Policy of default-src 'none'.
3. Opens each page in headless Chromium (--dump-dom) behind a recording HTTP proxy on
   127.0.0.1: the page must load, show its title and the expected section headings, and the
   proxy must see no request at all. The headings must be those of the page's language (fr,
   en, es), an inline SVG chart must be there, and every language of --languages must have a
   page. A control page with a remote image proves that the proxy
   does see requests (otherwise the check would prove nothing).

Prints "SKIP ..." and exits 0 when no Chromium is installed (ctest: SKIP_REGULAR_EXPRESSION).
"""
import argparse
import glob
import html.parser
import os
import re
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import urllib.parse

# The headings of each section, in the page's language (<html lang>): reports/labels/*.cpp.
EXPECTED_SECTIONS = {
    'en': [('key-messages', 'Key messages'), ('recommendations', 'Recommendations'),
           ('programme', 'Programme'), ('statistics', 'Figures'),
           ('statements', 'Statements by speaker'), ('sources', 'Source documents')],
    'fr': [('key-messages', 'Messages clés'), ('recommendations', 'Recommandations'),
           ('programme', 'Programme'), ('statistics', 'Chiffres'),
           ('statements', 'Déclarations par intervenant'), ('sources', 'Documents sources')],
    'es': [('key-messages', 'Mensajes clave'), ('recommendations', 'Recomendaciones'),
           ('programme', 'Programa'), ('statistics', 'Cifras'),
           ('statements', 'Declaraciones por orador'), ('sources', 'Documentos de origen')],
}
# Words that must not appear in a page of another language (the English labels of old).
ENGLISH_ONLY = ['Key messages', 'Statements by speaker', 'Opening remarks', 'Source documents']

# Elements that load something by themselves, or run code.
# Inline <svg> (the charts) fetches nothing by itself; <image> and <use> inside it would.
FETCHING_TAGS = {'script', 'img', 'link', 'iframe', 'frame', 'object', 'embed', 'video', 'audio',
                 'source', 'track', 'picture', 'image', 'use', 'base', 'form', 'input',
                 'portal', 'applet', 'foreignobject', 'feimage'}
# Attributes whose value a browser fetches (href is handled apart: links are fine when local).
FETCHING_ATTRS = {'src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background',
                  'xlink:href', 'ping', 'manifest', 'codebase', 'archive', 'longdesc', 'lowsrc',
                  'dynsrc', 'imagesrcset'}
# Chromium's own traffic (network time, component and extension updates, sign-in), which no
# flag fully switches off in headless mode. Exact hosts only: a page fetching from, say,
# fonts.googleapis.com is still caught. These requests are listed, not counted.
BROWSER_HOSTS = {'clients2.google.com', 'update.googleapis.com', 'accounts.google.com',
                 'redirector.gvt1.com', 'safebrowsing.googleapis.com',
                 'optimizationguide-pa.googleapis.com', 'content-autofill.googleapis.com',
                 'clientservices.googleapis.com'}
REMOTE_CSS = re.compile(r'url\s*\(|@import|image-set\s*\(|@font-face', re.I)


class StaticChecker(html.parser.HTMLParser):
    """Collects every reason why a page might make a request."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.csp = ''
        self.in_style = False
        self.css = []

    def handle_starttag(self, tag, attrs):
        where = f'line {self.getpos()[0]}'
        if tag in FETCHING_TAGS:
            self.problems.append(f'{where}: <{tag}> element')
        for name, value in attrs:
            value = value or ''
            if name in FETCHING_ATTRS:
                self.problems.append(f'{where}: {name}="{value}" on <{tag}>')
            elif name == 'href':
                v = value.strip().lower()
                # Local: an anchor, a file URL or a relative link (no scheme, not //host).
                relative = not re.match(r'^[a-z][a-z0-9+.-]*:', v) and not v.startswith('//')
                if not (v.startswith('#') or v.startswith('file:///') or relative):
                    self.problems.append(f'{where}: href="{value}" on <{tag}> is not local')
            elif name == 'style' and REMOTE_CSS.search(value):
                self.problems.append(f'{where}: style attribute with {value!r}')
            elif name.startswith('on'):
                self.problems.append(f'{where}: event handler {name}= on <{tag}>')
        a = dict(attrs)
        if tag == 'meta':
            equiv = (a.get('http-equiv') or '').lower()
            if equiv == 'refresh':
                self.problems.append(f'{where}: meta refresh')
            if equiv == 'content-security-policy':
                self.csp = a.get('content') or ''
        if tag == 'style':
            self.in_style = True

    def handle_endtag(self, tag):
        if tag == 'style':
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.css.append(data)


def static_problems(text):
    checker = StaticChecker()
    checker.feed(text)
    checker.close()
    problems = list(checker.problems)
    css = ''.join(checker.css)
    m = REMOTE_CSS.search(css)
    if m:
        problems.append(f'stylesheet uses {m.group(0)!r}')
    if "default-src 'none'" not in checker.csp:
        problems.append(f"no Content-Security-Policy with default-src 'none' (got {checker.csp!r})")
    # Protocol-relative or remote URLs anywhere in markup (outside text, which is escaped).
    for m in re.finditer(r'<[^>]*?(?:https?:)?//[^>]*>', text):
        tag = m.group(0)
        if re.search(r'=\s*["\']?(?:https?:)?//', tag):
            problems.append(f'remote reference in {tag[:120]!r}')
    return problems


class DomReader(html.parser.HTMLParser):
    """The h1 text, the h2 heading of each section id, and whether a script element exists."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.h1 = ''
        self.sections = {}
        self.section = None
        self.capture = None
        self.scripts = 0
        self.svgs = 0
        self.lang = ''

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.lang = a.get('lang') or ''
        if tag == 'svg':
            self.svgs += 1
        if tag == 'script':
            self.scripts += 1
        if tag == 'section':
            self.section = a.get('id')
        if tag in ('h1', 'h2'):
            self.capture = tag
            if tag == 'h2' and self.section:
                self.sections[self.section] = ''

    def handle_endtag(self, tag):
        if tag == self.capture:
            self.capture = None
        if tag == 'section':
            self.section = None

    def handle_data(self, data):
        if self.capture == 'h1':
            self.h1 += data
        elif self.capture == 'h2' and self.section:
            self.sections[self.section] += data


class RecordingProxy(socketserver.ThreadingTCPServer):
    """An HTTP proxy that answers every request with 502 and remembers it."""
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.requests = []
        self.lock = threading.Lock()
        super().__init__(('127.0.0.1', 0), ProxyHandler)

    @property
    def port(self):
        return self.server_address[1]


class ProxyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        try:
            line = self.rfile.readline(8192).decode('latin-1').strip()
        except OSError:
            return
        if not line:
            return
        with self.server.lock:
            self.server.requests.append(line)
        try:
            self.wfile.write(b'HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n'
                             b'Connection: close\r\n\r\n')
        except OSError:
            pass


def request_host(line):
    """The host of a proxy request line ("GET http://h/p HTTP/1.1", "CONNECT h:443 HTTP/1.1")."""
    parts = line.split()
    if len(parts) < 2:
        return ''
    target = parts[1]
    if parts[0].upper() != 'CONNECT':
        target = urllib.parse.urlsplit(target).netloc
    return target.rsplit('@', 1)[-1].split(':', 1)[0].lower()


def find_chromium(wanted):
    if wanted:
        return wanted if os.access(wanted, os.X_OK) else None
    for name in ('chromium', 'chromium-browser', 'google-chrome', 'chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


def dump_dom(chromium, url, proxy_port):
    profile = tempfile.mkdtemp(prefix='idm-chromium-')
    try:
        cmd = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync',
               '--disable-default-apps', '--disable-extensions', '--metrics-recording-only',
               '--no-default-browser-check', '--disable-domain-reliability',
               '--disable-client-side-phishing-detection', '--safebrowsing-disable-auto-update',
               '--disable-field-trial-config',
               '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,'
               'Translate,AutofillServerCommunication',
               f'--user-data-dir={profile}',
               f'--proxy-server=http://127.0.0.1:{proxy_port}',
               # Chromium bypasses the proxy for loopback by default; "<-loopback>" undoes that.
               '--proxy-bypass-list=<-loopback>',
               '--dump-dom', url]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def run_idmreport(binary, inputs, out):
    env = dict(os.environ)
    env.setdefault('SOURCE_DATE_EPOCH', '1704067200')
    proc = subprocess.run([binary, 'run', '--quiet', '--input', inputs, '--out', out],
                          env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f'FAIL: idmreport exited {proc.returncode}: {proc.stderr}')


def file_url(path):
    return 'file://' + urllib.parse.quote(os.path.abspath(path))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--idmreport', help='the idmreport binary')
    ap.add_argument('--input', help='folder of PDFs')
    ap.add_argument('--out', help='check this existing output folder instead of running')
    ap.add_argument('--chromium', help='browser binary (default: chromium on PATH)')
    ap.add_argument('--languages', default='fr,en,es',
                    help='languages that must each have a summary.html ("" for none)')
    args = ap.parse_args()
    if not args.out and not (args.idmreport and args.input):
        ap.error('give --idmreport and --input, or --out')

    chromium = find_chromium(args.chromium)
    if not chromium:
        print('SKIP chromium not found: summary.html not checked in a browser')
        return 0

    with tempfile.TemporaryDirectory(prefix='idm-html-') as tmp:
        out = args.out
        if not out:
            out = os.path.join(tmp, 'out')
            run_idmreport(args.idmreport, args.input, out)
        pages = sorted(glob.glob(os.path.join(out, 'workshops', '*', 'summary.html')))
        if not pages:
            print(f'FAIL: no workshops/*/summary.html under {out}')
            return 1

        failures = []
        languages = set()
        proxy = RecordingProxy()
        thread = threading.Thread(target=proxy.serve_forever, daemon=True)
        thread.start()
        try:
            # Control: a page that does fetch must show up at the proxy.
            control = os.path.join(tmp, 'control.html')
            with open(control, 'w', encoding='utf-8') as f:
                f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>c</title></head>'
                        '<body><img src="http://idm-control.invalid/pixel.png"></body></html>')
            dump_dom(chromium, file_url(control), proxy.port)
            with proxy.lock:
                seen = [r for r in proxy.requests if 'idm-control.invalid' in r]
                proxy.requests.clear()
            if not seen:
                failures.append('control page: the recording proxy saw no request, so the '
                                'no-request check cannot be trusted')

            for page in pages:
                rel = os.path.relpath(page, out)
                with open(page, encoding='utf-8') as f:
                    text = f.read()
                failures += [f'{rel}: {p}' for p in static_problems(text)]

                code, dom, err = dump_dom(chromium, file_url(page), proxy.port)
                with proxy.lock:
                    requests = [r for r in proxy.requests
                                if request_host(r) not in BROWSER_HOSTS]
                    ignored = len(proxy.requests) - len(requests)
                    proxy.requests.clear()
                if code != 0 or '<html' not in dom:
                    failures.append(f'{rel}: chromium exited {code} without a DOM: '
                                    f'{err.strip()[-400:]}')
                    continue
                reader = DomReader()
                reader.feed(dom)
                if not reader.h1.strip():
                    failures.append(f'{rel}: no title (h1) in the rendered page')
                languages.add(reader.lang)
                expected = EXPECTED_SECTIONS.get(reader.lang)
                if expected is None:
                    failures.append(f'{rel}: <html lang={reader.lang!r}> is not fr, en or es')
                    expected = []
                for section_id, heading in expected:
                    got = ' '.join(reader.sections.get(section_id, '').split())
                    if got != heading:
                        failures.append(f'{rel}: section #{section_id}: expected heading '
                                        f'{heading!r}, got {got or None!r}')
                if reader.lang != 'en':
                    for word in ENGLISH_ONLY:
                        if word in dom:
                            failures.append(f'{rel}: English label {word!r} on a '
                                            f'{reader.lang!r} page')
                if not reader.svgs:
                    failures.append(f'{rel}: no SVG chart in the rendered page')
                if reader.scripts:
                    failures.append(f'{rel}: {reader.scripts} script element(s) in the DOM')
                for r in requests:
                    failures.append(f'{rel}: outside request while loading: {r}')
                print(f'ok {rel}: "{" ".join(reader.h1.split())}", '
                      f'{len(reader.sections)} sections, {len(requests)} requests '
                      f'({ignored} of Chromium\'s own ignored)')
        finally:
            proxy.shutdown()
            proxy.server_close()

        if args.languages:
            missing = set(args.languages.split(',')) - languages
            if missing:
                failures.append(f'no summary.html in {sorted(missing)} (got {sorted(languages)})')
        if failures:
            for f in failures:
                print('FAIL:', f)
            return 1
        print(f'{len(pages)} summary.html page(s) ({", ".join(sorted(languages))}) load in '
              f'{os.path.basename(chromium)}, show every section in their language and an SVG '
              'chart, and make no outside request')
        return 0


if __name__ == '__main__':
    sys.exit(main())
