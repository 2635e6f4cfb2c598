toString { __toString = self: 5; }
