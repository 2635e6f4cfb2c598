"a" + { __toString = self: "T"; }
