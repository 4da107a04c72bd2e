#!/usr/bin/python3
"""Analyze JSONL archives on a Dask cluster: `arabic-analyzer analyze --jsonl` is the map step.

    /usr/bin/python3 tools/batch/analyze_dask.py 'archive/*.jsonl' --out results.jsonl \
        [--scheduler tcp://host:8786 | --workers 2] [--cli build/native/arabic-analyzer] \
        [--options '{"keywords":{"top_k":15}}'] [--partition-lines 500]

The driver reads the shards, Dask runs each partition's lines through the CLI on a worker, and the
driver checks every partition against the CLI's contract before writing it, in input order.
Exit status: 0 every line analyzed, 1 some lines answered with an error object (results still
written), 2 usage, 3 a failed run: a partition broke the contract, no workers... (no --out).
See tools/batch/README.md.
"""
import argparse
import collections
import contextlib
import glob
import json
import os
import sys
import time
import traceback

EXIT_OK, EXIT_ERROR_OBJECTS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
WORKER_WAIT_SECONDS = 60


class PartitionError(RuntimeError):
    """A partition's output broke the CLI contract; the message names the shard and line range."""


class Partition(collections.namedtuple("Partition", "shard line_numbers lines")):
    """Consecutive non-blank lines of one shard, each ending in a newline."""

    def where(self):
        return f"{self.shard} lines {self.line_numbers[0]}-{self.line_numbers[-1]}"


def is_blank(line):
    """Mirrors the CLI, which drops one trailing CR and then skips a line of only spaces and tabs
    without answering it."""
    line = line.removesuffix(b"\n").removesuffix(b"\r")
    return not line.strip(b" \t")


def split_lines(data):
    """Splits on LF only, as the CLI's getline does (bytes.splitlines would also split on CR)."""
    return data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n")


def shard_paths(patterns):
    """Local paths or globs, each glob sorted so the output order is reproducible."""
    paths = []
    for pattern in patterns:
        if glob.has_magic(pattern):
            matches = sorted(glob.glob(pattern))
        else:
            matches = [pattern] if os.path.isfile(pattern) else []
        if not matches:
            raise FileNotFoundError(f"no shard matches {pattern!r}")
        paths.extend(matches)
    return paths


def read_partitions(paths, partition_lines):
    """Yields each shard's non-blank lines in groups; a partition never spans two shards, so a
    failure can name one file and a line range in it."""
    for path in paths:
        numbers, lines = [], []
        with open(path, "rb") as f:  # bytes: the CLI, not Python, decides what valid UTF-8 is
            for n, line in enumerate(f, start=1):
                if is_blank(line):
                    continue
                numbers.append(n)
                lines.append(line if line.endswith(b"\n") else line + b"\n")
                if len(lines) == partition_lines:
                    yield Partition(path, numbers, lines)
                    numbers, lines = [], []
        if lines:
            yield Partition(path, numbers, lines)


def run_cli(cli, options, data):
    """The map step, run on a worker: one CLI process per partition."""
    import socket
    import subprocess
    command = [cli, "analyze", "--jsonl"] + (["--options", options] if options else [])
    try:
        done = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        # Returned, not raised: Dask would log the whole partition as the task's arguments.
        return None, b"", f"cannot run the CLI on {socket.gethostname()}: {e}".encode()
    return done.returncode, done.stdout, done.stderr[-2000:]


def _reject_constant(name):
    raise ValueError(name)


def input_id(line):
    """The id the CLI echoes: the line's "id" if it is a JSON object with one, else null.
    NaN/Infinity are rejected as the CLI's parser does."""
    try:
        value = json.loads(line, parse_constant=_reject_constant)
    except ValueError:
        return None
    return value.get("id") if isinstance(value, dict) else None


def output_id(line):
    """The CLI writes the id first (`{"id":...,`), so only that value is decoded."""
    if not line.startswith(b'{"id":'):
        return ...  # never equal to an input id
    value, _ = json.JSONDecoder().raw_decode(line.decode("utf-8", "replace"), 6)
    return value


