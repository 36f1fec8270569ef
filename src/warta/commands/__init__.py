"""CLI subcommands; each module registers itself (see warta.cli)."""
