let x = 1; in with { x = 2; y = 3; }; with { y = 4; }; [ x y w ]
