import pytest
from skbase.utils.dependencies import _check_soft_dependencies

from sktime.libs._torch_self_attention.tests.seq_self_attention.util import (
    TestMaskShapeTorch,
)
from sktime.tests.test_switch import run_test_module_changed

pytestmark = pytest.mark.skipif(
    not run_test_module_changed("sktime.libs._torch_self_attention")
    or not _check_soft_dependencies("torch", severity="none"),
    reason="Execute tests for iff anything in the module has changed",
)


class TestBias(TestMaskShapeTorch):
    def test_no_bias(self):
        from sktime.libs._torch_self_attention import SeqSelfAttentionTorch

        attention = SeqSelfAttentionTorch(
            input_dim=8,
            return_attention=True,
            attention_width=3,
            use_additive_bias=False,
            use_attention_bias=False,
            attention_activation="relu",
        )
        self.check_mask_shape(attention)
