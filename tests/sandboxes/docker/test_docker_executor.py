"""The Docker executor enforces every limit, in both modes, and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import time

import pytest

from sandboxes.docker.engine import OWNED, PID_LABEL, owner_labels, remove_leftovers
from sandboxes.docker.executor import DockerExecutor
from sandboxes.executor import Job, Limits

pytestmark = pytest.mark.docker


def py(code: str, limits: Limits = Limits(), collect: tuple[str, ...] = ()) -> Job:
    return Job(argv=("{python}", "-c", code), files={"data.txt": b"hello", "sub/dir/x.txt": b"x"},
               limits=limits, collect=collect)


def test_runs_in_scratch_as_unprivileged_user_and_collects(executor: DockerExecutor) -> None:
    code = ("import os; open('out.txt','w').write(open('data.txt').read().upper() + open('sub/dir/x.txt').read());"
            "os.makedirs('deep', exist_ok=True); open('deep/a.log','w').write('a');"
            "print(os.getcwd(), os.getuid(), os.getgid())")
    result = executor.run(py(code, collect=("out.txt", "deep/*.log", "missing.txt")))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split() == [b"/scratch", b"10001", b"10001"]
    assert result.files == {"out.txt": b"HELLOx", "deep/a.log": b"a"}


def test_environment_names_image_interpreter_and_shim(executor: DockerExecutor) -> None:
    env = executor.environment()
    assert env.executor == "docker" and env.tools["python"] == "/usr/bin/python3"
    assert env.tools["roi_library"] == "/opt/ergon/native/libergonroi.so" and env.versions["valgrind"]
    assert env.tools["qemu_plugin"] == "/opt/ergon/native/libergonqemu.so"
    assert env.details["image_id"].removeprefix("sha256:")[:12] in env.fingerprint
    for tool in ("roi_library", "qemu_plugin"):
        assert executor.run(Job(argv=("test", "-f", env.tools[tool]), files={})).exit_code == 0


def test_job_environment_is_only_what_the_job_sets(executor: DockerExecutor, monkeypatch) -> None:
    monkeypatch.setenv("ERGON_HOST_SECRET", "hunter2")
    result = executor.run(Job(argv=("env",), files={}, env={"PYTHONHASHSEED": "0"}))
    names = {line.split(b"=")[0] for line in result.stdout.splitlines()}
    assert names == {b"PATH", b"HOSTNAME", b"LANG", b"HOME", b"TMPDIR", b"PYTHONHASHSEED"}
    assert b"hunter2" not in result.stdout


def test_no_network_read_only_root_no_capabilities(executor: DockerExecutor) -> None:
    code = """
import os, socket
try:
    socket.create_connection(("1.1.1.1", 53), timeout=2); print("net")
except OSError: pass
print(sorted(n for _, n, *__ in socket.if_nameindex()))
for path in ("/etc/x", "/opt/ergon/payload/runner.py", "/usr/bin/python3", "/x"):
    try:
        open(path, "a").close(); print("wrote", path)
    except OSError: pass
