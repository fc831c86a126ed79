"""The soak: many concurrent sync and async clients against one ``dbrest_mock`` process that injects faults.

``python -m tests.soak`` (``make soak``) runs it for ``SOAK_SECONDS`` (default 180) and writes
``benchmarks/soak.md`` and ``soak.json``; ``test_soak.py`` runs a short variant so CI checks the machinery.
"""
