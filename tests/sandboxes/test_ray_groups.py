"""How a Ray cluster's slots are grouped into environments, and how the others are described (no cluster needed)."""

from __future__ import annotations

from sandboxes.executor import Environment
from sandboxes.ray_executor import SlotInfo, code_digest, describe_apart, groups_of


def slot(node: str, fingerprint: str | None, code: str | None = None, python: str = "/usr/bin/python3",
         problem: str = "") -> SlotInfo:
    env = Environment(executor="local", fingerprint=fingerprint, tools={"python": python}) if fingerprint else None
    return SlotInfo(node_id=node * 8, node_ip="10.0.0.1", pid=1, code=code or code_digest(), environment=env, problem=problem)


def test_slots_agree_only_on_fingerprint_tool_paths_and_code() -> None:
    slots = [slot("a", "host-1"), slot("b", "host-1"), slot("c", "host-2"), slot("d", "host-1", code="0ld"),
             slot("e", "host-1", python="/opt/python3"), slot("f", None, problem="SandboxUnavailable: no bwrap")]
    groups = groups_of(slots)
    assert sorted(len(members) for members in groups.values()) == [1, 1, 1, 1, 2]
    chosen = slots[0].group
    lines = describe_apart(groups, chosen, code_digest())
    assert len(lines) == 4
    assert any(line.startswith("fingerprint host-2 — 1 slot(s) on 10.0.0.1/cccccccc") for line in lines)
    assert any("another version of Ergon's sandboxes (0ld" in line for line in lines)
    assert any(line.startswith("cannot run jobs: SandboxUnavailable: no bwrap") for line in lines)
    assert sum(line.startswith("fingerprint host-1") for line in lines) == 1  # same fingerprint, other tool paths
