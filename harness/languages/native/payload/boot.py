"""Starts a Python program (``python -S -B boot.py program.py``) sealed by an audit hook (PEP 578).

A whole Python program is counted over its whole process, so what it could use to hide work or
reach the count is refused before its first line runs: native code (ctypes, mmap: valgrind client
requests, code patching), other processes and threads (work outside the counted process), writing
files (answers cached for a later run), /proc (its own memory), sockets and signals.  A refused
operation ends the process at once with ``REFUSED_EXIT`` and says which on stderr, so that the
program cannot catch it and carry on.  Reads only the file it is given; imports nothing of Ergon.
"""

import os
import sys

REFUSED_EXIT = 97
BLOCKED = ("ctypes.", "mmap.", "_thread.start_new_thread", "os.fork", "os.forkpty", "os.exec", "os.posix_spawn",
           "os.spawn", "os.system", "os.kill", "os.killpg", "subprocess.Popen", "pty.spawn", "socket.", "signal.",
           "sys.addaudithook", "os.remove", "os.rename", "os.mkdir", "os.rmdir", "os.symlink", "os.link",
           "os.chmod", "os.truncate", "os.mkfifo", "os.mknod", "os.setxattr", "os.utime")
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _refuse(what: str) -> None:
    os.write(2, f"\nergon-refused: {what}\n".encode())
    os._exit(REFUSED_EXIT)


def _hook(event: str, args: tuple) -> None:
    if event.startswith(BLOCKED):
        _refuse(event)
    if event == "open":
        path, mode, flags = args
        if isinstance(path, (str, bytes)) and os.fsdecode(path).startswith("/proc"):
            _refuse(f"open {os.fsdecode(path)}")
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & WRITE_FLAGS):
            _refuse(f"open {path!r} for writing")


def main() -> None:
    path = sys.argv[1]
    with open(path, "rb") as fh:
        source = fh.read()
    code = compile(source, "program.py", "exec")
    sys.argv = ["program.py"]
    sys.addaudithook(_hook)
    exec(code, {"__name__": "__main__", "__builtins__": __builtins__})


if __name__ == "__main__":
    main()
