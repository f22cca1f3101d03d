"""Publication: one loop (`run`) over batches of documents, whichever runner extracts them.

    loop.run(raw, out, runner)  discover → batches → runner → builder → link, card, figures, changes
                                → gate → atomic swap
    runners                     Inline, ProcessPool (flows/publish.py adds Prefect tasks on Dask)
    work                        what a worker does with a batch: read, extract, check, cache
    builder                     PackageBuilder, the staged package, check_and_swap
    memory                      a package from rows already in memory (tests, small jobs)
"""

from .builder import NothingToPublish, Staged, StrictFailure
from .loop import Publication, run
from .runners import Inline, ProcessPool, local

__all__ = ["Inline", "NothingToPublish", "ProcessPool", "Publication", "Staged", "StrictFailure", "local", "run"]
