{ "lit" = 1; "with space" = 2; "" = 3; "a.b" = 4; }
