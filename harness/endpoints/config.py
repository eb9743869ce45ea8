"""Where an endpoint's URL and key come from, and what a model costs.

Settings are resolved, first match wins:

1. explicit options (``base_url``, ``api_key``, … from the command line);
2. the named endpoint (option ``endpoint``) in the config file;
3. ``ERGON_BASE_URL`` / ``ERGON_API_KEY``, then ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``;
4. OpenAI's own URL.

Keys from the environment are never sent to a *named* endpoint's URL: an endpoint in the
config file must name its own key (``api_key_env`` or ``api_key``), so that an OpenAI key
cannot leak to a third-party server by accident.  Servers that need no key get a
placeholder.  Keys are never part of ``repr``, listings or error messages.

The config file is ``~/.config/ergon/models.toml`` (``$XDG_CONFIG_HOME`` respected), or the
``config_path`` option, or ``$ERGON_CONFIG``::

    [endpoints.local]
    base_url = "http://127.0.0.1:8000/v1"
    api_key_env = "LOCAL_API_KEY"     # or: api_key = "…"
    api = "completion"                # "chat" (default) or "completion"
    supports_n = false                # server ignores n: send one request per sample
    concurrency = 32
    timeout = 300
    max_retries = 5
    stream = false

    [models."gpt-4o-mini"]            # prices, dollars per million tokens
    input_usd_per_mtok = 0.15
    output_usd_per_mtok = 0.60

    [models."Qwen/Qwen2.5-Coder-7B-Instruct"]   # architecture, for eFLOPs
    params = 7.6e9
    layers = 28
    kv_heads = 4
    head_dim = 128
    gqa_ratio = 7
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from harness.endpoints.cost import Architecture, Price
from harness.providers import ModelSpecError

OPENAI_URL = "https://api.openai.com/v1"
NO_KEY = "no-key"
"""Placeholder sent to servers that need no key (the openai client insists on one)."""

_ENDPOINT_KEYS = {
    "base_url": str, "api_key": str, "api_key_env": str, "api": str, "supports_n": bool,
    "concurrency": int, "timeout": (int, float), "max_retries": int, "stream": bool,
}
_PRICE_KEYS = ("input_usd_per_mtok", "output_usd_per_mtok")
_ARCH_KEYS = ("params", "layers", "kv_heads", "head_dim", "gqa_ratio")
_MODEL_KEYS = {*_PRICE_KEYS, *_ARCH_KEYS, "intensity"}


class ConfigError(ModelSpecError):
    """The config file is unreadable or malformed, or names something that does not exist."""


@dataclass(frozen=True)
class EndpointSettings:
    """Everything needed to talk to one server; ``api_key`` is hidden from ``repr``."""

    base_url: str
    api_key: str = field(repr=False)
    key_source: str
    """Where the key came from: ``option``, ``config``, ``env:NAME`` or ``none``."""
    name: str | None = None
    api: str = "chat"
    supports_n: bool = True
    concurrency: int = 16
    timeout: float = 600.0
    max_retries: int = 5
    stream: bool = False


@dataclass(frozen=True)
class ModelInfo:
    price: Price | None = None
    architecture: Architecture | None = None


@dataclass(frozen=True)
class Config:
    path: Path
    endpoints: dict[str, dict[str, Any]]
    models: dict[str, ModelInfo]


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("ERGON_CONFIG"):
        return Path(env["ERGON_CONFIG"])
    base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "ergon" / "models.toml"


def load_config(path: Path | str | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read and check the config file; a missing file at the default place is an empty config."""
    explicit = path is not None
    path = Path(path) if path is not None else default_config_path(env)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"config file {path} does not exist") from None
        return Config(path, {}, {})
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(data) - {"endpoints", "models"}
    if unknown:
        raise ConfigError(f"{path}: unknown top-level table(s) {', '.join(sorted(unknown))} (expected endpoints, models)")
    endpoints = {name: _check_endpoint(path, name, table) for name, table in _tables(path, data, "endpoints").items()}
    models = {name: _model_info(path, name, table) for name, table in _tables(path, data, "models").items()}
    return Config(path, endpoints, models)


