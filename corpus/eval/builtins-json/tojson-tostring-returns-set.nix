builtins.toJSON { __toString = self: { outPath = "o"; }; }
