[ { __toString = s: "t"; } { outPath = "o"; } ]
