./a + { __toString = self: ./b; }
