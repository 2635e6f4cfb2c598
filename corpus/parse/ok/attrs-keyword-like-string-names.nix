{ "let" = 1; "in" = 2; "rec" = 3; "if" = 4; }
