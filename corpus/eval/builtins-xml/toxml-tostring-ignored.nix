builtins.toXML { __toString = self: "s"; x = 1; }
