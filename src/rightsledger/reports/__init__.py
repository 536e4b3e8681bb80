"""The case file: a document for a reader outside, in which every number carries its provenance.

``queries`` gathers what the record holds (through the one access path and the one
redaction rule of exports), ``charts`` and ``maps`` draw it with matplotlib, ``pdf`` and
``html`` lay it out; ``actions`` keeps a made file with its SHA-256.
"""
