builtins.toJSON { __toString = self: self.name; name = "n"; }
