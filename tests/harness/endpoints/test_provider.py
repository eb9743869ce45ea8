"""The openai provider against a real local HTTP server, driven through the real openai client."""

from __future__ import annotations

import gc
import logging
import sqlite3
import threading
import time
from contextlib import closing

import pytest

from tasks.results import Verdict

from harness.endpoints.scripted_server import FakeOpenAIServer, Reply, count_words, toy_task as make_task
from pydantic import SecretStr

from harness.providers import ModelOptions, SampleRequest, make_model as make_registered_model


def requests_for(task, n: int, kind: str = "generate") -> list[SampleRequest]:
    return [SampleRequest(task, i, kind) for i in range(n)]


def test_registered_as_openai_provider(server, empty_config):
    model = make_registered_model("openai:m", ModelOptions(base_url=server.url, api_key=SecretStr("k"), config_path=str(empty_config)))
    try:
        [sample] = list(model.generate(requests_for(make_task(), 1)))
    finally:
        model.close()
    assert model.name == "openai:m"
    assert sample.code == "def f(x):\n    return x + 0\n"


def test_n_samples_in_one_request(server, make_model):
    samples = sorted(make_model().generate(requests_for(make_task(), 3)), key=lambda s: s.index)
    assert len(server.requests) == 1 and server.requests[0].body["n"] == 3
    assert [s.code for s in samples] == [f"def f(x):\n    return x + {i}\n" for i in range(3)]
    assert all(s.raw.startswith("Here you go:") and s.verdict is None for s in samples)
    body = server.requests[0].body
    prompt_words = count_words(" ".join(m["content"] for m in body["messages"]))
    assert sum(s.usage.prompt_tokens for s in samples) == prompt_words  # the prompt is billed once
    assert sum(s.usage.completion_tokens for s in samples) == 3 * count_words(server.responder(body, 0))


def test_server_ignoring_n_gets_one_request_per_sample(make_model):
    with FakeOpenAIServer(responder=lambda body, i: "```python\ndef f(x):\n    return x\n```", supports_n=False) as srv:
        model = make_model(base_url=srv.url)
        assert len(list(model.generate(requests_for(make_task(), 3)))) == 3
        assert [r.body.get("n", 1) for r in srv.requests] == [3, 1, 1]
        assert len(list(model.generate(requests_for(make_task("t2", "g"), 2)))) == 2
        assert [r.body.get("n", 1) for r in srv.requests[3:]] == [1, 1]


def test_completion_api_uses_base_template_and_prefix(make_model):
    with FakeOpenAIServer(responder=lambda body, i: "def f(x):\n    return x * 2\n```\nThis doubles x.") as srv:
        [sample] = make_model(base_url=srv.url, api="completion").generate(requests_for(make_task(), 1))
    [req] = srv.requests
    assert req.path == "/v1/completions"
    assert req.body["prompt"].endswith("```python\n") and req.body["stop"] == ["\n```"]
    assert sample.code == "def f(x):\n    return x * 2\n"


@pytest.mark.parametrize("api", ["chat", "completion"])
def test_streaming(server, make_model, api):
    samples = sorted(make_model(stream=True, api=api).generate(requests_for(make_task(), 2)), key=lambda s: s.index)
    assert server.requests[0].body["stream"] is True
    if api == "chat":
        assert [s.code for s in samples] == [f"def f(x):\n    return x + {i}\n" for i in range(2)]
    assert sum(s.usage.completion_tokens for s in samples) == sum(count_words(server.responder(server.requests[0].body, i)) for i in range(2))


def test_error_event_in_a_stream_is_retried(server, make_model):
    server.push(Reply(body=b'data: {"error": {"message": "engine overloaded"}}\n\n', headers={"Content-Type": "text/event-stream"}))
    [sample] = make_model(stream=True).generate(requests_for(make_task(), 1))
    assert sample.verdict is None and len(server.requests) == 2


def test_edit_kind_sends_the_slow_program(server, make_model):
    task = make_task()
    list(make_model().generate(requests_for(task, 1, "edit")))
    assert task.slow_program.strip() in server.requests[0].body["messages"][-1]["content"]


def test_transient_errors_are_retried(server, make_model):
    server.push(Reply(status=500), Reply(status=503), Reply(body=b"{not json"), Reply(truncate=True))
    [sample] = make_model().generate(requests_for(make_task(), 1))
    assert sample.verdict is None and sample.code is not None
    assert len(server.requests) == 5


