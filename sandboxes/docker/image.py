"""Building the sandbox image, tagged by a hash of its build context.

The context is this folder's ``Dockerfile`` and ``describe.py`` plus the counters' native
sources (``sandboxes/counters``).  Its hash names the image (``ergon-sandbox:<hash>``): an unchanged
context reuses the image, any change builds a new one.  The base, ``ergon-base:bookworm``,
is pulled when a registry answers and otherwise bootstrapped offline with debootstrap.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Callable

import docker.errors
from docker import DockerClient
from docker.models.images import Image

from sandboxes.counters import NATIVE_DIR, NATIVE_SOURCES
from sandboxes.docker.engine import OWNED, OWNER, OWNER_LABEL

IMAGE_REPO = "ergon-sandbox"
BASE_IMAGE = "ergon-base:bookworm"
PULL_BASE = "debian:bookworm-slim"
CONTEXT_LABEL = "org.ergon.context"
SUITE = "bookworm"
DEFAULT_MIRROR = "http://deb.debian.org/debian"

_HERE = Path(__file__).resolve().parent

Log = Callable[[str], None]


class ImageBuildError(RuntimeError):
    """The image could not be built; the message is one line saying why."""


def context_files() -> dict[str, bytes]:
    """The build context, by path inside it."""
    files = {"Dockerfile": (_HERE / "Dockerfile").read_bytes(), "describe.py": (_HERE / "describe.py").read_bytes()}
    for name in NATIVE_SOURCES:  # the counters' native pieces are built in the image
        files[f"native/{name}"] = (NATIVE_DIR / name).read_bytes()
    return files


def context_hash(files: dict[str, bytes] | None = None) -> str:
    files = context_files() if files is None else files
    digest = hashlib.sha256(BASE_IMAGE.encode())
    for name in sorted(files):
        digest.update(b"\0" + name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return digest.hexdigest()[:16]


def image_tag(files: dict[str, bytes] | None = None) -> str:
    return f"{IMAGE_REPO}:{context_hash(files)}"


def _context_tar(files: dict[str, bytes]) -> io.BytesIO:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name in sorted(files):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(files[name]), 0o644, 0
            tar.addfile(info, io.BytesIO(files[name]))
    buf.seek(0)
    return buf


def find_image(client: DockerClient, tag: str | None = None) -> Image | None:
    """The image for the current context, if built."""
    try:
        return client.images.get(tag or image_tag())
    except docker.errors.ImageNotFound:
        return None


def ensure_image(client: DockerClient, *, log: Log = lambda _: None) -> Image:
    """The image for the current context, building it (and its base) when missing."""
    return find_image(client) or build_image(client, log=log)


def build_image(client: DockerClient, *, force: bool = False, log: Log = lambda _: None) -> Image:
    files = context_files()
    tag = image_tag(files)
    if not force and (existing := find_image(client, tag)):
        log(f"{tag} is up to date ({existing.id[:19]})")
        return existing
    ensure_base(client, log=log)
    log(f"building {tag}")
    try:
        image, _ = client.images.build(
            fileobj=_context_tar(files),
            custom_context=True,
            tag=tag,
            buildargs={"BASE": BASE_IMAGE},
            labels={OWNER_LABEL: OWNER, CONTEXT_LABEL: context_hash(files)},
            rm=True,
            forcerm=True,
            pull=False,
            network_mode="default",
        )
    except docker.errors.BuildError as exc:
        tail = [entry.get("stream", entry.get("error", "")).strip() for entry in exc.build_log]
        raise ImageBuildError(f"docker build failed: {' | '.join(t for t in tail if t)[-400:]}") from None
    except docker.errors.APIError as exc:
        raise ImageBuildError(f"docker build failed: {exc.explanation or exc}") from None
    log(f"built {tag} ({image.id[:19]})")
    return image


def ensure_base(client: DockerClient, *, log: Log = lambda _: None) -> None:
    """Make ``ergon-base:bookworm`` exist: pull Debian's image, else debootstrap it offline."""
    try:
        client.images.get(BASE_IMAGE)
        return
    except docker.errors.ImageNotFound:
        pass
    log(f"pulling {PULL_BASE}")
    try:
        client.images.pull(PULL_BASE).tag(BASE_IMAGE)
        return
    except docker.errors.APIError as exc:
        log(f"pull failed ({(exc.explanation or str(exc)).splitlines()[0][:120]}); bootstrapping {SUITE} offline")
    bootstrap_base(client, log=log)


def apt_mirror() -> str:
    """The Debian mirror this host's apt uses (deb822 or one-line sources), else the default."""
    for path in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")) + [Path("/etc/apt/sources.list")]:
        try:
            lines = path.read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            words = line.split()
            if words[:1] == ["URIs:"] and len(words) > 1 and "security" not in words[1]:
                return words[1]
            if words[:1] == ["deb"] and "security" not in line:
                return next(w for w in words[1:] if not w.startswith("["))
    return DEFAULT_MIRROR


def bootstrap_base(client: DockerClient, *, log: Log = lambda _: None) -> None:
    if not shutil.which("debootstrap"):
        raise ImageBuildError(
            f"cannot pull {PULL_BASE} and debootstrap is not installed (apt-get install debootstrap)"
        )
    mirror = apt_mirror()
    with tempfile.TemporaryDirectory(prefix="ergon-base-") as tmp:
        root, tarball = Path(tmp) / "root", Path(tmp) / "root.tar"
        log(f"debootstrap --variant=minbase {SUITE} from {mirror}")
        _run(["debootstrap", "--variant=minbase", SUITE, str(root), mirror], "debootstrap")
        _run(["tar", "--numeric-owner", "-C", str(root), "-cf", str(tarball), "."], "tar")
        log(f"importing {BASE_IMAGE}")
        try:
            client.api.import_image_from_file(
                str(tarball),
                repository=BASE_IMAGE.split(":")[0],
                tag=BASE_IMAGE.split(":")[1],
                changes=[f"LABEL {OWNER_LABEL}={OWNER}"],
            )
        except docker.errors.APIError as exc:
            raise ImageBuildError(f"docker import of the bootstrapped base failed: {exc.explanation or exc}") from None


def _run(argv: list[str], what: str) -> None:
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode:
        tail = (proc.stderr or proc.stdout).strip().splitlines()
        reason = tail[-1] if tail else f"exit {proc.returncode}"
        raise ImageBuildError(f"{what} failed: {reason}")


def list_images(client: DockerClient) -> list[Image]:
    return client.images.list(filters=OWNED)


def remove_stale_images(client: DockerClient, *, keep_current: bool = True) -> int:
    """Remove sandbox images of other contexts (and the current one unless ``keep_current``)."""
    current = image_tag()
    removed = 0
    for image in list_images(client):
        if image.labels.get(CONTEXT_LABEL) is None:  # the base: kept, rebuilding it is slow
            continue
        if keep_current and current in image.tags:
            continue
        try:
            client.images.remove(image.id, force=True)
            removed += 1
        except docker.errors.APIError:
            pass
    return removed
