"""Tone: the Indonesian tone classifier, the derived lexicon, and article and entity scoring."""
