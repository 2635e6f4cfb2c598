{ "if" = 1; "then" = 2; }."then"
