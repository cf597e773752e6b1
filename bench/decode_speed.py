"""Time ingest.extract.text.decode on a 1 MB UTF-8 and a 1 MB Windows-1252 text, for two
checkouts side by side in one run (each imported in its own subprocess):

    python bench/decode_speed.py BEFORE_TREE AFTER_TREE [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

_PROBE = """
import json, sys, time
from ingest.extract.text import decode
line = ("Statement 14/03/1994, 22 Mill Row: Ms Renée Müller paid \\u00a35 \\u2014 \\u201cno more\\u201d.\\n")
text = (line * (1_048_576 // len(line) + 1))[:1_048_576]
out = {}
for label, page in (("utf-8", "utf-8"), ("cp1252", "cp1252")):
    raw = text.encode(page)
    best = min(_time(decode, raw) for _ in range(int(sys.argv[1])))
    out[label] = [round(best * 1000, 1), decode(raw)[1]]
print(json.dumps(out))
"""
_TIMER = ("import time\ndef _time(f, raw):\n"
          "    t = time.perf_counter(); f(raw); return time.perf_counter() - t\n")


def run(tree: str, repeat: int) -> dict[str, list[object]]:
    done = subprocess.run([sys.executable, "-c", _TIMER + _PROBE, str(repeat)], cwd=tree,
                          env={"PYTHONPATH": tree}, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'tree':40} {'1 MB UTF-8 ms':>14} {'1 MB cp1252 ms':>15}")
    for tree in args.trees:
        result = run(tree, args.repeat)
        print(f"{tree:40} {result['utf-8'][0]:>14} {result['cp1252'][0]:>15}  "
              f"(read as {result['utf-8'][1]}, {result['cp1252'][1]})")


if __name__ == "__main__":
    main()
