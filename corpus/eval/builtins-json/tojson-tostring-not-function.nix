builtins.toJSON { __toString = "s"; }