def test_retry_cap_gives_a_per_sample_error_and_the_run_goes_on(server, make_model):
    server.rule = lambda body: Reply(status=500) if "Write bad(x)" in body["messages"][-1]["content"] else None
    model = make_model(max_retries=2)
    samples = {s.task_id: s for s in model.generate(requests_for(make_task("bad", "bad"), 1) + requests_for(make_task("good"), 1))}
    assert samples["bad"].code is None
    assert (samples["bad"].verdict, samples["bad"].detail) == (Verdict.GENERATION_ERROR, "HTTP 500: scripted 500 (gave up after 3 attempts)")
    assert samples["good"].verdict is None and samples["good"].code
    assert len(server.requests) == 4


def test_refused_key_is_not_retried_once_per_sample(server, make_model):
    server.rule = lambda body: Reply(status=401, message="bad key")
    samples = list(make_model().generate(requests_for(make_task(), 3)))
    assert [(s.verdict, s.detail) for s in samples] == [(Verdict.GENERATION_ERROR, "HTTP 401: bad key")] * 3
    assert len(server.requests) == 1  # only a 400 may mean "n is not supported"


def test_server_rejecting_n_gets_one_request_per_sample(server, make_model):
    server.rule = lambda body: Reply(status=400, message="n must be 1") if body.get("n", 1) > 1 else None
    samples = list(make_model().generate(requests_for(make_task(), 3)))
    assert all(s.verdict is None for s in samples) and [r.body.get("n", 1) for r in server.requests] == [3, 1, 1, 1]


def test_zero_backoff_retries_at_once(server, make_model):
    server.push(Reply(status=500))
    [sample] = make_model(backoff=0).generate(requests_for(make_task(), 1))
    first, second = server.requests
    assert sample.verdict is None and second.time - first.time < 0.5  # not the default 1 s


def test_client_errors_are_not_retried(server, make_model):
    server.push(Reply(status=404, message="model m does not exist"))
    [sample] = make_model().generate(requests_for(make_task(), 1))
    assert (sample.verdict, sample.detail) == (Verdict.GENERATION_ERROR, "HTTP 404: model m does not exist")
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("header", [{"Retry-After": "0.4"}, {"retry-after-ms": "400"}])
def test_retry_after_is_honoured(server, make_model, header, status):
    server.push(Reply(status=status, headers=header))
    [sample] = make_model(backoff=5.0).generate(requests_for(make_task(), 1))  # a back-off would be far longer
    assert sample.verdict is None
    first, second = server.requests
    assert 0.4 <= second.time - first.time < 2.0


def test_rate_limit_pauses_all_requests(server, make_model):
    # Every reply takes 0.1 s, so without a shared pause the other slots would keep sending
    # a request every 0.1 s while the 429's Retry-After runs.
    server.latency = 0.1
    server.push(Reply(status=429, headers={"Retry-After": "0.5"}))
    samples = list(make_model(concurrency=4, n=1).generate(requests_for(make_task(), 12)))
    assert all(s.verdict is None for s in samples) and len(server.requests) == 13
    t429 = server.requests[0].time
    # The 429 arrives at t429 + 0.1; the requests already on their way finish then, and
    # nothing more is sent until its Retry-After has passed.
    assert len([r for r in server.requests if r.time < t429 + 0.05]) == 4
    assert not [r for r in server.requests if t429 + 0.15 < r.time < t429 + 0.55]


def test_rate_limit_cap(server, make_model):
    server.push(*[Reply(status=429, headers={"Retry-After": "0.01"})] * 2)
    [sample] = make_model(max_retries=1).generate(requests_for(make_task(), 1))
    assert (sample.verdict, sample.detail) == (Verdict.GENERATION_ERROR, "HTTP 429: scripted 429 (gave up after 2 attempts)")


def test_slow_reply_times_out_and_is_retried(server, make_model):
    server.push(Reply(delay=1.0))
    [sample] = make_model(timeout=0.3).generate(requests_for(make_task(), 1))
    assert sample.verdict is None
    assert len(server.requests) == 2  # had the first reply been awaited, it would have been the answer


def test_trickling_reply_hits_the_overall_deadline(server, make_model):
    # Every read arrives within the client's per-read timeout; only the attempt's deadline stops it.
    server.push(Reply(trickle=0.1))  # ten chunks, one every 0.1 s
    [sample] = make_model(timeout=0.3).generate(requests_for(make_task(), 1))
    assert sample.verdict is None
    assert len(server.requests) == 2  # had the trickle been read to its end, it would have been the answer


