"""dipevents: Russian and Kazakh diplomatic news in, a dataset of events with character spans out."""
import os

# The models multiply small matrices: BLAS threads cost more than they give (measured 8x slower natasha with
# 2 threads on 2 busy cores). Parallelism comes from `--jobs` worker processes instead.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
