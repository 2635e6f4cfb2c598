builtins.concatStringsSep "/" [ { outPath = "o"; } { __toString = s: "t"; } ]
