import shutil
from pathlib import Path

import pytest

from pipeline.paths import REPO_ROOT, data_dir

SEEDS = REPO_ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seed_copy(tmp_path, seed_paths) -> Path:
    """A private copy of the seed articles, safe to modify."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in seed_paths:
        shutil.copy(path, folder / path.name)
    return folder


def needs_data(*parts: str):
    """Skip only when the reference data folder is absent (a user's machine); in CI it is present."""
    return pytest.mark.skipif(not data_dir().joinpath(*parts).exists(),
                              reason=f"reference data {'/'.join(parts)} not present")
