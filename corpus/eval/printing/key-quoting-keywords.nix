{ "then" = 1; "else" = 2; "let" = 3; "in" = 4; "rec" = 5; "with" = 6; "inherit" = 7; "assert" = 8; "or" = 9; }
