"""runners.in_order: results in batch order, few batches held, and no worker left idle behind a slow batch."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
import threading

from policydata.publish import runners


class Fake:
    """A batch's future: done at once, unless it is the slow one (done when the loop has waited for it)."""

    def __init__(self, index: int, slow: bool):
        self.index, self.finished = index, not slow


def drive(batches: int, window: int, slow: set[int], aware: bool):
    submitted, held_max, consumed = [], [0], []
    pending_count = lambda: len(submitted) - len(consumed)  # noqa: E731

    def submit(i, batch):
        submitted.append(i)
        held_max[0] = max(held_max[0], pending_count())
        return Fake(i, i in slow)

    def result(f, top_up):
        if not f.finished:  # the loop waits for a slow batch: it polls, and a poll tops up
            top_up()
            f.finished = True
        consumed.append(f.index)
        return [f"rows of {f.index}", len(submitted)]

    kw = {"done": lambda f: f.finished} if aware else {}
    out = list(runners.in_order(submit, [[str(i)] for i in range(batches)], window, result, **kw))
    return out, held_max[0]


def test_batches_come_back_in_order_and_all_of_them():
    out, _ = drive(10, 2, slow={0, 4}, aware=True)
    assert [o[0] for o in out] == [f"rows of {i}" for i in range(10)]


def test_finished_batches_behind_a_slow_one_free_their_worker_for_the_next():
    aware, held = drive(10, 2, slow={0}, aware=True)
    blind, _ = drive(10, 2, slow={0}, aware=False)
    assert aware[0][1] == 4  # while batch 0 ran, the workers done with 1 took 2 and 3 (twice the window held)
    assert blind[0][1] == 2  # without knowing which are done, only the window: the other worker sat idle
    assert held <= 4  # never more than twice the window held in memory


def test_waiting_tops_up_while_a_real_future_runs():
    gate, calls = threading.Event(), []
    with ThreadPoolExecutor(1) as pool:
        slow = pool.submit(gate.wait)
        timer = threading.Timer(0.3, gate.set)
        timer.start()
        assert runners.waiting(slow, lambda: calls.append(1), poll=0.05) is True
    assert calls  # it polled and topped up before the result came
