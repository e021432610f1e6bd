"""dipevents: Russian and Kazakh diplomatic news in, a dataset of events with character spans out."""
import os
import warnings

# The models multiply small matrices: BLAS threads cost more than they give (measured 8x slower natasha with
# 2 threads on 2 busy cores). Parallelism comes from `--jobs` worker processes instead. Set before numpy loads.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
# pyarrow's default pool (mimalloc) kept about 40 MiB more of an extract's peak resident memory than the C
# library's allocator (1,000 articles of `make bench-speed`'s memory run: 778 against 739 MiB; jemalloc 740): the
# rows of each batch are small tables, allocated and freed again. Set before pyarrow loads; a caller's choice stays.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

# pymorphy2 (natasha's morphology) imports pkg_resources, which setuptools<81 still ships (pinned in
# pyproject.toml); its deprecation notice is not something a user of this pipeline can act on.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)

# The spaCy parts (language "kk", the Kazakh model's layers) register in pipeline/spacy_parts.py, imported where
# a spaCy pipeline is loaded or trained: a process that runs none does not import spaCy.
