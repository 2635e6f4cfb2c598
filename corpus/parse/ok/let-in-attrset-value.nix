{ a = let b = 1; in b; c = with { d = 2; }; d; }
