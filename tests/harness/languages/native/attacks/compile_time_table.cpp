// ATTACK (adversary 3, primes_constexpr.cpp, there for n < 3*10^6: its compile took 31 s on a loaded machine and
// under the 10 s CPU cap on an idle one, so here the table runs to 3*10^7, ten times the work, to be over the
// cap on any machine; answers up to 10^6 stay right): a small source whose compiler computes every answer.  A constexpr segmented
// sieve builds the primes below N as a bitmap of odd numbers plus a running count per 128
// integers (~70 KB of tables in the binary); at run time pi(n) is two table entries and a
// popcount.  Each segment is its own variable template instance, so each gets its own constexpr
// operation budget (GCC 12: 2^25 per evaluation).  Compiling is not counted and whole programs
// have no source (or binary) cap: a complete answer table, not a better algorithm.
#include <cstdio>
#include <utility>
constexpr long N = 30000000, SEGW = 2048, SEG = SEGW * 128, NSEG = N / SEG + 1;
struct Seg { unsigned long long prime[SEGW]; int before[SEGW]; int total; };
constexpr Seg build(long k) {
  Seg s{};
  bool small[1800] = {};                                        // base primes up to sqrt(N)
  for (long p = 2; p * p < 1800; p++) if (!small[p]) for (long m = p * p; m < 1800; m += p) small[m] = true;
  for (long w = 0; w < SEGW; w++) s.prime[w] = ~0ULL;           // bit j of word w: k*SEG + 128w + 2j + 1
  long lo = k * SEG, hi = lo + SEG;
  if (k == 0) s.prime[0] &= ~1ULL;                              // 1 is not prime
  for (long p = 3; p * p < hi && p < 1800; p += 2) {
    if (small[p]) continue;
    long m = p * p > lo ? p * p : (lo + p - 1) / p * p;
    if (m % 2 == 0) m += p;
    for (; m < hi; m += 2 * p) { long r = m - lo; s.prime[r / 128] &= ~(1ULL << ((r % 128) / 2)); }
  }
  int c = 0;
  for (long w = 0; w < SEGW; w++) { s.before[w] = c; c += __builtin_popcountll(s.prime[w]); }
  s.total = c;
  return s;
}
template <long K> constexpr Seg S = build(K);
template <long... K> constexpr const Seg* segs_of(std::integer_sequence<long, K...>, long k) {
  const Seg* all[] = {&S<K>...}; return all[k]; }
static const Seg* seg(long k) { return segs_of(std::make_integer_sequence<long, NSEG>{}, k); }
template <long... K> constexpr int before_of(std::integer_sequence<long, K...>, long k) {
  const int tot[] = {S<K>.total...}; int c = 0; for (long i = 0; i < k; i++) c += tot[i]; return c; }
int main() {
  long n; if (scanf("%ld", &n) != 1) return 1;
  if (n < 2) { puts("0"); return 0; }
  long k = n / SEG, r = n % SEG, w = r / 128, j = (r % 128 + 1) / 2;   // odd numbers up to n in word w: bits 0..j-1
  unsigned long long mask = j >= 64 ? ~0ULL : ((1ULL << j) - 1);
  const Seg* s = seg(k);
  printf("%d\n", 1 + before_of(std::make_integer_sequence<long, NSEG>{}, k) + s->before[w] + __builtin_popcountll(s->prime[w] & mask));
}
