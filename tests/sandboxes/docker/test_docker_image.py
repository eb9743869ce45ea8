"""The image is named by its build context: unchanged context reuses it, a change renames it."""

from __future__ import annotations


import pytest

from sandboxes.docker import image as image_mod
from sandboxes.docker.engine import docker_available

pytestmark = pytest.mark.docker


def test_context_hash_follows_every_context_file() -> None:
    files = image_mod.context_files()
    assert {"Dockerfile", "describe.py", "native/roi.c", "native/plugin.c", "native/Makefile"} <= set(files)
    assert not [name for name in files if name.endswith(".so")]
    base = image_mod.context_hash(files)
    assert image_mod.context_hash(dict(files)) == base
    for name in files:
        assert image_mod.context_hash({**files, name: files[name] + b"\n"}) != base, name
    assert image_mod.context_hash({**files, "native/new.c": b""}) != base


def test_unchanged_context_reuses_the_image(docker_client) -> None:
    first = image_mod.build_image(docker_client)
    again = image_mod.build_image(docker_client)
    assert first.id == again.id and image_mod.image_tag() in again.tags
    assert again.labels[image_mod.CONTEXT_LABEL] == image_mod.context_hash()


def test_apt_mirror_is_read_from_the_host_sources() -> None:
    assert image_mod.apt_mirror().startswith("http")


def test_docker_available_gives_a_reason(docker_client) -> None:
    ok, reason = docker_available()
    assert ok and reason.startswith("Docker engine")


def test_docker_available_without_an_engine(monkeypatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    ok, reason = docker_available()
    assert not ok and reason


def test_build_failure_is_one_clear_line(docker_client, monkeypatch) -> None:
    files = {**image_mod.context_files(), "Dockerfile": b"FROM ergon-base:bookworm\nRUN exit 7\n"}
    monkeypatch.setattr(image_mod, "context_files", lambda: files)
    with pytest.raises(image_mod.ImageBuildError) as info:
        image_mod.build_image(docker_client)
    assert "\n" not in str(info.value) and "docker build failed" in str(info.value)
