#!/usr/bin/env python3
"""A nightly job that cannot lose the archive's outputs, tried as CI would meet it.

  check_nightly.py --idmreport BIN --samples DIR --mode MODE [--shim LIB]

Modes (one ctest case each):
  inputs  a missing path, an empty folder, a folder with only a FIFO, a FIFO named on the
          command line, --jobs -3: exit 2 at once, the outputs byte-identical before and
          after; odd names (newline, U+202E) escaped on stderr; a dangling link in run.json
  lock    a second run into the same --out is refused at once naming the first run's PID;
          with --wait it waits; the outputs are whole either way
  enospc  every write into the output folder fails with ENOSPC (the LD_PRELOAD shim): exit 2,
          the reason on stderr, the previous outputs byte-identical (even with --prune)
  load    a CPU-bound document (OCR of a scan) under --timeout gives the same result on a
          machine loaded by busy loops as on an idle one
  kill    kill -9 of the parent at several moments and of a child: every output is the
          previous file or a complete new one, and the next run repairs everything
  cache   run.json states the cache's size; `cache prune --older-than / --max-size`
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

LOCK = '.idmreport.lock'
EPOCH_A = '1700000000'
EPOCH_B = '1800000000'


def snapshot(folder):
    """relative path -> bytes of every file (the lock file aside: it holds the last PID)."""
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            if rel != LOCK:
                with open(path, 'rb') as f:
                    files[rel] = f.read()
    return files


def is_temporary(rel):
    name = os.path.basename(rel)
    return name.startswith('.') and '.tmp.' in name


class Checker:
    def __init__(self, args, work):
        self.bin = args.idmreport
        self.samples = args.samples
        self.shim = args.shim
        self.work = work
        self.problems = []

    def pdfs(self, count):
        names = sorted(n for n in os.listdir(self.samples) if n.endswith('.pdf'))
        return [os.path.join(self.samples, n) for n in names[:count]]

    def command(self, inputs, out, *extra):
        ocr = () if '--ocr' in extra else ('--ocr', 'never')  # OCR only where a mode asks
        return [self.bin, 'run', '--quiet', *ocr, '--out', out, '--input', *inputs, *extra]

    def run(self, inputs, out, *extra, epoch=EPOCH_A, env=None, timeout=300):
        full_env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, **(env or {}))
        return subprocess.run(self.command(inputs, out, *extra), env=full_env,
                              capture_output=True, text=True, errors='replace',
                              timeout=timeout)

    def start(self, inputs, out, *extra, epoch=EPOCH_A):
        env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
        return subprocess.Popen(self.command(inputs, out, *extra), env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                errors='replace')

    def expect(self, condition, message):
        if not condition:
            self.problems.append(message)
        return condition

    def expect_rc(self, result, code, what):
        return self.expect(result.returncode == code,
                           f'{what}: exit code {result.returncode}, expected {code}; '
                           f'stderr: {result.stderr.strip()[-600:]}')

    # ---- modes ----

    def mode_inputs(self):
        out = os.path.join(self.work, 'out')
        self.expect_rc(self.run(self.pdfs(2), out), 0, 'first run')
        before = snapshot(out)
        empty = os.path.join(self.work, 'empty')
        os.makedirs(empty)
        fifo_only = os.path.join(self.work, 'fifo-only')
        os.makedirs(fifo_only)
        os.mkfifo(os.path.join(fifo_only, 'pipe.pdf'))
        with open(os.path.join(fifo_only, 'notes.txt'), 'w') as f:
            f.write('not a PDF')
        cases = [
            ('a mistyped path', [os.path.join(self.work, 'archiv')], 'input not found'),
            ('an empty folder', [empty], 'no PDF in the inputs'),
            ('a folder with only a FIFO', [fifo_only], 'no PDF in the inputs'),
            ('a FIFO named on the command line', [os.path.join(fifo_only, 'pipe.pdf')],
             'no PDF in the inputs'),
            ('a missing path beside a good one', self.pdfs(2) + ['/nonexistent.pdf'],
             'input not found'),
        ]
        for what, inputs, message in cases:
            t0 = time.monotonic()
            result = self.run(inputs, out, '--prune')
            self.expect_rc(result, 2, what)
            self.expect(message in result.stderr, f'{what}: no "{message}" on stderr')
            self.expect(time.monotonic() - t0 < 10, f'{what}: took {time.monotonic() - t0:.0f} s')
            self.expect(snapshot(out) == before, f'{what}: the outputs changed')
        result = self.run(self.pdfs(1), out, '--jobs', '-3')
        self.expect_rc(result, 2, '--jobs -3')
        # A config file's error names the file and the line of the setting.
        config = os.path.join(self.work, 'nightly.ini')
        with open(config, 'w') as f:
            f.write('# nightly settings\nquiet = true\njobs = many\n')
        result = self.run(self.pdfs(1), out, '--config', config)
        self.expect_rc(result, 2, 'a bad value in the config file')
        self.expect(f'{config}:3:' in result.stderr,
                    f'a bad config value: no "{config}:3:" on stderr: {result.stderr.strip()}')
        self.expect(snapshot(out) == before, 'a bad config file: the outputs changed')
        fresh = os.path.join(self.work, 'fresh')
        self.expect_rc(self.run([empty], fresh), 2, 'an empty folder into a new --out')
        self.expect(not os.path.exists(fresh), 'a refused run created its output folder')

        # Odd names: escaped on stderr (one line each), listed in run.json.
        odd = os.path.join(self.work, 'odd')
        os.makedirs(odd)
        shutil.copy(self.pdfs(1)[0], os.path.join(odd, 'good.pdf'))
        with open(os.path.join(odd, 'two\nlines\u202e.pdf'), 'w') as f:
            f.write('plain text, not a PDF')  # fails, so its name is on stderr
        os.symlink(os.path.join(odd, 'gone.pdf'), os.path.join(odd, 'dangling.pdf'))
        out_odd = os.path.join(self.work, 'out-odd')
        result = self.run([odd], out_odd)
        self.expect_rc(result, 1, 'a folder with odd entries')
        self.expect('\u202e' not in result.stderr, 'U+202E reached stderr unescaped')
        for line in result.stderr.splitlines():
            self.expect(line.startswith('idmreport: '), f'stderr line split: {line!r}')
        self.expect('two\\nlines\\u202e.pdf: ' in result.stderr,
                    f'the odd name is not on stderr, escaped: {result.stderr!r}')
        report = json.load(open(os.path.join(out_odd, 'run.json'), encoding='utf-8'))
        by_name = {os.path.basename(d['path']): d for d in report['documents']}
        self.expect(by_name.get('dangling.pdf', {}).get('status') == 'skipped',
                    f'the dangling link is not in run.json as skipped: {by_name.keys()}')
        self.expect(by_name.get('two\nlines\u202e.pdf', {}).get('error_kind') == 'not_pdf',
                    'the file with an odd name is not in run.json')
        self.expect(by_name.get('good.pdf', {}).get('status') == 'ok', 'good.pdf was not read')

    def mode_lock(self):
        inputs = self.pdfs(6)
        out = os.path.join(self.work, 'out')
        extra = ('--jobs', '1', '--summary-pdf')

        def wait_for_lock(process):
            for _ in range(2000):
                try:
                    with open(os.path.join(out, LOCK)) as f:
                        if f.read().strip() == str(process.pid):
                            return True
                except OSError:
                    pass
                if process.poll() is not None:
                    return False
                time.sleep(0.005)
            return False

        first = self.start(inputs, out, *extra)
        if not self.expect(wait_for_lock(first), 'the first run never held the lock'):
            first.kill()
            return
        t0 = time.monotonic()
        second = self.run(inputs, out, *extra)
        refused_in = time.monotonic() - t0
        self.expect(first.poll() is None, 'the first run ended before the second was tried '
                    '(the test proves nothing)')
        self.expect_rc(second, 2, 'the second run into the same folder')
        self.expect(f'PID {first.pid}' in second.stderr,
                    f'the refusal does not name PID {first.pid}: {second.stderr.strip()}')
        self.expect(refused_in < 5, f'the refusal took {refused_in:.1f} s')
        _, err = first.communicate(timeout=300)
        self.expect(first.returncode == 0, f'the first run failed: {err[-600:]}')
        whole = snapshot(out)
        self.expect(all(not is_temporary(name) for name in whole), 'temporary files left')

        third = self.start(inputs, out, *extra)
        self.expect(wait_for_lock(third), 'the third run never held the lock')
        waiting = self.run(inputs, out, *extra, '--wait')
        third.communicate(timeout=300)
        self.expect(third.returncode == 0, 'the third run failed')
        self.expect_rc(waiting, 0, 'the run with --wait')
        self.expect('waiting for the run with PID' in waiting.stderr,
                    f'--wait did not say it waits: {waiting.stderr.strip()}')
        self.expect(snapshot(out) == whole, 'the outputs after --wait differ')

    def mode_enospc(self):
        if not self.shim or not os.path.exists(self.shim):
            print(f'SKIP the ENOSPC shim is not built ({self.shim})')
            return
        out = os.path.join(self.work, 'out')
        self.expect_rc(self.run(self.pdfs(4), out), 0, 'first run')
        before = snapshot(out)
        env = {'LD_PRELOAD': os.path.abspath(self.shim), 'IDM_ENOSPC_DIR': os.path.realpath(out)}
        for extra in ((), ('--prune',)):
            result = self.run(self.pdfs(3), out, *extra, epoch=EPOCH_B, env=env)
            what = 'a run on a full disk' + (' with --prune' if extra else '')
            self.expect_rc(result, 2, what)
            self.expect('No space left on device (ENOSPC)' in result.stderr,
                        f'{what}: the reason is not on stderr: {result.stderr.strip()[-400:]}')
            self.expect(snapshot(out) == before, f'{what}: the previous outputs changed')
        self.expect_rc(self.run(self.pdfs(3), out, '--prune', epoch=EPOCH_B), 0,
                       'the run once the disk has room')

    def mode_load(self):
        scan = os.path.join(self.samples, 'scans', 'idm-2031-concept-note-scan-fr.pdf')
        inputs = [scan] + self.pdfs(1)
        extra = ('--ocr', 'auto', '--timeout', '1', '--jobs', '2')

        def outcome(out):
            report = json.load(open(os.path.join(out, 'run.json'), encoding='utf-8'))
            docs = [(d['id'], d['status'], d.get('error_kind'), d.get('error'))
                    for d in report['documents']]
            records = {k: v for k, v in snapshot(out).items() if k.startswith('documents/')}
            return docs, records

        idle_out = os.path.join(self.work, 'idle')
        t0 = time.monotonic()
        idle = self.run(inputs, idle_out, *extra)
        idle_seconds = time.monotonic() - t0
        self.expect_rc(idle, 1, 'the idle run (the scan stopped by its CPU limit)')
        busy = [subprocess.Popen([sys.executable, '-c', 'while True: pass'])
                for _ in range(2 * (os.cpu_count() or 1))]
        try:
            loaded_out = os.path.join(self.work, 'loaded')
            t0 = time.monotonic()
            loaded = self.run(inputs, loaded_out, *extra)
            loaded_seconds = time.monotonic() - t0
        finally:
            for p in busy:
                p.kill()
                p.wait()
        self.expect_rc(loaded, 1, 'the loaded run')
        idle_docs, idle_records = outcome(idle_out)
        loaded_docs, loaded_records = outcome(loaded_out)
        print(f'idle {idle_seconds:.1f} s, loaded by {len(busy)} busy loops {loaded_seconds:.1f} s')
        for doc in idle_docs:
            print('  ', doc)
        self.expect(idle_docs == loaded_docs, f'results differ under load: {loaded_docs}')
        self.expect(idle_records == loaded_records, 'records differ under load')
        scan_doc = next((d for d in idle_docs if 'scan' in d[0]), None)
        self.expect(scan_doc is not None and scan_doc[2] == 'timeout' and
                    'CPU time' in (scan_doc[3] or ''),
                    f'the scan was not stopped by the CPU limit: {scan_doc}')

    def complete(self, rel, data):
        """Whether a file that differs from both references is at least whole."""
        if rel.endswith('.json'):
            try:
                json.loads(data)
                return True
            except ValueError:
                return False
        if rel.endswith('.xlsx'):
            try:
                import io
                return zipfile.ZipFile(io.BytesIO(data)).testzip() is None
            except zipfile.BadZipFile:
                return False
        if rel.endswith('.pdf'):
            return data.startswith(b'%PDF') and b'%%EOF' in data[-1024:]
        return len(data) > 0

    def mode_kill(self):
        inputs = self.pdfs(5)
        extra = ('--jobs', '2', '--summary-pdf')
        ref_a = os.path.join(self.work, 'ref-a')
        ref_b = os.path.join(self.work, 'ref-b')
        self.expect_rc(self.run(inputs, ref_a, *extra, epoch=EPOCH_A), 0, 'reference run A')
        t0 = time.monotonic()
        self.expect_rc(self.run(inputs, ref_b, *extra, epoch=EPOCH_B), 0, 'reference run B')
        duration = time.monotonic() - t0
        a, b = snapshot(ref_a), snapshot(ref_b)
        self.expect(a != b, 'runs A and B are identical: the test proves nothing')
        out = os.path.join(self.work, 'out')

        def check_mixture(what):
            now = snapshot(out)
            for rel, data in now.items():
                if is_temporary(rel):
                    continue  # left by the kill; the next run removes it
                if data != a.get(rel) and data != b.get(rel):
                    self.problems.append(f'{what}: {rel} is neither the previous file nor the '
                                         f'new one ({len(data)} bytes)')
            for rel in a:
                self.expect(rel in now, f'{what}: {rel} was lost')
            return now

        def repair(what):
            result = self.run(inputs, out, *extra, epoch=EPOCH_B)
            self.expect_rc(result, 0, f'{what}: the next run')
            self.expect(snapshot(out) == b, f'{what}: the next run did not repair the outputs')

        # Each kill starts from what the previous one left: every file stays A's or B's.
        shutil.copytree(ref_a, out)
        temporaries_seen = 0
        for fraction in (0.2, 0.5, 0.8):
            process = self.start(inputs, out, *extra, epoch=EPOCH_B)
            time.sleep(duration * fraction)
            process.send_signal(signal.SIGKILL)
            process.communicate()
            time.sleep(0.2)  # the children die with their parent (PR_SET_PDEATHSIG)
            now = check_mixture(f'parent killed at {fraction:.0%} of the run')
            temporaries_seen += sum(is_temporary(rel) for rel in now)
        repair('parent killed')
        print(f'parent kills: {temporaries_seen} temporary files left by the kills, all removed')

        # A child killed mid-document: its document fails, every output is whole, the
        # document keeps the previous record, the next run repairs.
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(ref_a, out)
        process = self.start(inputs, out, '--jobs', '1', '--summary-pdf', epoch=EPOCH_B)
        killed = None
        deadline = time.monotonic() + 60
        while killed is None and time.monotonic() < deadline and process.poll() is None:
            try:
                with open(f'/proc/{process.pid}/task/{process.pid}/children') as f:
                    children = f.read().split()
            except OSError:
                children = []
            if children:
                try:
                    os.kill(int(children[0]), signal.SIGKILL)
                    killed = int(children[0])
                except ProcessLookupError:
                    pass
            time.sleep(0.002)
        _, err = process.communicate(timeout=300)
        if not self.expect(killed is not None, 'no child process seen to kill'):
            return
        self.expect(process.returncode == 1, f'child killed: exit code {process.returncode}')
        report = json.load(open(os.path.join(out, 'run.json'), encoding='utf-8'))
        crashed = [d for d in report['documents'] if d['status'] == 'failed']
        self.expect(len(crashed) == 1 and 'signal 9' in crashed[0].get('error', ''),
                    f'the killed child is not reported: {crashed}')
        now = snapshot(out)
        for rel, data in now.items():
            self.expect(not is_temporary(rel), f'child killed: temporary file {rel}')
            self.expect(data in (a.get(rel), b.get(rel)) or self.complete(rel, data),
                        f'child killed: {rel} is not whole')
        if crashed:
            rel = f'documents/{crashed[0]["id"]}.json'
            self.expect(now.get(rel) == a.get(rel), f'child killed: {rel} lost its record')
        repair('child killed')

    def mode_cache(self):
        out = os.path.join(self.work, 'out')
        cache = os.path.join(self.work, 'cache')
        self.expect_rc(self.run(self.pdfs(3), out, '--cache', cache), 0, 'run with --cache')
        report = json.load(open(os.path.join(out, 'run.json'), encoding='utf-8'))
        size = report.get('cache', {})
        self.expect(size.get('entries') == 3 and size.get('bytes', 0) > 0,
                    f'run.json has no cache size line: {size}')
        entries = sorted(os.path.join(root, n) for root, _, names in os.walk(cache)
                         for n in names if n.endswith('.json'))
        with open(os.path.join(cache, 'KEEP.txt'), 'w') as f:
            f.write('not a cache entry')
        old = time.time() - 3 * 86400
        for path in entries[:2]:
            os.utime(path, (old, old))

        def prune(*options):
            return subprocess.run([self.bin, 'cache', 'prune', '--cache', cache, *options],
                                  capture_output=True, text=True)

        self.expect_rc(prune(), 2, 'cache prune without a criterion')
        result = prune('--older-than', '1')
        self.expect_rc(result, 0, 'cache prune --older-than 1')
        self.expect('removed 2 entries' in result.stderr, f'--older-than: {result.stderr}')
        self.expect(all(not os.path.exists(p) for p in entries[:2]) and os.path.exists(entries[2]),
                    '--older-than removed the wrong entries')
        result = prune('--max-size', '0')
        self.expect('removed 1 entries' in result.stderr, f'--max-size 0: {result.stderr}')
        self.expect(os.path.exists(os.path.join(cache, 'KEEP.txt')), 'a foreign file was removed')
        self.expect_rc(self.run(self.pdfs(3), out, '--cache', cache), 0, 'run after the prune')
        report = json.load(open(os.path.join(out, 'run.json'), encoding='utf-8'))
        self.expect(report.get('cache', {}).get('entries') == 3, 'the cache was not refilled')

        # A document stopped at its CPU-time limit is cached (the same work stops it again),
        # and reused only under the same --timeout.
        scan = os.path.join(self.samples, 'scans', 'idm-2031-concept-note-scan-fr.pdf')
        tcache = os.path.join(self.work, 'timeout-cache')
        tout = os.path.join(self.work, 'timeout-out')

        def timeout_entry():
            paths = [os.path.join(root, n) for root, _, names in os.walk(tcache)
                     for n in names if n.endswith('.json')]
            if len(paths) != 1:
                return None, None
            return os.stat(paths[0]).st_ino, json.load(open(paths[0], encoding='utf-8'))

        extra = ('--ocr', 'auto', '--cache', tcache)
        self.expect_rc(self.run([scan], tout, *extra, '--timeout', '1'), 1, 'the scan, 1 s')
        inode, entry = timeout_entry()
        self.expect(entry is not None and entry.get('error_kind') == 'timeout' and
                    'used its 1 s' in entry.get('error', ''),
                    f'the CPU-time timeout was not cached: {entry}')
        self.expect_rc(self.run([scan], tout, *extra, '--timeout', '1'), 1, 'the scan again')
        report = json.load(open(os.path.join(tout, 'run.json'), encoding='utf-8'))
        doc = report['documents'][0]
        self.expect(doc.get('error_kind') == 'timeout', f'the cached timeout was lost: {doc}')
        self.expect(timeout_entry()[0] == inode, 'the cached timeout was not reused')
        self.expect_rc(self.run([scan], tout, *extra, '--timeout', '2'), 1, 'the scan, 2 s')
        _, entry = timeout_entry()
        self.expect(entry is not None and 'used its 1 s' not in entry.get('error', ''),
                    f'a timeout under another limit was reused: {entry}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--idmreport', required=True)
    ap.add_argument('--samples', required=True)
    ap.add_argument('--mode', required=True,
                    choices=['inputs', 'lock', 'enospc', 'load', 'kill', 'cache'])
    ap.add_argument('--shim', help='the LD_PRELOAD library that fails writes with ENOSPC')
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix=f'idm-nightly-{args.mode}-') as work:
        checker = Checker(args, work)
        t0 = time.monotonic()
        getattr(checker, f'mode_{args.mode}')()
        print(f'{args.mode}: {time.monotonic() - t0:.1f} s')
        for problem in checker.problems:
            print(f'FAIL: {problem}')
        if checker.problems:
            return 1
    print(f'OK {args.mode}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
