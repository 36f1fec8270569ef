"""Warta: Indonesian-first news intelligence."""

from warta.analysis import analyze, default_pipeline, default_stages
from warta.config import Config, load_config
from warta.errors import BadInput, WartaError
from warta.pipeline import Pipeline, Stage
from warta.record import Record, json_schema

__version__ = "0.1.0"

__all__ = [
    "BadInput",
    "Config",
    "Pipeline",
    "Record",
    "Stage",
    "WartaError",
    "analyze",
    "default_pipeline",
    "default_stages",
    "json_schema",
    "load_config",
]
