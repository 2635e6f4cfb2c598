./a + { __toString = self: "-suffix"; }
