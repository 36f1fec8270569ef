"""Settings: defaults.toml < a --config file < WARTA_* environment variables < flags."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from warta.errors import WartaError


@dataclass(slots=True, frozen=True)
class Config:
    max_input_bytes: int = 20_000_000
    min_body_chars: int = 1
    db: str = "sqlite:///warta.db"
    workers: int = 0
    near_duplicate_threshold: float = 0.8
    story_window_days: int = 3
    story_threshold: float = 0.35
    ner_model: str = "bundled"
    admin_token: str | None = None
    fetch_timeout_s: float = 20.0
    fetch_max_bytes: int = 10_000_000
    fetch_allowed_hosts: tuple[str, ...] = ()
    max_body_chars: int = 200_000
    input_timeout_s: float = 30.0
    follow_symlinks: bool = False
    only_stages: tuple[str, ...] = ()
    skip_stages: tuple[str, ...] = ()

    def worker_count(self) -> int:
        """``workers``, where 0 means the cores this process may use."""
        if self.workers > 0:
            return self.workers
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    field_type = {f.name: f.type for f in dataclasses.fields(Config)}[name]
    if isinstance(value, str):
        if "bool" in str(field_type):
            return value.strip().lower() in ("1", "true", "yes", "on")
        if "int" in str(field_type) and "float" not in str(field_type):
            return int(value)
        if "float" in str(field_type):
            return float(value)
        if "tuple" in str(field_type):
            return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list):
        return tuple(value)
    return value


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Build the config from the shipped defaults, a user file, the environment and overrides."""
    values: dict[str, Any] = tomllib.loads(
        resources.files("warta").joinpath("defaults.toml").read_text(encoding="utf-8")
    )
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise WartaError(f"{path}: cannot read config: {exc}") from exc
    names = {f.name for f in dataclasses.fields(Config)}
    for name in names:
        env = os.environ.get(f"WARTA_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - names
    if unknown:
        raise WartaError(f"unknown config keys: {', '.join(sorted(unknown))}")
    return Config(**{k: _coerce(k, v) for k, v in values.items()})
