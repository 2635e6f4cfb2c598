let s = { __toString = self: "n=${self.n}"; n = "5"; }; in "${s}"
