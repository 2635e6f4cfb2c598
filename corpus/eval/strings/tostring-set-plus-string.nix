{ __toString = self: "ts"; } + "x"
