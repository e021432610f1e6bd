"""notebooks/who-met-whom.ipynb runs from top to bottom on the seeds' dataset (a failing cell fails the test) and
answers its questions from the data."""
import nbformat
from nbclient import NotebookClient

from pipeline.paths import REPO_ROOT

NOTEBOOK = REPO_ROOT / "notebooks" / "who-met-whom.ipynb"


def _output(cell) -> str:
    return "\n".join(output.get("text") or output.get("data", {}).get("text/plain", "") for output in cell.outputs)


def test_notebook_runs_on_the_seeds(seed_dataset, monkeypatch):
    monkeypatch.setenv("DIPEVENTS_DATASET", str(seed_dataset))  # the kernel inherits the environment
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "the notebook is committed without outputs"
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    cells = {tag: cell for cell in notebook.cells for tag in cell.metadata.get("tags", [])}
    assert "5 articles" in _output(cells["load"])
    minister = _output(cells["minister"])  # Kazakhstan's foreign minister and whom he met
    assert "Кайрат Абдрахманов" in minister and "Жан-Марк Эйро" in minister
    assert "Ержан Ашықбаев" not in minister  # a deputy minister is not the minister
    countries = _output(cells["countries"])
    assert "FRA" in countries and "UZB" in countries and "KAZ" not in countries
    assert "occurred" in _output(cells["status"])
    evidence = _output(cells["evidence"])
    assert "посетил Париж" in evidence
    assert any("text/html" in output.get("data", {}) and "<mark" in output["data"]["text/html"]
               for output in cells["evidence"].outputs)
