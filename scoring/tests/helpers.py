"""Tiny hand-made records for the unit tests."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def record(**kw):
    d = {'schema': 'idmreport/document/1', 'id': 'x',
         'source': {'path': 'x.pdf', 'sha256': '0' * 64, 'pages': 2},
         'doc_type': 'report', 'language': 'en', 'events': [], 'blocks': [], 'sessions': [],
         'speakers': [], 'key_messages': [], 'recommendations': [], 'statements': []}
    d.update(kw)
    return d


def block(text, kind='paragraph', page=1):
    return {'id': 'b', 'page': page, 'kind': kind, 'text': text}
