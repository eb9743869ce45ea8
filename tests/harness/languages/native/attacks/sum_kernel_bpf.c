/* ATTACK C (adversary4): the parsing and summing run in the kernel, as a classic BPF socket filter.
   A filter (unprivileged SO_ATTACH_FILTER on an AF_UNIX datagram socketpair; no loops, so unrolled
   over a window of W bytes) parses the decimal text of a window and returns (16 bits of its sum)+1;
   the kernel trims the datagram to that length and recv(MSG_TRUNC) tells us the length.  Per window
   of W bytes the program runs two sendto and two recv (a few dozen counted instructions) instead
   of parsing W bytes.  The kernel's work is system time; both plausibility floors look at user time
   only, and the program is the same natively and under valgrind (no detection needed). */
#include <linux/filter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#define PKT 65600                         /* > 65536: the trimmed length can carry 16 bits */
static struct sock_filter prog[4096];
static int build(int part) {              /* part 0: low 16 bits of the window's sum, 1: high */
  int k = 0, W = (4096 - 8) / 15;
#define I(c, t, f, v) (prog[k++] = (struct sock_filter){c, t, f, v})
  I(BPF_LD | BPF_IMM, 0, 0, 0); I(BPF_ST, 0, 0, 0); I(BPF_ST, 0, 0, 1);
  for (int i = 0; i < W; i++) {
    I(BPF_LD | BPF_B | BPF_ABS, 0, 0, i);
    I(BPF_JMP | BPF_JGE | BPF_K, 0, 7, '0');
    I(BPF_ALU | BPF_SUB | BPF_K, 0, 0, '0'); I(BPF_MISC | BPF_TAX, 0, 0, 0);
    I(BPF_LD | BPF_MEM, 0, 0, 0); I(BPF_ALU | BPF_MUL | BPF_K, 0, 0, 10); I(BPF_ALU | BPF_ADD | BPF_X, 0, 0, 0);
    I(BPF_ST, 0, 0, 0); I(BPF_JMP | BPF_JA, 0, 0, 6);
    I(BPF_LDX | BPF_MEM, 0, 0, 0); I(BPF_LD | BPF_MEM, 0, 0, 1); I(BPF_ALU | BPF_ADD | BPF_X, 0, 0, 0);
    I(BPF_ST, 0, 0, 1); I(BPF_LD | BPF_IMM, 0, 0, 0); I(BPF_ST, 0, 0, 0);
  }
  I(BPF_LD | BPF_MEM, 0, 0, 1);
  if (part) I(BPF_ALU | BPF_RSH | BPF_K, 0, 0, 16); else I(BPF_ALU | BPF_AND | BPF_K, 0, 0, 0xffff);
  I(BPF_ALU | BPF_ADD | BPF_K, 0, 0, 1); I(BPF_RET | BPF_A, 0, 0, 0);
  return k;
}
static int sv[2][2];
static long long window(const char *p) {  /* the sum of the whole numbers in p[0, W) */
  long long r[2]; char c;
  for (int part = 0; part < 2; part++) {
    send(sv[part][0], p, PKT, 0);
    r[part] = recv(sv[part][1], &c, 1, MSG_TRUNC) - 1;
  }
  return r[1] << 16 | r[0];
}
int main(void) {
  int W = (4096 - 8) / 15;
  for (int part = 0; part < 2; part++) {
    int len = build(part);
    struct sock_fprog fp = {(unsigned short)len, prog};
    int big = 1 << 20;
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv[part]) != 0) return 2;
    setsockopt(sv[part][0], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    setsockopt(sv[part][1], SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
    if (setsockopt(sv[part][1], SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof fp) != 0) { perror("filter"); return 3; }
  }
  size_t cap = 1 << 20, len = 0; char *b = malloc(cap + PKT + 16); ssize_t r;
  while ((r = read(0, b + len, cap - len)) > 0) { len += r; if (len == cap) b = realloc(b, (cap *= 2) + PKT + 16); }
  memset(b + len, ' ', PKT + 16);
  char *p = b, *e = b + len;
  while (p < e && *p >= '0' && *p <= '9') p++;      /* skip n */
  long long s = 0;
  while (p < e) {
    const char *t = p + W;
    if (t < e) while (t > p && (unsigned)(t[-1] - '0') < 10) t--;   /* cut before a partial number */
    if (t <= p) t = p + W;
    s += window(p);
    p = (char *)t;
  }
  printf("%lld\n", s); return 0;
}
