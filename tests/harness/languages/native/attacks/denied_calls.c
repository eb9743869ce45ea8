/* Probe (not an attack): every call a whole program may not make, tried with harmless arguments;
   prints "refused" for EPERM (or ENOSYS: valgrind itself does not carry out seccomp or userfaultfd)
   and the errno otherwise.  Under the runner's seccomp filter every call is refused, in the counted
   run and the native one alike. */
#include <errno.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
static void try(const char *name, long nr, long a, long b, long c) {
  errno = 0; long r = syscall(nr, a, b, c, 0L, 0L, 0L);
  if (r == -1 && (errno == EPERM || errno == ENOSYS)) printf("%s refused\n", name);
  else printf("%s %d\n", name, r == -1 ? errno : 0);
}
int main(void) {
  try("add_key", SYS_add_key, 0, 0, 0);
  try("keyctl", SYS_keyctl, -1, 0, 0);
  try("request_key", SYS_request_key, 0, 0, 0);
  try("bpf", SYS_bpf, -1, 0, 0);
  try("socket", SYS_socket, -1, -1, -1);
  try("socketpair", SYS_socketpair, -1, -1, -1);
  try("seccomp", SYS_seccomp, -1, 0, 0);
  try("prctl_seccomp", SYS_prctl, PR_SET_SECCOMP, -1, 0);
  try("shmget", SYS_shmget, 0, -1, 0);
  try("msgget", SYS_msgget, -1, 0, 0);
  try("semget", SYS_semget, -1, -1, 0);
  try("io_uring_setup", SYS_io_uring_setup, 0, 0, 0);
  try("userfaultfd", SYS_userfaultfd, -1, 0, 0);
  try("perf_event_open", SYS_perf_event_open, 0, -1, -1);
  try("ptrace", SYS_ptrace, -1, 0, 0);
  try("process_vm_readv", SYS_process_vm_readv, 0, 0, 0);
  return 0;
}
