"""Error types. Everything Warta raises on bad input is a ``WartaError``."""

from __future__ import annotations


class WartaError(Exception):
    """Base class of every error Warta raises on purpose."""


class BadInput(WartaError):
    """The input cannot be read as an article (empty, binary, too large, undecodable)."""

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class SkipRecord(WartaError):
    """A record-level problem: the article is skipped and counted under ``reason``."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class StoreError(WartaError):
    """A storage backend failed or is misconfigured."""


class MissingExtra(WartaError):
    """An optional dependency is not installed."""

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(f"{module} is not installed; install it with: pip install 'warta[{extra}]'")
