let x = { x = 1; }; in let inherit (x) x; in x
