"""Keystrokes typed while a new commit is warmed (issue 15): the warming in a thread of
the typing process (the reader before) against a child process (the reader now,
:mod:`index.search.warm_process`).

Run:  .venv/bin/python bench/bench_warm_typing.py CORPUS INDEX [--modes thread,process]
      [--runs 1] [--delay 3] [--seconds S]

``INDEX`` is an index of ``CORPUS`` made by ``warreader index``; give a COPY (``cp -a``:
a copy whose files' times changed is rebuilt): each run removes its cache files
(``docsets.sqlite``, ``pages.sqlite``) so that the warming runs from the start, and
writes them again. Each run is a fresh process that opens the corpus, refreshes it
(nothing changed), starts the warming (``thread``: ``Corpus.warm_searches`` in a thread,
what the reader did; ``process``: ``Corpus.warming_child``, what it does now), waits
``--delay`` seconds, then types the 127 keystrokes of ``bench/keystrokes.txt`` as the
app asks for its first page (``Corpus.search(prefix, limit=50, as_you_type=True)``,
uncounted: each keystroke the first of its commit, the warming running), then waits for
the warming to end. Per run: each keystroke's CPU (``time.thread_time``) and wall time,
p95 and max and how many took over 50 / 150 ms; the warming's own CPU (thread: its
thread's; process: the child's, start included, and the warming's part of it) and wall
time and what it made; the load average. ``--seconds`` caps the warming's CPU budget
(default: its own, :func:`index.search.warm.budget`). Asserts nothing; not part of the
tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_scale import p95, prefixes  # noqa: E402
from bench_typing import live_generation, spread  # noqa: E402

NAMES = ("docsets.sqlite", "pages.sqlite")

RUN = r"""
import json, resource, sys, threading, time
from pathlib import Path
from warreader.index.config import load_config
from warreader.index.corpus import Corpus
corpus, index_dir, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
delay, seconds, keys = float(sys.argv[4]), sys.argv[5], json.loads(sys.argv[6])
rounds = int(sys.argv[7])
seconds = float(seconds) if seconds else None
c = Corpus.open([corpus], index_dir, load_config(None).aliases)
c.refresh()
done = {}
started = time.perf_counter()
if mode == "none":
    def run():
        done.update(warmed=None, wall=0.0, cpu=0.0, warm_cpu=0.0)
elif mode == "thread":
    def run():
        w = c.warm_searches(seconds=seconds)
        done.update(warmed=w, wall=time.perf_counter() - started, cpu=w.seconds, warm_cpu=w.seconds)
else:
    child = c.warming_child(seconds=seconds)
    def run():
        r = child.wait()
        done.update(warmed=r.warmed, wall=r.wall, cpu=r.cpu, warm_cpu=r.warmed.seconds)
worker = threading.Thread(target=run)
worker.start()
time.sleep(delay)
rounds_out, typed_while = [], []
for _round in range(rounds):
    rows = []
    for p in keys:
        wall, cpu = time.perf_counter(), time.thread_time()
        r = c.search(p, limit=50, as_you_type=True)
        rows.append((time.thread_time() - cpu, time.perf_counter() - wall, p, r.error, r.total))
    rounds_out.append(rows)
    typed_while.append(worker.is_alive())
worker.join()
w = done["warmed"]
c.close()
made = {} if w is None else {"rankings": w.rankings, "chosen": w.chosen, "sets": w.sets,
                             "days": w.days, "stopped": w.stopped}
print(json.dumps({"rounds": rounds_out, "typed_while_warming": typed_while,
                  "wall": done["wall"], "cpu": done["cpu"], "warm_cpu": done["warm_cpu"],
                  "made": made, "process_cpu": time.process_time()}))
