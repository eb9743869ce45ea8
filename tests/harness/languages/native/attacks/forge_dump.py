# ATTACK (adversary 3, sum_forge.py): a sealed Python program forges callgrind's dump.  os.fstat,
# os.write and os.dup2 raise no audit event: it writes its own dump into an inherited FIFO descriptor
# and dup2()s stderr over it, or opens the FIFO at its fixed path.  It prints the honest sum.
import os, stat, sys
data = sys.stdin.buffer.read().split()
print(sum(map(int, data[1:int(data[0]) + 1])))
sys.stdout.flush()
forged = ("# callgrind format\nversion: 1\npid: %d\ndesc: Timerange: Basic block 0 - 1000\n"
          "desc: Trigger: Program termination\nsummary: 5000000\ntotals: 5000000\n" % os.getpid()).encode()
for fd in range(3, 64):
    try:
        st = os.fstat(fd)
    except OSError:
        continue
    if stat.S_ISFIFO(st.st_mode):
        os.write(fd, forged)
        os.dup2(2, fd)
        sys.exit(0)
for path in ("/run/ergon-pipes/dump", "/tmp/ergon-pipes/dump"):
    if os.path.exists(path):
        os.write(os.open(path, os.O_WRONLY | os.O_NONBLOCK), forged)
