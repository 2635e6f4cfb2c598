builtins.toJSON { b = 1; a = 2; B = 3; "a b" = 4; "" = 5; "é" = 6; _x = 7; "1" = 8; }
