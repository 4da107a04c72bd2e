#!/usr/bin/python3
"""tools/batch/analyze_dask.py on a two-worker Dask LocalCluster must give, id by id, what one
`arabic-analyzer analyze --jsonl` process gives over the same lines, bad lines included.

    /usr/bin/python3 tests/batch/test_dask.py [CLI]
    (CLI default: $AA_CLI, else build/native/arabic-analyzer)
"""
import json
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools/batch/analyze_dask.py"
CLI = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                      os.environ.get("AA_CLI", ROOT / "build/native/arabic-analyzer"))
DOCUMENTS, SHARDS, PARTITION_LINES = 2000, 4, 100

# One of each way a line can fail before analysis, with the id the CLI can read (none from
# invalid JSON).
BAD_LINES = [
    ('{"id": "bad-json", "text": "قصف', None),
    ('{"id": "bad-no-text", "body": "إدلب"}', "bad-no-text"),
    ('{"id": "bad-text-number", "text": 42}', "bad-text-number"),
]


def sentences():
    """The sentences of the repository's seed articles (tests/data), in a fixed order."""
    found = []
    for path in sorted((ROOT / "tests/data").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [s.strip() for s in re.split(r"(?<=[.!?؟])\s+|\n+", text) if s.strip()]
    return found


def documents():
    """DOCUMENTS different texts: 1-8 sentences drawn with a fixed seed, some split in paragraphs
    (a repeat is drawn again). Ids alternate between strings and numbers; the CLI echoes both."""
    rng, pool = random.Random(14), sentences()
    texts = {}  # dict: unique and in drawing order
    while len(texts) < DOCUMENTS:
        picked = rng.sample(pool, rng.randint(1, 8))
        texts["".join(s + rng.choice([" ", " ", "\n\n"]) for s in picked).strip()] = None
    return [{"id": f"doc-{i:04d}" if i % 2 else i, "text": text} for i, text in enumerate(texts)]


def write_shards(directory):
    """SHARDS files; the second gets the bad lines and a blank line (skipped, never answered).
    Returns the shard paths and, per bad line, (expected id, shard, line number)."""
    docs = [json.dumps(d, ensure_ascii=False) for d in documents()]
    size = -(-len(docs) // SHARDS)
    paths, bad = [], []
    for k in range(SHARDS):
        lines = docs[k * size:(k + 1) * size]
        path = os.path.join(directory, f"shard-{k}.jsonl")
        if k == 1:
            for offset, (line, expected_id) in zip((10, 250, 499), BAD_LINES):
                lines.insert(offset, line)
                bad.append((expected_id, path, offset + 1))
            lines.append("")
        pathlib.Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths, bad


def by_id(jsonl):
    """Results keyed by id; an error line's location is left out, as the driver restates it
    relative to the shard while a single process counts lines of the concatenated input."""
    results = {}
    for line in jsonl.splitlines():
        result = json.loads(line)
        result.pop("shard", None)
        if "error" in result:
            result.pop("line", None)
        key = json.dumps(result["id"])
        assert key not in results, f"id {key} answered twice"
        results[key] = result
    return results


class DaskBatchTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from distributed import LocalCluster
        cls.tmp = tempfile.TemporaryDirectory()
        cls.shards, cls.bad = write_shards(cls.tmp.name)
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)

    @classmethod
    def tearDownClass(cls):
        cls.cluster.close()
        cls.tmp.cleanup()

    def run_script(self, cli, out):
        # The glob is expanded by the script; the cluster is reached by address, as a real one is.
        return subprocess.run(
            [sys.executable, str(SCRIPT), os.path.join(self.tmp.name, "shard-*.jsonl"),
             "--out", out, "--cli", cli, "--scheduler", self.cluster.scheduler_address,
             "--partition-lines", str(PARTITION_LINES)],
            capture_output=True, text=True, timeout=600)

    def test_cluster_output_equals_single_process(self):
        out = os.path.join(self.tmp.name, "out.jsonl")
        run = self.run_script(CLI, out)
        self.assertEqual(run.returncode, 1, f"error objects make the status 1\n{run.stderr}")
        self.assertIn(f"{DOCUMENTS + len(BAD_LINES)} documents, {len(BAD_LINES)} error objects",
                      run.stderr)

        concatenated = b"".join(pathlib.Path(p).read_bytes() for p in self.shards)
        single = subprocess.run([CLI, "analyze", "--jsonl"], input=concatenated,
                                capture_output=True, timeout=600)
        self.assertEqual(single.returncode, 1)

        text = pathlib.Path(out).read_text(encoding="utf-8")
        got, want = by_id(text), by_id(single.stdout.decode("utf-8"))
        self.assertEqual(set(got), set(want))
        # Ids only: unittest's diff of two 15 MB dicts would take minutes.
        self.assertEqual([i for i in want if got[i] != want[i]], [],
                         "results that differ from the single process's")

        results = [json.loads(line) for line in text.splitlines()]
        errors = [r for r in results if "error" in r]
        self.assertEqual([(r["id"], r["shard"], r["line"], r["error"]["code"]) for r in errors],
                         [(i, shard, line, "bad_line") for i, shard, line in self.bad])
        analyzed = [r for r in results if "error" not in r]
        self.assertEqual(len(analyzed), DOCUMENTS)
        self.assertTrue(all(r["schema"] == 3 and "keywords" in r for r in analyzed))
        self.assertEqual([r["id"] for r in analyzed],
                         [d["id"] for d in documents()], "results keep the input order")

    def test_a_short_answer_fails_loudly(self):
        # A CLI that loses one line per partition: the driver must refuse it and name where.
        fake = os.path.join(self.tmp.name, "drops-a-line.sh")
        pathlib.Path(fake).write_text(f'#!/bin/sh\n"{CLI}" "$@" | sed 2d\n')
        os.chmod(fake, 0o755)
        out = os.path.join(self.tmp.name, "short.jsonl")
        run = self.run_script(fake, out)
        self.assertEqual(run.returncode, 3, run.stderr)
        self.assertRegex(run.stderr,
                         r"shard-\d\.jsonl lines \d+-\d+: \d+ input lines but \d+ output")
        self.assertFalse(os.path.exists(out) or os.path.exists(out + ".partial"))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
