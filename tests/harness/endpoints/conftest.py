from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from pydantic import SecretStr

from harness.endpoints.provider import OpenAIModel
from harness.endpoints.scripted_server import FakeOpenAIServer, asked_entry_point
from harness.providers import ModelContext, ModelOptions


def options(**values: Any) -> ModelOptions:
    """Model options from plain values (``api_key`` a string, ``n`` the choices per call)."""
    if values.get("api_key") is not None:
        values["api_key"] = SecretStr(values["api_key"])
    if "n" in values:
        values["choices_per_call"] = values.pop("n")
    if values.get("config_path") is not None:
        values["config_path"] = str(values["config_path"])
    return ModelOptions(**values)


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

    def make(model_id: str = "m", **given: Any) -> OpenAIModel:
        defaults = {"base_url": server.url, "api_key": "test-key", "timeout": 2.0, "backoff": 0.01, "config_path": empty_config}
        values = {**defaults, **given}
        cache = values.pop("cache_path", tmp_path / "cache.sqlite")
        model = OpenAIModel(model_id, options(**values), ModelContext(cache_path=cache))
        made.append(model)
        return model

    yield make
    for model in made:
        model.close()
