"""Event coding: who did what to whom, coded natively in Indonesian in PLOVER with CAMEO codes.

``lexicon`` reads the verb dictionary (lang/id/events_verbs.tsv) and builds every affixed form;
``sectors`` reads title and institution words (lang/id/events_sectors.tsv); ``coder`` finds
events in a record's sentences; ``incidents`` groups events of many reports into incidents.
"""
