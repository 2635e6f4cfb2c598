let x = "let"; in with { x = "w1"; }; with { y = 2; }; x
