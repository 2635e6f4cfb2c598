let n = 3; in "n+1 = ${toString (n + 1)}"
