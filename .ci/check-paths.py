#!/usr/bin/env python3
"""Every repository path named in the docs and in code comments exists.

Scans the tracked Markdown files and C# sources for paths that start at one of the repository's top folders (src/,
tests/, benchmarks/, docs/, experiments/, seeds/, examples/, .ci/) and fails, naming file and line, for any that does
not exist. In C# only comments count (a string in a test may name a file the test creates). A path with a placeholder
in it (<NAME>, *, {..}, $VAR, an upper-case word such as PARTY or DIR) is a pattern, not a path, and is skipped, as is
an illustrative one-letter file name (experiments/x.json), as are build outputs (…/bin/…, …/obj/…); paths under
results/ and other outputs are not top folders.
Usage: python3 .ci/check-paths.py   (from anywhere in the repository; exit 1 on a missing path)
"""
import os
import re
import subprocess
import sys

root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True,
                      cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
files = subprocess.run(["git", "ls-files", "*.md", "*.cs"], capture_output=True, text=True, check=True, cwd=root).stdout.split()
top = r"(?:src|tests|benchmarks|docs|experiments|seeds|examples|\.ci)"
pattern = re.compile(r"(?<![\w./~-])(" + top + r"/[A-Za-z0-9_.\-/]*[A-Za-z0-9_/])")
placeholder = re.compile(r"[<>*{}$]|(?:^|/|-|\.)[A-Z][A-Z0-9_]{1,}(?:$|/|-|\.)")

missing = []
for name in files:
    path = os.path.join(root, name)
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text = line
            if name.endswith(".cs"):
                at = line.find("//")
                if at < 0:
                    continue
                text = line[at:]
            for match in pattern.finditer(text):
                found = match.group(1).rstrip(".")
                end = match.end(1)
                # A path followed by a placeholder or glob character is a pattern (e.g. experiments/*.json).
                if end < len(text) and text[end] in "<*{$":
                    continue
                if placeholder.search(found) or re.fullmatch(r"[a-z]\.\w+", os.path.basename(found)):
                    continue
                # Build outputs (…/bin/…, …/obj/…) exist only after a build: not repository paths.
                if re.search(r"/(bin|obj)(/|$)", found):
                    continue
                if not os.path.exists(os.path.join(root, found)):
                    missing.append(f"{name}:{number}: {found}")

for entry in missing:
    print(f"missing path: {entry}")
print(f"check-paths: {len(missing)} missing path(s) in {len(files)} files")
sys.exit(1 if missing else 0)