def test_slow_replies_past_the_cap(server, make_model):
    server.push(*[Reply(delay=0.6)] * 2)
    [sample] = make_model(timeout=0.2, max_retries=1).generate(requests_for(make_task(), 1))
    assert (sample.verdict, sample.detail) == (Verdict.GENERATION_ERROR, "no response within 0.2s (gave up after 2 attempts)")


def test_unreachable_server(make_model):
    with FakeOpenAIServer() as srv:
        url = srv.url
    [sample] = make_model(base_url=url, max_retries=1).generate(requests_for(make_task(), 1))
    assert sample.verdict == Verdict.GENERATION_ERROR and sample.detail.startswith("connection error: ") and "(gave up after 2 attempts)" in sample.detail


def test_cache_second_run_sends_nothing(server, make_model, tmp_path):
    requests = requests_for(make_task(), 3) + requests_for(make_task("t2", "g"), 2)
    first = sorted(make_model().generate(requests), key=lambda s: (s.task_id, s.index))
    sent = len(server.requests)
    second = sorted(make_model().generate(requests), key=lambda s: (s.task_id, s.index))
    assert sent == 2 and len(server.requests) == sent
    assert second == first
    list(make_model(no_cache=True).generate(requests))
    assert len(server.requests) == 2 * sent


def test_cache_key_ignores_batching_and_the_key(server, make_model):
    list(make_model(n=4).generate(requests_for(make_task(), 4)))
    list(make_model(n=1, api_key="another-key").generate(requests_for(make_task(), 6)))
    assert [r.body.get("n", 1) for r in server.requests] == [4, 1, 1]


@pytest.mark.parametrize(
    "change",
    [
        {"model_id": "other"},
        {"temperature": 0.5},
        {"max_tokens": 64},
        {"system_prompt": "Be brief."},
        {"prompt": "plain"},
        {"api": "completion"},
    ],
)
def test_cache_key_covers_what_changes_the_reply(server, make_model, change):
    list(make_model().generate(requests_for(make_task(), 1)))
    list(make_model(**change).generate(requests_for(make_task(), 1)))
    assert len(server.requests) == 2


def test_cache_key_covers_the_stop_sequences(server, make_model, tmp_path):
    chat = "".join(f'[chat.{k}]\nuser = "$prompt"\n' for k in ("generate", "edit"))
    for stop in ("a", "b"):
        base = "".join(f'[base.{k}]\nprompt = "$prompt"\nstop = ["{stop}"]\n' for k in ("generate", "edit"))
        (tmp_path / f"{stop}.toml").write_text(chat + base)
        list(make_model(api="completion", prompt=str(tmp_path / f"{stop}.toml")).generate(requests_for(make_task(), 1)))
    assert [r.body["stop"] for r in server.requests] == [["a"], ["b"]]


def test_cache_key_covers_the_server(make_model):
    with FakeOpenAIServer() as one, FakeOpenAIServer() as two:
        list(make_model(base_url=one.url).generate(requests_for(make_task(), 1)))
        list(make_model(base_url=two.url).generate(requests_for(make_task(), 1)))
        assert len(one.requests) == len(two.requests) == 1


def test_failed_samples_are_not_cached(server, make_model):
    server.push(Reply(status=400))
    list(make_model(n=1, concurrency=1).generate(requests_for(make_task(), 2)))
    list(make_model().generate(requests_for(make_task(), 2)))
    assert len(server.requests) == 3  # one sample refused, one answered; then only the refused one again


def test_samples_are_yielded_as_they_complete(server, make_model):
    server.rule = lambda body: Reply(delay=0.5) if "Write slow(x)" in body["messages"][-1]["content"] else None
    order = [s.task_id for s in make_model().generate(requests_for(make_task("a", "slow"), 1) + requests_for(make_task("b", "fast"), 1))]
    assert order == ["b", "a"]


def test_cached_samples_come_first_and_abandoning_cancels(server, make_model):
    list(make_model().generate(requests_for(make_task("cached", "f"), 1)))
    server.rule = lambda body: Reply(delay=0.3) if "Write slow(x)" in body["messages"][-1]["content"] else None
    model = make_model()
    slow = requests_for(make_task("s", "slow"), 1)
    stream = model.generate(slow + requests_for(make_task("q", "quick"), 1) + requests_for(make_task("cached", "f"), 1))
    assert [next(stream).task_id, next(stream).task_id] == ["cached", "q"]
    stream.close()
    time.sleep(0.5)  # a request left running would have been answered and cached by now
    [sample] = model.generate(slow)
    assert sample.verdict is None and len(server.requests) == 4  # cached, slow, quick, slow again


