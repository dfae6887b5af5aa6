"""The notebooks run in a real Jupyter kernel, and are stored with their outputs (the map as a
picture and as the interactive map), so a notebook viewer shows them."""
import base64
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_quickstart.ipynb", "02_fronts_and_flows.ipynb", "03_your_own_reports.ipynb"]


def _outputs(nb) -> list[dict]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


def test_the_three_tours_are_there():
    assert sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")) == NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_a_kernel_and_shows_its_maps(name):
    path = ROOT / "notebooks" / name
    stored = nbformat.read(path, as_version=4)
    assert path.stat().st_size < 2_000_000
    for nb in (stored, NotebookClient(nbformat.read(path, as_version=4), timeout=300, kernel_name="python3",
                                      resources={"metadata": {"path": str(ROOT)}}).execute()):
        outputs = _outputs(nb)
        assert not [o for o in outputs if o.output_type == "error"]
        pictures = [base64.b64decode(o.data["image/png"]) for o in outputs if "image/png" in o.get("data", {})]
        assert pictures and all(p[:8] == b"\x89PNG\r\n\x1a\n" and len(p) > 20_000 for p in pictures)
        maps = [o.data["text/html"] for o in outputs if "MapBuilder" in o.get("data", {}).get("text/plain", "")]
        assert len(maps) == 1 and maps[0].startswith("<div") and "iframe" in maps[0]
