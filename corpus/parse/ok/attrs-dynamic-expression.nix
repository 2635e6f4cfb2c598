let n = 1; in { ${toString n} = true; ${if n == 1 then "one" else "other"} = n; }