status = open("/proc/self/status").read()
print([l.split()[1] for l in status.splitlines() if l.startswith(("CapEff", "CapBnd", "NoNewPrivs"))])
"""
    result = executor.run(py(code))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.decode().splitlines() == ["['lo']", "['0000000000000000', '0000000000000000', '1']"]


def test_limits_are_the_jobs(executor: DockerExecutor) -> None:
    code = ("import resource as r, os; print([r.getrlimit(getattr(r, 'RLIMIT_' + n))[0] for n in "
            "('FSIZE', 'NOFILE', 'CPU', 'CORE')], sorted(os.sched_getaffinity(0)).__len__(), "
            "open('/sys/fs/cgroup/pids/pids.max').read().strip() if os.path.exists('/sys/fs/cgroup/pids/pids.max') "
            "else open('/sys/fs/cgroup/pids.max').read().strip())")
    limits = Limits(file_size_mb=8, nofile=100, cpu_s=30, nproc=40)
    result = executor.run(py(code, limits))
    assert result.stdout.decode().split(" ", 4)[:4] == ["[8388608,", "100,", "30,", "0]"]
    assert result.stdout.decode().split()[-2:] == ["1", "40"]


def test_timeout_kills_the_job(executor: DockerExecutor) -> None:
    result = executor.run(py("import time; time.sleep(60); print('woke')", Limits(timeout_s=1)))
    assert result.timed_out and result.exit_code is None and b"woke" not in result.stdout


def test_cpu_time_limit_kills_with_sigxcpu(executor: DockerExecutor) -> None:
    result = executor.run(py("while True: pass", Limits(timeout_s=30, cpu_s=1)))
    assert result.exit_code == -24 and not result.timed_out


def test_output_is_capped_but_drained(executor: DockerExecutor) -> None:
    result = executor.run(py("import sys; sys.stdout.write('x' * 5_000_000); sys.stderr.write('e')",
                             Limits(output_bytes=1000)))
    assert result.exit_code == 0
    assert len(result.stdout) == 1000 and result.stderr == b"e" and result.output_truncated


def test_endless_flood_is_stopped_early(executor: DockerExecutor) -> None:
    result = executor.run(py("while True: print('x' * 100_000)", Limits(timeout_s=60)))
    assert result.output_truncated and not result.timed_out  # stopped, not left to run into its timeout


def test_memory_limit_oom_kills(executor: DockerExecutor) -> None:
    result = executor.run(py("x = []\nwhile True: x.append(bytearray(10**7))", Limits(memory_mb=200)))
    assert result.oom_killed and result.exit_code == -9


def test_no_swap_beyond_the_memory_limit(executor: DockerExecutor) -> None:
    """Memory plus swap is capped at the memory limit: cgroup v1's memsw limit, or v2's swap.max of 0."""
    code = ("import os\nv1 = '/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes'\n"
            "print('v1', open(v1).read()) if os.path.exists(v1) else print('v2', open('/sys/fs/cgroup/memory.swap.max').read())")
    result = executor.run(py(code, Limits(memory_mb=300)))
    if result.exit_code != 0:  # a v1 kernel without swap accounting: the limit cannot be set there
        unavailable = "the kernel has no swap accounting (cgroup v1 without swapaccount=1)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI cannot check the swap limit: {unavailable}")
        pytest.skip(unavailable)
    version, value = result.stdout.split()
    assert (version, value) in {(b"v1", str(300 * 1024 * 1024).encode()), (b"v2", b"0")}


def test_pids_limit_stops_a_fork_bomb(executor: DockerExecutor) -> None:
    code = ("import os\nn = 0\ntry:\n    while True:\n        if os.fork() == 0:\n            import time; time.sleep(30)\n"
            "        n += 1\nexcept OSError:\n    print(n)")
    result = executor.run(py(code, Limits(nproc=30, timeout_s=20)))
    assert result.exit_code == 0 and 20 <= int(result.stdout.split()[0]) < 30


def test_file_size_and_scratch_size_are_limited(executor: DockerExecutor) -> None:
    big = executor.run(py("open('f', 'wb').write(b'0' * (9 * 2**20))", Limits(file_size_mb=8)))
    assert big.exit_code == 1 and b"File too large" in big.stderr
    fill = ("i = 0\ntry:\n    while True:\n        open(f'f{i}', 'wb').write(b'0' * 2**24); i += 1\n"
            "except OSError as e:\n    print(e.errno, i)")
    full = executor.run(py(fill, Limits(file_size_mb=32, memory_mb=2048)))
    errno, count = full.stdout.split()
    assert errno == b"28" and int(count) * 16 <= executor.scratch_mb


def test_signal_exit_codes_are_negative(executor: DockerExecutor) -> None:
    assert executor.run(py("import ctypes; ctypes.string_at(0)")).exit_code == -11
    assert executor.run(py("import sys; sys.exit(3)")).exit_code == 3


def test_background_process_does_not_outlive_the_job(executor: DockerExecutor, stray_processes) -> None:
    token = f"{time.time() % 1000:.6f}"
    result = executor.run(py(f"import subprocess; subprocess.Popen(['sleep', '{token}'], start_new_session=True); print('ok')"))
    assert result.stdout == b"ok\n" and not result.timed_out
    assert stray_processes(token) == []


def test_fresh_mode_removes_its_containers(fresh_executor: DockerExecutor, docker_client, our_containers) -> None:
    fresh_executor.run(py("print(1)"))
    fresh_executor.run(py("import time; time.sleep(9)", Limits(timeout_s=1)))
    containers = our_containers()
    assert all(c.labels.get("org.ergon.mode") == "warm" for c in containers)
    volumes = {m.get("Name") for c in containers for m in c.attrs["Mounts"]}
    mine = {"label": [OWNED["label"], f"{PID_LABEL}={os.getpid()}"]}
    assert {v.name for v in docker_client.volumes.list(filters=mine)} <= volumes


def test_warm_mode_reuses_one_container_and_wipes_it(warm_executor: DockerExecutor, our_containers) -> None:
    warm_executor.run(py("open('/tmp/t','w').write('1'); open('/dev/shm/s','w').write('1'); open('left','w')"))
    before = our_containers()
    result = warm_executor.run(py("import os; print(sorted(os.listdir('.')), os.listdir('/tmp'), os.listdir('/dev/shm'))"))
    assert result.stdout == b"['data.txt', 'sub'] [] []\n"
    assert {c.id for c in our_containers()} == {c.id for c in before}


def test_warm_mode_replaces_a_container_after_a_timeout(warm_executor: DockerExecutor, our_containers) -> None:
    warm_executor.run(py("print(1)"))
    before = {c.id for c in our_containers()}
    warm_executor.run(py("import time; time.sleep(9)", Limits(timeout_s=1)))
    assert warm_executor.run(py("print(2)")).stdout == b"2\n"
    assert {c.id for c in our_containers()}.isdisjoint(before)


@pytest.mark.parametrize("warm", [False, True], ids=["fresh", "warm"])
def test_ctrl_c_during_a_job_removes_the_container(warm: bool, docker_client, our_containers) -> None:
    """KeyboardInterrupt inside run(): the container goes at once, not at close (a warm
    holder still running the interrupted job must not take the next one)."""
    import threading
    import _thread

    before = {c.id for c in our_containers()}

    def interrupt_once_the_job_runs() -> None:
        """Interrupt while run() waits on the job, not while the SDK is mid-request."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not {c.id for c in our_containers()} - before:
            time.sleep(0.1)
        time.sleep(1.0)
        _thread.interrupt_main()

    with DockerExecutor(client=docker_client, warm=warm) as executor:
        threading.Thread(target=interrupt_once_the_job_runs, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            executor.run(py("import time; time.sleep(30)", Limits(timeout_s=60)))
        assert {c.id for c in our_containers()} == before


def test_leftovers_of_dead_processes_are_removed_by_label(docker_client, fresh_executor) -> None:
    image = fresh_executor.environment().details["image_id"]
    dead = _dead_pid()
    labels = {**owner_labels(), PID_LABEL: str(dead)}
    leftover = docker_client.containers.create(image, ["sleep", "infinity"], labels=labels)
    live = docker_client.containers.create(image, ["sleep", "infinity"], labels=owner_labels())
    try:
        removed = remove_leftovers(docker_client)
        ids = {c.id for c in docker_client.containers.list(all=True, filters=OWNED, ignore_removed=True)}
        assert removed.containers >= 1 and leftover.id not in ids and live.id in ids
    finally:
        live.remove(force=True)


def test_concurrent_workers_are_pinned_to_their_own_cores(docker_client) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with DockerExecutor(client=docker_client, workers=2, cores=[0, 1]) as executor:
        job = py("import os, time; time.sleep(1); print(sorted(os.sched_getaffinity(0)))")
        with ThreadPoolExecutor(2) as pool:
            outs = sorted(r.stdout for r in pool.map(executor.run, [job, job]))
    assert outs == [b"[0]\n", b"[1]\n"]


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_close_during_a_warm_job_leaves_no_holder(docker_client, our_containers) -> None:
    """A holder busy at close() is removed when its job returns, not put back to leak."""
    import threading

    before = {c.id for c in our_containers()}
    executor = DockerExecutor(client=docker_client, warm=True)
    done = threading.Thread(target=executor.run, args=(py("import time; time.sleep(3)"),))
    done.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not {c.id for c in our_containers()} - before:
        time.sleep(0.1)
    executor.close()
    done.join()
    assert {c.id for c in our_containers()} == before
    with pytest.raises(RuntimeError):
        executor.run(py("print(1)"))
