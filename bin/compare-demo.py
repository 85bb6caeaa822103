#!/usr/bin/env python3
"""Compares two demo outputs (their published current/ trees) for a refactoring that must not change what readers
see: bin/compare-demo.py OUT_BEFORE OUT_AFTER. PDFs are compared as text (pdftotext); values that differ between
any two runs are masked first (ids, times, ports, generation paths, run ids, probe latencies). Exits 1 on a
difference, printing each differing file with the text around its first difference."""
import os, re, sys, subprocess
a, b = [os.path.realpath(x + "/current") for x in sys.argv[1:3]]
mask = [(re.compile(rb'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'), b'UUID'),
        (re.compile(rb'127\.0\.0\.1:\d+'), b'HOST'),
        (re.compile(rb'\d+ ms'), b'N ms'), (re.compile(rb'\d+\xc2\xa0ms'), b'N ms'), (re.compile(rb'"(latency|p95)_millis":\d+'), b'LAT'),
        (re.compile(rb'20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?'), b'TIME'),
        (re.compile(rb'\d\d:\d\d(:\d\d)?'), b'HH:MM'),
        (re.compile(rb'generations/[^/"\s]+'), b'GEN'),
        (re.compile(rb'"run_id":\d+|run \d+|execution \d+|#\d+'), b'RUN')]
def text(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True).stdout
    return open(p, 'rb').read()
diff = same = 0
for root, _, files in os.walk(a):
    for f in files:
        pa = os.path.join(root, f); pb = os.path.join(b, os.path.relpath(pa, a))
        if not os.path.exists(pb): print("missing", pb); diff += 1; continue
        ta, tb = text(pa), text(pb)
        for r, s in mask: ta = r.sub(s, ta); tb = r.sub(s, tb)
        if ta != tb:
            diff += 1
            i = next(i for i in range(min(len(ta), len(tb))) if ta[i] != tb[i]) if ta[:min(len(ta),len(tb))] != tb[:min(len(ta),len(tb))] else min(len(ta), len(tb))
            print("DIFF", os.path.relpath(pa, a), ta[max(0,i-80):i+80], b"\n  vs  ", tb[max(0,i-80):i+80])
        else: same += 1
print("same", same, "diff", diff)
sys.exit(1 if diff else 0)
