"""`stampcodec export --format onnx --prior P`: a token prior as an ONNX graph whose tables
equal the numpy reference's to the bit (stampcodec.prior.exact).

prior.onnx: kind (Q,) int64, slots (Q, K) int64 key-table indices (-1: empty), rel (Q, K) int64
-> freq (Q, V) int64 (the coder's tables) and logits (Q, V) double.

The graph is written node by node in double precision, each node the numpy reference's
operation in the same order: integer-valued operands for MatMul and Einsum (exact in any
summation order), IEEE elementwise arithmetic, Round (half to even, as numpy's rint), the
same exp polynomial and a table of powers of two for ldexp. ONNX Runtime must run it with graph
optimizations off (stampcodec.prior.onnx_tables does), so that no fusion reorders arithmetic.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from stampcodec.prior import exact
from stampcodec.prior.bundle import TokenPrior
from stampcodec.prior.model import ATTN_BITS, LOGIT_BITS, TOTAL_BITS

FORMAT = "stampcodec-prior-onnx"
VERSION = 1
OPSET = 18


class _Graph:
    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.n = 0

    def const(self, value, dtype=np.float64) -> str:
        self.n += 1
        name = f"c{self.n}"
        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def op(self, kind: str, *inputs: str, **attrs) -> str:
        self.n += 1
        out = f"t{self.n}"
        self.nodes.append(helper.make_node(kind, list(inputs), [out], **attrs))
        return out

    # --- stampcodec.prior.exact, node for node -------------------------------------------------
    def grid(self, x: str, bits: int, limit: float) -> str:
        r = self.op("Round", self.op("Mul", x, self.const(2.0 ** bits)))
        return self.op("Min", self.op("Max", r, self.const(-limit)), self.const(limit))

    def matmul(self, x: str, w: np.ndarray, bits: int) -> str:
        prod = self.op("MatMul", self.grid(x, exact.ACT_BITS, exact.ACT_LIMIT), self.const(w))
        return self.op("Mul", prod, self.const(2.0 ** -(exact.ACT_BITS + bits)))

    def rmsnorm(self, x: str, gain: np.ndarray) -> str:
        xi = self.grid(x, exact.NORM_BITS, exact.NORM_LIMIT)
        ms = self.op("ReduceSum", self.op("Mul", xi, xi), self.const([-1], np.int64), keepdims=1)
        ms = self.op("Div", self.op("Mul", ms, self.const(2.0 ** (-2 * exact.NORM_BITS))), self.const(float(len(gain))))
        r = self.op("Div", self.const(1.0), self.op("Sqrt", self.op("Add", ms, self.const(1e-6))))
        y = self.op("Mul", self.op("Mul", xi, self.const(2.0 ** -exact.NORM_BITS)), r)
        return self.op("Mul", y, self.const(gain))

    def exp_neg(self, z: str) -> str:
        t = self.op("Max", self.op("Mul", z, self.const(exact.LOG2E)), self.const(exact.EXP_FLOOR))
        n = self.op("Floor", t)
        f = self.op("Sub", t, n)
        p = self.op("Mul", self.const(exact._EXP2[0]), f)
        p = self.op("Add", p, self.const(exact._EXP2[1]))
        for c in exact._EXP2[2:]:
            p = self.op("Add", self.op("Mul", p, f), self.const(c))
        low = int(-exact.EXP_FLOOR)
        index = self.op("Cast", self.op("Add", n, self.const(float(low))), to=TensorProto.INT64)
        powers = self.const(np.ldexp(1.0, np.arange(-low, 1)))
        return self.op("Mul", p, self.op("Gather", powers, index))

    def softmax_counts(self, scores: str, valid: str | None, bits: int) -> str:
        if valid is None:
            z = self.op("Sub", scores, self.op("ReduceMax", scores, self.const([-1], np.int64), keepdims=1))
            return self.op("Floor", self.op("Mul", self.exp_neg(z), self.const(2.0 ** bits)))
        m = self.op("ReduceMax", self.op("Where", valid, scores, self.const(-np.inf)), self.const([-1], np.int64),
                    keepdims=1)
        m = self.op("Where", self.op("IsInf", m), self.const(0.0), m)
        z = self.op("Where", valid, self.op("Sub", scores, m), self.const(exact.EXP_FLOOR))
        counts = self.op("Floor", self.op("Mul", self.exp_neg(z), self.const(2.0 ** bits)))
        return self.op("Where", valid, counts, self.const(0.0))


def build(prior: TokenPrior) -> onnx.ModelProto:
    cfg, net = prior.config, prior.net
    h, dh, d, v = cfg.heads, cfg.dim // cfg.heads, cfg.dim, cfg.codebook_size
    g = _Graph()
    w = {k: net.w[k] for k in net.w}
    valid = g.op("GreaterOrEqual", "slots", g.const(0, np.int64))
    valid3 = g.op("Unsqueeze", valid, g.const([1], np.int64))
    safe = g.op("Max", "slots", g.const(0, np.int64))
    state = g.op("Gather", g.const(w["query_embed"][0]), "kind")
    for i in range(cfg.layers):
        q = g.matmul(g.rmsnorm(state, w[f"l{i}.norm_q"][0]), *w[f"l{i}.wq"])
        qi = g.grid(g.op("Reshape", q, g.const([-1, h, dh], np.int64)), exact.NORM_BITS, exact.NORM_LIMIT)
        ki = g.op("Gather", g.const(exact.grid(net.keys[i], exact.NORM_BITS, exact.NORM_LIMIT)), safe)
        vi = g.op("Gather", g.const(exact.grid(net.values[i], exact.NORM_BITS, exact.NORM_LIMIT)), safe)
        dot = g.op("Einsum", qi, ki, equation="qhd,qkhd->qhk")
        bias = g.op("Transpose", g.op("Gather", g.const(w[f"l{i}.bias"][0]), "rel", axis=1), perm=[1, 0, 2])
        scores = g.op("Mul", g.op("Mul", dot, g.const(2.0 ** (-2 * exact.NORM_BITS))), g.const(1.0 / np.sqrt(dh)))
        wts = g.softmax_counts(g.op("Add", scores, bias), valid3, ATTN_BITS)
        den = g.op("Max", g.op("ReduceSum", wts, g.const([-1], np.int64), keepdims=1), g.const(1.0))
        o = g.op("Mul", g.op("Div", g.op("Einsum", wts, vi, equation="qhk,qkhd->qhd"), den),
                 g.const(2.0 ** -exact.NORM_BITS))
        state = g.op("Add", state, g.matmul(g.op("Reshape", o, g.const([-1, d], np.int64)), *w[f"l{i}.wo"]))
        m = g.op("Relu", g.op("Add", g.matmul(g.rmsnorm(state, w[f"l{i}.norm_m"][0]), *w[f"l{i}.w1"]),
                              g.const(w[f"l{i}.b1"][0])))
        state = g.op("Add", state, g.op("Add", g.matmul(m, *w[f"l{i}.w2"]), g.const(w[f"l{i}.b2"][0])))
    logits = g.op("Add", g.matmul(g.rmsnorm(state, w["out_norm"][0]), *w["out"]), g.const(w["out_bias"][0]))
    e = g.softmax_counts(logits, None, LOGIT_BITS)
    share = g.op("Div", g.op("Mul", e, g.const(float((1 << TOTAL_BITS) - v))),
                 g.op("ReduceSum", e, g.const([-1], np.int64), keepdims=1))
    freq = g.op("Cast", g.op("Add", g.op("Floor", share), g.const(1.0)), to=TensorProto.INT64)
    g.nodes.append(helper.make_node("Identity", [freq], ["freq"]))
    g.nodes.append(helper.make_node("Identity", [logits], ["logits"]))
    graph = helper.make_graph(
        g.nodes, "stampcodec_prior",
        [helper.make_tensor_value_info("kind", TensorProto.INT64, ["Q"]),
         helper.make_tensor_value_info("slots", TensorProto.INT64, ["Q", "K"]),
         helper.make_tensor_value_info("rel", TensorProto.INT64, ["Q", "K"])],
        [helper.make_tensor_value_info("freq", TensorProto.INT64, ["Q", v]),
         helper.make_tensor_value_info("logits", TensorProto.DOUBLE, ["Q", v])],
        g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="stampcodec")
    model.ir_version = 9
    helper.set_model_props(model, {"format": FORMAT, "format_version": str(VERSION), "prior_id": prior.prior_id,
                                   "model_id": prior.model_id})
    onnx.checker.check_model(model, full_check=True)
    return model


def export_prior_onnx(prior: TokenPrior, out_dir: str | Path) -> Path:
    path = Path(out_dir) / "prior.onnx"
    from stampcodec.atomic import write_atomic

    write_atomic(path, build(prior).SerializeToString())
    return path


def check_prior_onnx(prior: TokenPrior, path: Path, blocks: int = 24, seed: int = 0) -> dict:
    """The graph's tables against the numpy reference's on random tokens (a quarter not yet
    known): StampError unless every table is equal."""
    from stampcodec.errors import StampError
    from stampcodec.prior.model import row_structure, slot_keys
    from stampcodec.prior.onnx_tables import OnnxTables

    v = prior.config.codebook_size
    st = row_structure(prior.config, blocks)
    tokens = np.random.default_rng(seed).integers(0, v, st.slots.shape[0])
    tokens[-len(tokens) // 4:] = -1
    keyed = slot_keys(st, tokens, v)
    want = prior.tables(st.kind, keyed, st.rel)
    got = OnnxTables(path, prior)(st.kind, keyed, st.rel)
    if not np.array_equal(want, got):
        raise StampError(f"{path}: the ONNX prior's tables differ from the reference's in {int((want != got).sum())} "
                         "entries: this runtime does not compute them exactly")
    return {"queries": int(len(want)), "tables_bit_exact": True}