def test_closing_with_a_generation_in_flight(server, make_model, caplog):
    # A consumer that raises leaves its generator suspended; the run's close() comes next.
    server.rule = lambda body: Reply(delay=3600.0) if "Write slow(x)" in body["messages"][-1]["content"] else None
    model = make_model()
    stream = model.generate(requests_for(make_task("a", "fast"), 1) + requests_for(make_task("b", "slow"), 1))
    assert next(stream).task_id == "a"
    closing = threading.Thread(target=lambda: (model.close(), model.close()))  # twice is harmless
    closing.start()
    closing.join(timeout=60)
    assert not closing.is_alive(), "close() waited for the request in flight (an hour) instead of cancelling it"
    del stream
    gc.collect()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no task destroyed pending, no callback on a closed loop


def test_placeholder_keys_do_not_mangle_errors(server, make_model):
    server.push(Reply(status=401, message="Unknown token"))
    [sample] = make_model(api_key="k").generate(requests_for(make_task(), 1))
    assert "Unknown token" in sample.detail


def test_keys_are_not_printed_or_leaked(server, make_model):
    secret = "sk-secret-0123456789"
    server.push(Reply(status=401, message=f"Incorrect API key provided: {secret}"))
    model = make_model(api_key=secret)
    [sample] = model.generate(requests_for(make_task(), 1))
    assert server.requests[0].headers["authorization"] == f"Bearer {secret}"
    assert secret not in sample.detail and "***" in sample.detail
    assert secret not in repr(model.settings)
    list(model.generate(requests_for(make_task(), 1)))  # answered this time, so cached
    with closing(sqlite3.connect(model.cache.path)) as db:  # rows may still be in the WAL, not the main file
        rows = db.execute("SELECT * FROM replies").fetchall()
    assert len(rows) == 1 and secret not in repr(rows)


def test_a_server_that_wants_max_completion_tokens_gets_it_from_then_on(server, make_model):
    """OpenAI's reasoning models refuse ``max_tokens`` with a 400 naming ``max_completion_tokens``:
    the call is sent again under that name, and later calls use it at once."""
    server.reasoning = True
    model = make_model(max_tokens=100, no_cache=True)
    [first] = model.generate(requests_for(make_task(), 1))
    [second] = model.generate(requests_for(make_task(), 1))
    assert first.code and second.code and first.verdict is None
    assert [(b.get("max_tokens"), b.get("max_completion_tokens")) for b in (r.body for r in server.requests)] == [
        (100, None), (None, 100), (None, 100)]


def test_a_400_about_something_else_is_not_sent_again(server, make_model):
    server.rule = lambda body: Reply(status=400, message="Unsupported parameter: 'max_tokens' is too large")
    [sample] = make_model(max_tokens=100, no_cache=True).generate(requests_for(make_task(), 1))
    assert sample.verdict == Verdict.GENERATION_ERROR and len(server.requests) == 1


def test_latency_and_time_to_first_token_are_recorded_per_request(server, make_model):
    # streamed: the head waits 0.2 s, then the body arrives in ten pieces 0.03 s apart
    server.push(Reply(delay=0.2, trickle=0.03))
    samples = sorted(make_model(stream=True).generate(requests_for(make_task(), 2)), key=lambda s: s.index)
    usage = [s.usage for s in samples]
    assert [u.requests for u in usage] == [0.5, 0.5]  # one call for both: each carries half of it
    latency, ttft = sum(u.latency_s for u in usage), sum(u.ttft_s for u in usage)
    assert ttft >= 0.2 and latency >= 0.2 + 9 * 0.03 and ttft < latency
    assert all(u.mean_latency_s == pytest.approx(latency) and u.mean_ttft_s == pytest.approx(ttft) for u in usage)
    assert usage[0].output_tps == pytest.approx(usage[0].completion_tokens / (usage[0].latency_s - usage[0].ttft_s))

    # unstreamed: a latency, no time to first token, and tokens/s over the whole latency
    server.push(Reply(delay=0.1))
    [plain] = make_model(no_cache=True).generate(requests_for(make_task("t2", "g"), 1))
    assert plain.usage.requests == 1 and plain.usage.latency_s >= 0.1 and plain.usage.ttft_s is None
    assert plain.usage.output_tps == pytest.approx(plain.usage.completion_tokens / plain.usage.latency_s)

    # a cached reply keeps what making it took
    sent = len(server.requests)
    again = sorted(make_model(stream=True).generate(requests_for(make_task(), 2)), key=lambda s: s.index)
    assert len(server.requests) == sent and [s.usage for s in again] == usage
