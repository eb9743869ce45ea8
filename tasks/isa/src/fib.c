/* The n-th Fibonacci number by naive double recursion (n itself for n < 2).  tags: recursion */
long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
