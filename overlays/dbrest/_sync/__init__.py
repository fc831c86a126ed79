# generated from _async/__init__.py by generator/unasync_overlays.py; do not edit
"""The overlays written once: async here, their sync twins generated into ``dbrest._sync`` by
generator/unasync_overlays.py (all but the hand-written ``_backend``). What both modes share (failure types,
codecs, checks, plans) stays in the public modules (``dbrest.dbfs``, ``dbrest.commands`` ...), which also
re-export the services: import them from there."""

# The public modules import this package's modules at their end, after what those import from them is defined.
# Loading them first makes importing one of this package's modules directly work as well, whatever the order.
from .. import commands, dbfs, dbfs_async, libraries, secrets, workspace  # noqa: F401
