from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness.endpoints.provider import OpenAIModel
from harness.endpoints.testing import FakeOpenAIServer, asked_entry_point


def code_reply(body: dict[str, Any], index: int) -> str:
    """A well-formed chat reply defining the entry point named in the prompt."""
    return f"Here you go:\n```python\ndef {asked_entry_point(body)}(x):\n    return x + {index}\n```\nDone."


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(responder=code_reply) as srv:
        yield srv


@pytest.fixture
def empty_config(tmp_path: Path) -> Path:
    """An empty config file, so that the user's own ~/.config/ergon/models.toml is not read."""
    path = tmp_path / "empty.toml"
    path.write_text("")
    return path


@pytest.fixture
def make_model(server: FakeOpenAIServer, tmp_path: Path, empty_config: Path) -> Iterator[Callable[..., OpenAIModel]]:
    """Models on the test server with short timeouts and back-off; closed after the test."""
    made: list[OpenAIModel] = []

    def make(model_id: str = "m", **options: Any) -> OpenAIModel:
        defaults = {"base_url": server.url, "api_key": "test-key", "timeout": 2.0, "backoff": 0.01, "cache_path": tmp_path / "cache.sqlite", "config_path": empty_config}
        model = OpenAIModel(model_id, {**defaults, **options})
        made.append(model)
        return model

    yield make
    for model in made:
        model.close()
