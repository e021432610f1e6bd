"""The models of `extract --jobs N`'s worker processes, loaded once per run. The run starts multiprocessing's
forkserver with this module to import (`set_forkserver_preload`, pipeline/extract.py `_worker_context`): it
builds here the Processor of the backend the run asked for (`extract.WORKER_BACKEND` of the environment the
server was started with; empty for the configured one), and every worker forks from the server with the models
loaded and shares their memory copy-on-write (`Processor.build` puts them out of the garbage collector's reach,
whose walks would write to every page), where each worker loaded its own: 2.7 s of CPU per worker on the
development machine, a sixth of the CPU of a 300-article run with two workers. It runs the stages once on a short
article per language (`Processor.warm_up`), so that what they load at their first document is loaded here too,
once, where each worker loaded it again (0.3 s of CPU each).

The server dies with the run (the kernel kills it when its parent dies, as the workers die with the server:
`extract._die_with_parent`). Models that fail to load are left for each worker to load again, so that the run
learns why as it did before (a StageError of the stage at fault, or workers that keep dying while loading)."""
from __future__ import annotations

import os

from .extract import WORKER_BACKEND, _die_with_parent, _processor_for

_die_with_parent(os.getppid())
try:
    _processor_for(os.environ.get(WORKER_BACKEND) or None).warm_up()
except Exception:  # noqa: BLE001  (an exception here would stop the server: each worker tries again and reports)
    pass
