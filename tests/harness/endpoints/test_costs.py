"""Token, dollar and eFLOP arithmetic, checked against hand-computed values."""

from __future__ import annotations

import pytest

from harness.endpoints.cost import Architecture, Price, approx_tokens, kinetics_eflops, sample_eflops, split_by_weight, split_evenly
from harness.endpoints.scripted_server import FakeOpenAIServer, count_words, toy_task
from harness.providers import SampleRequest

# P = 1e9, D = 2 · layers 2 · kv_heads 2 · head_dim 4 = 32, r = 4, I = 562.5
ARCH = Architecture(params=1e9, layers=2, kv_heads=2, head_dim=4, gqa_ratio=4)


def test_price():
    # 1000 · 2.5 / 1e6 + 500 · 10 / 1e6
    assert Price(2.5, 10.0).cost(1000, 500) == pytest.approx(0.0075)


def test_kv_size():
    assert ARCH.kv_size == 32


def test_kinetics_one_trial():
    # L_in = 10, L_out = 5, N = 1
    # C_comp = 2·1e9·5 + 2·4·10·32·5 + 4·32·25 = 10_000_000_000 + 12_800 + 3_200
    # C_mem  = 2·10·32·5 + 32·25 = 3_200 + 800 = 4_000;  I·C_mem = 2_250_000
    assert kinetics_eflops(ARCH, 10, 5) == 10_002_266_000


def test_kinetics_three_trials_share_the_prompt_read():
    # C_comp = 3·(10_000_016_000) = 30_000_048_000;  C_mem = 3_200 + 3·800 = 5_600 → 3_150_000
    assert kinetics_eflops(ARCH, 10, 5, trials=3) == 30_003_198_000


def test_sample_share():
    # 10_000_016_000 + 562.5 · (3_200 / 3 + 800) = 10_000_016_000 + 1_050_000
    assert sample_eflops(ARCH, 10, 5, trials=3) == pytest.approx(10_001_066_000)
    assert 3 * sample_eflops(ARCH, 10, 5, trials=3) == pytest.approx(kinetics_eflops(ARCH, 10, 5, trials=3))
    assert sample_eflops(ARCH, 10, 5, trials=1) == kinetics_eflops(ARCH, 10, 5)


def test_intensity_is_configurable():
    # C_comp = 10_000_016_000, C_mem = 4_000
    assert kinetics_eflops(Architecture(1e9, 2, 2, 4, 4, intensity=1.0), 10, 5) == 10_000_020_000


def test_approx_tokens():
    assert [approx_tokens(t) for t in ["", "abcd", "abcdefghi"]] == [0, 1, 3]


def test_splits_add_up():
    assert split_evenly(10, 3) == [4, 3, 3]
    assert split_by_weight(10, [1, 1, 2]) == [3, 2, 5]  # 2.5, 2.5, 5: the tie goes to the first
    assert sum(split_by_weight(17, [3, 5, 7])) == 17
    assert split_by_weight(7, [0, 0]) == [4, 3]


def _config(tmp_path):
    path = tmp_path / "models.toml"
    path.write_text(
        '[models.m]\ninput_usd_per_mtok = 2.0\noutput_usd_per_mtok = 8.0\n'
        'params = 1e9\nlayers = 2\nkv_heads = 2\nhead_dim = 4\ngqa_ratio = 4\n'
    )
    return path


def test_cost_and_eflops_from_server_usage(server, make_model, tmp_path):
    [sample] = make_model(config_path=_config(tmp_path)).generate([SampleRequest(toy_task(), 0)])
    body = server.requests[0].body
    l_in = count_words(" ".join(m["content"] for m in body["messages"]))
    l_out = count_words(server.responder(body, 0))
    assert (sample.usage.prompt_tokens, sample.usage.completion_tokens) == (l_in, l_out)
    assert sample.usage.cost_usd == pytest.approx((2.0 * l_in + 8.0 * l_out) / 1e6)
    assert sample.usage.eflops == pytest.approx(kinetics_eflops(ARCH, l_in, l_out))


def test_tokens_counted_when_the_server_reports_none(make_model, tmp_path):
    with FakeOpenAIServer(responder=lambda body, i: "def f(x):\n    return x\n", usage=False) as srv:  # 24 chars
        [sample] = make_model(base_url=srv.url, config_path=_config(tmp_path)).generate([SampleRequest(toy_task(), 0)])
        prompt = "".join(m["content"] for m in srv.requests[0].body["messages"])
    assert sample.usage.completion_tokens == 6
    assert sample.usage.prompt_tokens == -(-len(prompt) // 4)
    assert sample.usage.cost_usd == pytest.approx((2.0 * sample.usage.prompt_tokens + 8.0 * 6) / 1e6)


def test_no_price_no_cost(server, make_model):
    [sample] = make_model().generate([SampleRequest(toy_task(), 0)])
    assert sample.usage.cost_usd is None and sample.usage.eflops is None
