#!/usr/bin/env python3
"""Joins gold_aqmar.tsv with the article texts into the evaluation JSONL.

usage: make_aqmar_jsonl.py [SHARED_DIR] > aqmar.jsonl   (SHARED_DIR default: ../shared of the repo)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared')
with open(os.path.join(here, 'gold_aqmar.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        name, phrases = line.rstrip('\n').split('\t')
        with open(os.path.join(shared, 'data', 'aqmar', 'text', name + '.txt'), encoding='utf-8') as t:
            text = ' '.join(t.read().split())
        print(json.dumps({'id': name, 'text': text,
                          'keyphrases': [p.strip() for p in phrases.split('|') if p.strip()]},
                         ensure_ascii=False))
