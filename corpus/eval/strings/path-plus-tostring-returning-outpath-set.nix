./a + { __toString = self: { outPath = "/c"; }; }