def resolve_settings(options: Mapping[str, Any], env: Mapping[str, str] | None = None) -> tuple[EndpointSettings, Config]:
    """Settings for one run from options, config file and environment (see the module docstring)."""
    env = os.environ if env is None else env
    config = load_config(options.get("config_path"), env)
    name = options.get("endpoint")
    named: dict[str, Any] = {}
    if name:
        if name not in config.endpoints:
            known = ", ".join(sorted(config.endpoints)) or "none"
            raise ConfigError(f"no endpoint {name!r} in {config.path} (configured: {known})")
        named = config.endpoints[name]

    def pick(key: str, default: Any) -> Any:
        if options.get(key) is not None:
            return options[key]
        return named.get(key, default)

    base_url = options.get("base_url") or named.get("base_url") or env.get("ERGON_BASE_URL") or env.get("OPENAI_BASE_URL") or OPENAI_URL
    api_key, key_source = _pick_key(options, named, bool(name), env)
    if api_key is None:
        if base_url.rstrip("/") == OPENAI_URL:
            raise ConfigError("no API key for OpenAI: set OPENAI_API_KEY (or ERGON_API_KEY), or name an endpoint in the config file")
        api_key, key_source = NO_KEY, "none"
    settings = EndpointSettings(
        base_url=base_url,
        api_key=api_key,
        key_source=key_source,
        name=name,
        api=pick("api", "chat"),
        supports_n=bool(named.get("supports_n", True)),
        concurrency=int(pick("concurrency", 16)),
        timeout=float(pick("timeout", 600.0)),
        max_retries=int(pick("max_retries", 5)),
        stream=bool(pick("stream", False)),
    )
    if settings.api not in ("chat", "completion"):
        raise ConfigError(f"api must be 'chat' or 'completion', not {settings.api!r}")
    if settings.concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, not {settings.concurrency}")
    if settings.max_retries < 0:
        raise ConfigError(f"max_retries must be at least 0, not {settings.max_retries}")
    if settings.timeout <= 0:
        raise ConfigError(f"timeout must be positive, not {settings.timeout:g}")
    return settings, config


def list_endpoints(config_path: Path | str | None = None, env: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The configured endpoints for display: name, URL, API style and where the key comes from — never the key."""
    env = os.environ if env is None else env
    config = load_config(config_path, env)
    rows = []
    for name, table in sorted(config.endpoints.items()):
        if "api_key_env" in table:
            var = table["api_key_env"]
            key = f"env:{var}" + ("" if env.get(var) else " (unset)")
        else:
            key = "config" if "api_key" in table else "none"
        rows.append({"name": name, "base_url": table.get("base_url", OPENAI_URL), "api": table.get("api", "chat"), "key": key})
    return rows


def _pick_key(options: Mapping[str, Any], named: Mapping[str, Any], is_named: bool, env: Mapping[str, str]) -> tuple[str | None, str]:
    if options.get("api_key"):
        return options["api_key"], "option"
    if "api_key" in named:
        return named["api_key"], "config"
    if "api_key_env" in named:
        var = named["api_key_env"]
        if not env.get(var):
            raise ConfigError(f"endpoint {options.get('endpoint')!r} takes its key from ${var}, which is not set")
        return env[var], f"env:{var}"
    if is_named:
        return None, "none"
    for var in ("ERGON_API_KEY", "OPENAI_API_KEY"):
        if env.get(var):
            return env[var], f"env:{var}"
    return None, "none"


def _tables(path: Path, data: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    tables = data.get(key, {})
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise ConfigError(f"{path}: [{key}] must hold one table per name, like [{key}.NAME]")
    return tables


def _check_endpoint(path: Path, name: str, table: dict[str, Any]) -> dict[str, Any]:
    for key, value in table.items():
        if key not in _ENDPOINT_KEYS:
            raise ConfigError(f"{path}: [endpoints.{name}] has unknown key {key!r} (known: {', '.join(_ENDPOINT_KEYS)})")
        if not isinstance(value, _ENDPOINT_KEYS[key]) or (isinstance(value, bool) and _ENDPOINT_KEYS[key] is not bool):
            raise ConfigError(f"{path}: [endpoints.{name}] {key} has the wrong type ({type(value).__name__})")
    return table


def _model_info(path: Path, name: str, table: dict[str, Any]) -> ModelInfo:
    unknown = set(table) - _MODEL_KEYS
    if unknown:
        raise ConfigError(f"{path}: [models.{name!r}] has unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_MODEL_KEYS))})")
    for key, value in table.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"{path}: [models.{name!r}] {key} must be a non-negative number")
    price = arch = None
    if any(k in table for k in _PRICE_KEYS):
        missing = [k for k in _PRICE_KEYS if k not in table]
        if missing:
            raise ConfigError(f"{path}: [models.{name!r}] gives a price but lacks {', '.join(missing)}")
        price = Price(float(table["input_usd_per_mtok"]), float(table["output_usd_per_mtok"]))
    if any(k in table for k in _ARCH_KEYS):
        missing = [k for k in _ARCH_KEYS if k not in table]
        if missing:
            raise ConfigError(f"{path}: [models.{name!r}] gives an architecture but lacks {', '.join(missing)}")
        extra = {"intensity": float(table["intensity"])} if "intensity" in table else {}
        arch = Architecture(float(table["params"]), int(table["layers"]), int(table["kv_heads"]), int(table["head_dim"]), float(table["gqa_ratio"]), **extra)
    return ModelInfo(price, arch)
