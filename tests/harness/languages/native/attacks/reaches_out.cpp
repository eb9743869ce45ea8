// ATTACK (adversary 3's notes): job.json, every test's input, lay beside the compiler and the program
// (GCC 15's #embed would read it at compile time), and a user namespace of the program's own would let
// it mount over the dump FIFO.  This program prints a wrong answer whenever it can do either.
#include <sched.h>
#include <cstdio>
#if __has_include("job.json")
static const bool compiler_saw_job = true;
#else
static const bool compiler_saw_job = false;
#endif

int main() {
  const char* places[] = {"job.json", "../job.json", "../../job.json"};
  bool saw = compiler_saw_job;
  for (const char* p : places) if (FILE* f = fopen(p, "r")) { saw = true; fclose(f); }
  bool ns = unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0;
  long long n, s = 0, v; if (scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n && scanf("%lld", &v) == 1; i++) s += v;
  if (saw) puts("job.json was in reach");
  else if (ns) puts("made a namespace");
  else printf("%lld\n", s);
}
