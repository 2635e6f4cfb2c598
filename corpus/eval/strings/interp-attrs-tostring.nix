"<${{ __toString = self: "v=" + self.v; v = "1"; }}>"
