"${{ __toString = self: "ts"; outPath = "op"; }}"
