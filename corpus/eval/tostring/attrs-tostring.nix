toString { __toString = self: "custom"; }
