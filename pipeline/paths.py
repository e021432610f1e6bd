"""Where things live: the repository's models/ and the public reference data (never copied into the repo)."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = Path(os.environ.get("DIPEVENTS_MODELS", REPO_ROOT / "models"))


def data_dir() -> Path:
    """Public labelled data: ../shared/data beside the repo, or $DIPEVENTS_DATA."""
    return Path(os.environ.get("DIPEVENTS_DATA", REPO_ROOT.parent / "shared" / "data"))


def cache_dir() -> Path:
    """Files built from installed packages' data at their first use and read back by later processes (the
    gazetteer's index): outputs/cache, or $DIPEVENTS_CACHE. Safe to delete."""
    return Path(os.environ.get("DIPEVENTS_CACHE", REPO_ROOT / "outputs" / "cache"))