def check_partition(part, status, out, err):
    """Returns the partition's output lines, error objects located in their shard; raises
    PartitionError if the output does not answer every input line, in order, with its id."""
    where = part.where()
    stderr = err.decode("utf-8", "replace").strip()
    if status is None:
        raise PartitionError(f"{where}: {stderr}")
    if status not in (0, 1):
        raise PartitionError(f"{where}: CLI exit status {status}: {stderr}")
    lines = split_lines(out)
    if len(lines) != len(part.lines):
        raise PartitionError(f"{where}: {len(part.lines)} input lines "
                             f"but {len(lines)} output lines")
    errors = []
    for i, (line, source) in enumerate(zip(lines, part.lines)):
        expected = input_id(source)
        if output_id(line) != expected:
            raise PartitionError(f"{where}: line {part.line_numbers[i]}: output id "
                                 f"{line[:80]!r} does not answer input id {expected!r}")
        # A cheap filter first: only a line mentioning "error" can carry an error object.
        if b'"error":' in line:
            result = json.loads(line)
            if "error" in result:
                # The CLI counts lines within the partition; point at the shard instead.
                result["shard"], result["line"] = part.shard, part.line_numbers[i]
                lines[i] = json.dumps(result, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8")
                errors.append(result)
    if (status == 1) != bool(errors):
        raise PartitionError(f"{where}: CLI exit status {status} with {len(errors)} error "
                             f"object(s): {stderr}")
    return [line + b"\n" for line in lines], errors


def analyze(client, paths, out_path, cli, options, partition_lines, window):
    """Submits partitions to Dask, at most `window` in flight so the driver's memory stays bounded
    for any archive size, and writes each partition as soon as it and all before it are done."""
    documents = nbytes = 0
    errors = []
    pending = collections.deque()
    tmp_path = out_path + ".partial"

    def write_oldest(out):
        part, future = pending.popleft()
        try:
            status, stdout, stderr = future.result()
        except Exception as e:  # e.g. the worker died
            raise PartitionError(f"{part.where()}: {type(e).__name__}: {e}") from e
        lines, part_errors = check_partition(part, status, stdout, stderr)
        out.writelines(lines)
        errors.extend(part_errors)

    try:
        with open(tmp_path, "wb") as out:
            for part in read_partitions(paths, partition_lines):
                data = b"".join(part.lines)
                documents += len(part.lines)
                nbytes += len(data)
                # Scattered, the lines go straight to a worker, which then runs the task, instead
                # of travelling through the scheduler inside the task (Dask warns above 1 MB).
                # hash=False/pure=False: identical partitions are still separate work to check.
                scattered = client.scatter(data, hash=False)
                pending.append((part, client.submit(run_cli, cli, options, scattered, pure=False)))
                if len(pending) >= window:
                    write_oldest(out)
            while pending:
                write_oldest(out)
    except BaseException:
        os.remove(tmp_path)  # a failed run leaves no output that could pass for a complete one
        raise
    os.replace(tmp_path, out_path)
    return documents, nbytes, errors


def summary(documents, nbytes, errors, seconds):
    shown = ", ".join(f"{json.dumps(e['id'], ensure_ascii=False)} "
                      f"({e['shard']}:{e['line']}, {e['error']['code']})" for e in errors[:5])
    more = f" and {len(errors) - 5} more" if len(errors) > 5 else ""
    return (f"analyze_dask: {documents} documents, {len(errors)} error objects"
            f"{': ' + shown + more if errors else ''}; {nbytes} bytes in {seconds:.2f} s: "
            f"{documents / seconds:.0f} documents/s, {nbytes / 1e6 / seconds:.2f} MB/s")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("shards", nargs="+", help="JSONL shards: local paths or globs")
    p.add_argument("--out", required=True, help="output JSONL, in input order")
    p.add_argument("--scheduler", help="address of a running cluster (default: a LocalCluster)")
    p.add_argument("--workers", type=int, default=2,
                   help="LocalCluster worker processes, one thread each (default 2)")
    p.add_argument("--cli", default="build/native/arabic-analyzer",
                   help="the CLI's path, which must exist on every worker")
    p.add_argument("--options", help="analysis options JSON, passed to the CLI")
    p.add_argument("--partition-lines", type=int, default=500,
                   help="lines per partition (one CLI process each; default 500)")
    args = p.parse_args(argv)
    if args.options is not None:
        try:
            json.loads(args.options)
        except ValueError as e:
            p.error(f"--options is not JSON: {e}")
    if args.partition_lines < 1 or args.workers < 1:
        p.error("--partition-lines and --workers must be at least 1")
    return args


def main(argv=None):
    args = parse_args(argv)
    try:
        paths = shard_paths(args.shards)
    except FileNotFoundError as e:
        print(f"analyze_dask: {e}", file=sys.stderr)
        return EXIT_USAGE
    from distributed import Client, LocalCluster  # here, so --help and usage errors stay fast

    try:
        with contextlib.ExitStack() as stack:
            if args.scheduler:
                client = stack.enter_context(Client(args.scheduler))
                # Without a worker the first partition would wait and then fail obscurely.
                client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
            else:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=args.workers, threads_per_worker=1, processes=True,
                    dashboard_address=None))
                client = stack.enter_context(Client(cluster))
            # Two partitions per worker thread keep every worker busy while the driver checks one.
            window = max(2, 2 * sum(client.nthreads().values()))
            start = time.perf_counter()
            documents, nbytes, errors = analyze(client, paths, args.out, args.cli, args.options,
                                                args.partition_lines, window)
            seconds = time.perf_counter() - start
    except PartitionError as e:
        print(f"analyze_dask: FAILED: {e}", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # no workers, a lost scheduler...: a failed run, not a bad input line
        traceback.print_exc()
        print("analyze_dask: FAILED", file=sys.stderr)
        return EXIT_FAILED
    print(summary(documents, nbytes, errors, seconds), file=sys.stderr)
    return EXIT_ERROR_OBJECTS if errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
