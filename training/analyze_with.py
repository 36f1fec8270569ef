"""Scratch: run eval/heldout_score.py and the gold articles with another NER model (argv[1])."""

import functools
import runpy
import sys

import warta
from warta.config import load_config

config = load_config(ner_model=sys.argv[1])
warta.analyze = functools.partial(warta.analyze, config=config)
sys.argv = ["heldout_score.py", "--quiet"]
runpy.run_path("eval/heldout_score.py", run_name="__main__")
