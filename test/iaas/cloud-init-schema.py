"""Runs `cloud-init schema --config-file F` for every file F given, in this one process.

cloud-init's own command line is called as a function, so each check is exactly what the command
does; starting Python and cloud-init once instead of per document is most of the saving. Prints a
JSON list of {"status": exit status, "output": what the command printed}, in the order given.
"""
import contextlib
import io
import json
import sys

from cloudinit.cmd.main import main

results = []
for path in sys.argv[1:]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        try:
            status = main(["cloud-init", "schema", "--config-file", path]) or 0
        except SystemExit as exit_:
            # sys.exit(): None is success, a number the status, anything else a message and status 1.
            if exit_.code is None or isinstance(exit_.code, int):
                status = exit_.code or 0
            else:
                print(exit_.code)
                status = 1
    results.append({"status": status, "output": printed.getvalue()})
json.dump(results, sys.stdout)