"""


def run_once(corpus: Path, index: Path, mode: str, delay: float, seconds: str,
             keys: list[str], rounds: int) -> dict:
    """One fresh process: the warming started, the keystrokes typed meanwhile."""
    done = subprocess.run([sys.executable, "-c", RUN, str(corpus), str(index), mode,
                           str(delay), seconds, json.dumps(keys), str(rounds)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(f: dict[str, list[float]], number: int, rows: list, warming: bool) -> None:
    """Print one round of keystrokes and add its figures to ``f``."""
    cpu = [row[0] for row in rows]
    wall = [row[1] for row in rows]
    waited = sum(wall) - sum(cpu)
    for name, value in (("cpu p95", p95(cpu)), ("cpu max", max(cpu)), ("wall p95", p95(wall)),
                        ("wall max", max(wall)), ("waited", waited)):
        f.setdefault(name, []).append(value)
    slow = sorted(((t, p) for t, _w, p, *_ in rows), reverse=True)[:4]
    print(f"  round {number + 1}: keys CPU p95 {p95(cpu) * 1000:.0f} max {max(cpu) * 1000:.0f}"
          f" ms ({sum(t > 0.05 for t in cpu)} > 50, {sum(t > 0.15 for t in cpu)} > 150); "
          f"wall p95 {p95(wall) * 1000:.0f} max {max(wall) * 1000:.0f} ms "
          f"({sum(t > 0.05 for t in wall)} > 50, {sum(t > 0.15 for t in wall)} > 150); "
          f"wall - CPU over the round {waited:.1f} s; warming {'running' if warming else 'done'}"
          "; slowest (CPU): " + ", ".join(f"{p!r} {t * 1000:.0f}" for t, p in slow), flush=True)


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--modes", default="thread,process,none",
                        help="none: no warming (the keystrokes alone)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each mode")
    parser.add_argument("--delay", type=float, default=3.0,
                        help="seconds between the warming's start and the first key")
    parser.add_argument("--seconds", default="", help="the warming's CPU budget")
    parser.add_argument("--rounds", type=int, default=1,
                        help="times the keystrokes are typed (the first the commit's first)")
    args = parser.parse_args()
    generation = live_generation(args.index)
    if generation is None:
        return 2
    keys = prefixes()
    modes = args.modes.split(",")
    print(f"{os.cpu_count()} cores; {len(keys)} keystrokes; modes {modes}, {args.runs} runs "
          f"each; load average {os.getloadavg()[0]:.2f}", flush=True)
    figures: dict[str, dict[str, list[float]]] = {}
    for run in range(args.runs):
        for mode in modes:
            for name in NAMES:
                for suffix in ("", "-journal", ".bad"):
                    (generation / (name + suffix)).unlink(missing_ok=True)
            load = os.getloadavg()[0]
            out = run_once(args.corpus, args.index, mode, args.delay, args.seconds, keys,
                           args.rounds)
            print(f"run {run + 1} {mode} (load {load:.2f} -> {os.getloadavg()[0]:.2f}):",
                  flush=True)
            for number, rows in enumerate(out["rounds"]):
                round_name = f"{mode}, {'first' if number == 0 else 'again'}"
                report(figures.setdefault(round_name, {}), number, rows,
                       out["typed_while_warming"][number])
            f = figures.setdefault(f"{mode}, warming", {})
            f.setdefault("warm cpu", []).append(out["cpu"])
            f.setdefault("warm wall", []).append(out["wall"])
            made = out["made"]
            if made:
                print(f"  warming: CPU {out['cpu']:.1f} s (of which the warming "
                      f"{out['warm_cpu']:.1f}), wall {out['wall']:.1f} s; {made['rankings']} "
                      f"of {made['chosen']} rankings, {made['sets']} sets, {made['days']} days; "
                      f"{made['stopped'] or 'all made'}; the typing process's CPU "
                      f"{out['process_cpu']:.1f} s", flush=True)
    print()
    for name, f in figures.items():
        print(f"{name:<18}" + "".join(
            f"  {key} {spread(v, 1.0 if key.startswith('warm') else 1000.0)}"
            for key, v in f.items()))
    print("(keys in ms; warming in s)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
