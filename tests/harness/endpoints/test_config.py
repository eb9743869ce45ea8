"""Where URL and key come from, config file checks, and keys never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.models import models_group
from harness.endpoints.config import NO_KEY, OPENAI_URL, ConfigError, default_config_path, list_endpoints, load_config, resolve_settings
from harness.endpoints.scripted_server import toy_task
from harness.providers import SampleRequest

SECRET = "sk-config-secret-42"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "models.toml"
    path.write_text(
        f"""
[endpoints.local]
base_url = "http://127.0.0.1:9/v1"
api_key_env = "LOCAL_KEY"
api = "completion"
concurrency = 3
supports_n = false

[endpoints.inline]
base_url = "http://inline.example/v1"
api_key = "{SECRET}"

[endpoints.open]
base_url = "http://open.example/v1"
"""
    )
    return path


def test_default_is_openai_with_env_key(tmp_path):
    settings, _ = resolve_settings({"config_path": None}, env={"OPENAI_API_KEY": "k1", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)})
    assert (settings.base_url, settings.api_key, settings.key_source) == (OPENAI_URL, "k1", "env:OPENAI_API_KEY")


def test_ergon_env_beats_openai_env(config):
    env = {"OPENAI_API_KEY": "k1", "ERGON_API_KEY": "k2", "OPENAI_BASE_URL": "http://a/v1", "ERGON_BASE_URL": "http://b/v1"}
    settings, _ = resolve_settings({"config_path": config}, env=env)
    assert (settings.base_url, settings.api_key, settings.key_source) == ("http://b/v1", "k2", "env:ERGON_API_KEY")


def test_named_endpoint_beats_env(config):
    env = {"LOCAL_KEY": "k3", "ERGON_BASE_URL": "http://b/v1", "ERGON_API_KEY": "k2"}
    settings, _ = resolve_settings({"config_path": config, "endpoint": "local"}, env=env)
    assert (settings.base_url, settings.api_key, settings.key_source) == ("http://127.0.0.1:9/v1", "k3", "env:LOCAL_KEY")
    assert (settings.api, settings.concurrency, settings.supports_n) == ("completion", 3, False)


def test_options_beat_everything(config):
    options = {"config_path": config, "endpoint": "local", "base_url": "http://c/v1", "api_key": "k4", "api": "chat", "concurrency": 7}
    settings, _ = resolve_settings(options, env={"LOCAL_KEY": "k3", "OPENAI_API_KEY": "k1"})
    assert (settings.base_url, settings.api_key, settings.key_source, settings.api, settings.concurrency) == ("http://c/v1", "k4", "option", "chat", 7)


def test_env_key_is_not_sent_to_a_named_endpoint(config):
    settings, _ = resolve_settings({"config_path": config, "endpoint": "open"}, env={"OPENAI_API_KEY": "k1"})
    assert (settings.api_key, settings.key_source) == (NO_KEY, "none")


def test_missing_key_env_var(config):
    with pytest.raises(ConfigError, match=r"\$LOCAL_KEY, which is not set"):
        resolve_settings({"config_path": config, "endpoint": "local"}, env={})


def test_unknown_endpoint_lists_known(config):
    with pytest.raises(ConfigError, match="no endpoint 'nope'.*configured: inline, local, open"):
        resolve_settings({"config_path": config, "endpoint": "nope"}, env={})


def test_openai_without_key(config):
    with pytest.raises(ConfigError, match="no API key for OpenAI"):
        resolve_settings({"config_path": config}, env={})


def test_local_server_without_key_gets_placeholder(config):
    settings, _ = resolve_settings({"config_path": config, "base_url": "http://127.0.0.1:1/v1"}, env={})
    assert (settings.api_key, settings.key_source) == (NO_KEY, "none")


@pytest.mark.parametrize("option, message", [({"concurrency": 0}, "concurrency"), ({"max_retries": -1}, "max_retries"), ({"timeout": 0}, "timeout")])
def test_out_of_range_settings(config, option, message):
    with pytest.raises(ConfigError, match=message):
        resolve_settings({"config_path": config, "base_url": "http://127.0.0.1:1/v1", **option}, env={})


def test_config_path_defaults(tmp_path):
    assert default_config_path({"ERGON_CONFIG": "/x/y.toml"}) == Path("/x/y.toml")
    assert default_config_path({"XDG_CONFIG_HOME": "/cfg"}) == Path("/cfg/ergon/models.toml")
    assert load_config(None, {"XDG_CONFIG_HOME": str(tmp_path)}).endpoints == {}  # absent default file: empty
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    "text, message",
    [
        ("[endpoints.a\n", "not valid TOML"),
        ("[endpoints.a]\nbase_ur = 'x'\n", "unknown key 'base_ur'"),
        ("[endpoints.a]\nconcurrency = true\n", "concurrency has the wrong type"),
        ("[models.m]\ninput_usd_per_mtok = 1\n", "lacks output_usd_per_mtok"),
        ("[models.m]\nparams = 1e9\n", "lacks layers, kv_heads, head_dim, gqa_ratio"),
        ("[models.m]\nparams = -1\n", "non-negative number"),
        ("[endpoint.a]\n", "unknown top-level table"),
    ],
)
def test_config_errors(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_named_endpoint_end_to_end(server, make_model, tmp_path, monkeypatch):
    path = tmp_path / "models.toml"
    path.write_text(f'[endpoints.fake]\nbase_url = "{server.url}"\napi_key_env = "FAKE_KEY"\n')
    monkeypatch.setenv("FAKE_KEY", SECRET)
    monkeypatch.setenv("OPENAI_API_KEY", "must-not-be-used")
    [sample] = make_model(base_url=None, api_key=None, endpoint="fake", config_path=path).generate([SampleRequest(toy_task(), 0)])
    assert sample.verdict is None
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_listing_never_shows_keys(config):
    rows = list_endpoints(config, env={"LOCAL_KEY": SECRET})
    assert [(r["name"], r["key"]) for r in rows] == [("inline", "config"), ("local", "env:LOCAL_KEY"), ("open", "none")]
    assert SECRET not in repr(rows)
    assert list_endpoints(config, env={})[1]["key"] == "env:LOCAL_KEY (unset)"


def test_cli_list(config, monkeypatch):
    monkeypatch.setenv("LOCAL_KEY", SECRET)
    result = CliRunner().invoke(models_group, ["list", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "inline" in result.output and "http://127.0.0.1:9/v1" in result.output and "default" in result.output
    assert SECRET not in result.output


def test_cli_reports_config_errors(tmp_path):
    result = CliRunner().invoke(models_group, ["list", "--config", str(tmp_path / "missing.toml")])
    assert result.exit_code == 1 and "does not exist" in result.output
